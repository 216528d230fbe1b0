// npm run spam:eval -- [<dir>]: 5-fold stratified cross-validation of the spam filter on a
// corpus folder with spam/ and ham/ subfolders, one message per file (plain text or raw
// e-mail). Trained from scratch on each split: no built-in model, no database. Without a
// folder, evaluates the built-in training data (data/spam).
import path from "node:path";
import { BUILTIN_CORPUS_DIR, loadCorpus } from "../lib/spam/corpus";
import { crossValidate, formatReport } from "../lib/spam/evaluate";

const argument = process.argv.slice(2).find((arg) => arg !== "--");
const dir = argument ? path.resolve(argument) : BUILTIN_CORPUS_DIR;

try {
  const started = performance.now();
  const messages = await loadCorpus(dir);
  const spam = messages.filter((message) => message.label === "spam").length;
  if (spam < 5 || messages.length - spam < 5) {
    throw new Error(
      `${dir}: needs at least 5 messages in spam/ and in ham/ (found ${spam} and ${messages.length - spam})`,
    );
  }
  const report = crossValidate(messages, { folds: 5, seed: 42 });
  const shown = path.relative(process.cwd(), dir);
  console.log(
    formatReport(report, `Spam filter evaluation of ${shown && !shown.startsWith("..") ? shown : dir}`),
  );
  console.log(`(done in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
} catch (error) {
  console.error(`spam:eval: ${(error as Error).message}`);
  process.exitCode = 1;
}
