// npm run spam:eval -- [<dir>] [--train <dir>] [--json]
//
// Evaluates the spam filter on a corpus folder with spam/ and ham/ subfolders, one message per
// file (plain text or raw e-mail); without a folder, the built-in training data (data/spam).
//   - default: 5-fold stratified cross-validation, trained from scratch on each split (no
//     built-in model, no database);
//   - --train <dir>: trained from scratch on that corpus, tested on every message of <dir>
//     (out of domain: `--train data/spam <dir>` is what a new site gets before any decision);
//   - --json: the same figures as JSON on stdout.
// Prints the five figures (label first, with 95 % confidence intervals), the confusion matrix
// and the worst false positives and negatives (first 80 characters).
import path from "node:path";
import { BUILTIN_CORPUS_DIR, loadCorpus } from "../lib/spam/corpus";
import {
  crossValidate,
  formatReport,
  reportJson,
  trainTest,
  type LabeledMessage,
} from "../lib/spam/evaluate";

function parseArguments(argv: string[]): { dir: string; train: string | null; json: boolean } {
  let dir: string | null = null;
  let train: string | null = null;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") continue;
    if (arg === "--json") json = true;
    else if (arg === "--train") {
      const value = argv[++i];
      if (!value) throw new Error("--train needs a corpus folder");
      train = path.resolve(value);
    } else if (arg.startsWith("--train=")) train = path.resolve(arg.slice("--train=".length));
    else if (arg.startsWith("--"))
      throw new Error(`unknown option ${arg} (use [<dir>] [--train <dir>] [--json])`);
    else if (dir) throw new Error(`one corpus folder only (got ${dir} and ${arg})`);
    else dir = path.resolve(arg);
  }
  return { dir: dir ?? BUILTIN_CORPUS_DIR, train, json };
}

async function load(dir: string): Promise<LabeledMessage[]> {
  const messages = await loadCorpus(dir);
  const spam = messages.filter((message) => message.label === "spam").length;
  if (spam < 5 || messages.length - spam < 5) {
    throw new Error(
      `${dir}: needs at least 5 messages in spam/ and in ham/ (found ${spam} and ${messages.length - spam})`,
    );
  }
  return messages;
}

const shown = (dir: string) => {
  const relative = path.relative(process.cwd(), dir);
  return relative && !relative.startsWith("..") ? relative : dir;
};

try {
  const started = performance.now();
  const { dir, train, json } = parseArguments(process.argv.slice(2));
  const test = await load(dir);
  const report = train ? trainTest(await load(train), test) : crossValidate(test, { folds: 5, seed: 42 });
  if (json) {
    console.log(
      JSON.stringify(
        { corpus: shown(dir), trainedOn: train ? shown(train) : null, ...reportJson(report) },
        null,
        2,
      ),
    );
  } else {
    const title = train
      ? `Spam filter evaluation of ${shown(dir)}, trained on ${shown(train)}`
      : `Spam filter evaluation of ${shown(dir)}`;
    console.log(formatReport(report, title));
    console.log(`\n(done in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
} catch (error) {
  console.error(`spam:eval: ${(error as Error).message}`);
  process.exitCode = 1;
}
