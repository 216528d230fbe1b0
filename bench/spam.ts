// npx tsx bench/spam.ts — speed of the spam filter without the database: start-up of the
// built-in model, then tokenize + score per comment (the classifier's budget is < 2 ms).
import { performance } from "node:perf_hooks";
import { combineModels, emptyModel, score, train } from "../lib/spam/classifier";
import { BUILTIN_CORPUS_DIR, loadCorpus } from "../lib/spam/corpus";
import { tokensForComment, type CommentForSpam } from "../lib/spam/signals";

const started = performance.now();
const { builtinModel } = await import("../lib/spam/builtin");
const model = builtinModel();
const startup = performance.now() - started;

const messages = await loadCorpus(BUILTIN_CORPUS_DIR);
// A site's learned counts on top (as classifyComment combines them), here a copy of the corpus.
const learned = emptyModel();
for (const message of messages) train(learned, tokensForComment(asComment(message.text)), message.label);

function asComment(body: string): CommentForSpam {
  return {
    body,
    authorName: "Reader",
    authorEmail: "reader@example.org",
    authorUrl: null,
    userAgent: "Mozilla/5.0",
    elapsedMs: 30_000,
    history: { approved: 1, spam: 0 },
  };
}

const longComment = Array.from({ length: 40 }, (_, i) => messages[(i * 7) % messages.length]!.text).join(" ");
const inputs = [...messages.map((message) => message.text), longComment];

function run(rounds: number): number[] {
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const body of inputs) {
      const start = performance.now();
      const tokens = tokensForComment(asComment(body));
      score(combineModels([model, learned], tokens), tokens);
      times.push(performance.now() - start);
    }
  }
  return times;
}

run(3); // warm-up
const times = run(10).sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
const mean = times.reduce((sum, time) => sum + time, 0) / times.length;
console.log(`built-in model: ${model.counts.size} tokens, loaded in ${startup.toFixed(1)} ms`);
console.log(
  `tokenize + score, ${times.length} comments: mean ${mean.toFixed(3)} ms, p50 ${at(0.5).toFixed(3)} ms, p99 ${at(0.99).toFixed(3)} ms, max ${at(1).toFixed(3)} ms`,
);
const start = performance.now();
const tokens = tokensForComment(asComment(longComment));
score(combineModels([model, learned], tokens), tokens);
console.log(
  `a ${longComment.length}-character comment (${tokens.length} tokens): ${(performance.now() - start).toFixed(3)} ms`,
);
if (mean >= 2) {
  console.error("slower than the 2 ms budget");
  process.exitCode = 1;
}
