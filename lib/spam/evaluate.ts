// Evaluation of the classifier by stratified k-fold cross-validation, trained from scratch on
// each training split (no built-in model, no database). Pure apart from the clock.
import { emptyModel, score, train, type Label, type Model } from "./classifier";
import { tokensForText } from "./signals";
import { DEFAULT_HOLD_THRESHOLD, DEFAULT_SPAM_THRESHOLD } from "./thresholds";

export type LabeledMessage = { id?: string; label: Label; text: string };
export type Thresholds = { spam: number; hold: number };
export type ScoredMessage = { label: Label; score: number };

export type Metrics = {
  messages: number;
  spam: number;
  ham: number;
  /** Shares in [0, 1]. Spam with score ≥ the spam threshold. */
  spamCaught: number;
  /** Spam with score ≥ the hold threshold (marked spam or held for moderation). */
  spamCaughtOrHeld: number;
  /** Ham with score ≥ the hold threshold: good comments a moderator has to release. */
  hamHeld: number;
  /** Ham with score ≥ the spam threshold: good comments sent to the spam folder. */
  hamMarkedSpam: number;
};

export type EvaluationReport = Metrics & {
  folds: number;
  seed: number;
  thresholds: Thresholds;
  /** Mean time to tokenize and score one message, in milliseconds. */
  msPerMessage: number;
};

/** Deterministic PRNG (mulberry32): the same seed gives the same shuffle everywhere. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle of a copy, driven by `random`. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/**
 * Stratified k-fold split: the indexes of `labels` in k disjoint folds that cover them all,
 * each with (to one message) the same share of spam as the whole. Deterministic for a seed.
 */
export function stratifiedFolds(labels: readonly Label[], k = 5, seed = 42): number[][] {
  if (!Number.isInteger(k) || k < 2) throw new Error(`k must be an integer ≥ 2 (got ${k})`);
  const random = seededRandom(seed);
  const folds: number[][] = Array.from({ length: k }, () => []);
  let next = 0;
  for (const label of ["spam", "ham"] as const) {
    const indexes = labels.flatMap((value, index) => (value === label ? [index] : []));
    // Round-robin from where the previous class stopped keeps the fold sizes within one.
    for (const index of shuffled(indexes, random)) {
      folds[next]!.push(index);
      next = (next + 1) % k;
    }
  }
  return folds.map((fold) => fold.sort((a, b) => a - b));
}

/** Catch and false-positive rates of scored messages at the given thresholds. */
export function computeMetrics(
  results: readonly ScoredMessage[],
  thresholds: Thresholds = { spam: DEFAULT_SPAM_THRESHOLD, hold: DEFAULT_HOLD_THRESHOLD },
): Metrics {
  let spam = 0;
  let ham = 0;
  let spamCaught = 0;
  let spamCaughtOrHeld = 0;
  let hamHeld = 0;
  let hamMarkedSpam = 0;
  for (const { label, score: value } of results) {
    if (label === "spam") {
      spam++;
      if (value >= thresholds.spam) spamCaught++;
      if (value >= thresholds.hold) spamCaughtOrHeld++;
    } else {
      ham++;
      if (value >= thresholds.hold) hamHeld++;
      if (value >= thresholds.spam) hamMarkedSpam++;
    }
  }
  const share = (count: number, total: number) => (total === 0 ? 0 : count / total);
  return {
    messages: results.length,
    spam,
    ham,
    spamCaught: share(spamCaught, spam),
    spamCaughtOrHeld: share(spamCaughtOrHeld, spam),
    hamHeld: share(hamHeld, ham),
    hamMarkedSpam: share(hamMarkedSpam, ham),
  };
}

export type CrossValidationOptions = {
  folds?: number;
  seed?: number;
  thresholds?: Thresholds;
  /** Tokens of a message; the comment pipeline's text tokens by default. */
  tokenizer?: (text: string) => string[];
};

/** A model trained from scratch on messages. */
export function trainModel(messages: readonly { label: Label; tokens: readonly string[] }[]): Model {
  const model = emptyModel();
  for (const message of messages) train(model, message.tokens, message.label);
  return model;
}

/**
 * k-fold cross-validation: for each fold, a model trained from scratch on the other folds
 * scores the fold's messages (tokenizing them again, so the time measured is the whole cost of
 * classifying a message).
 */
export function crossValidate(
  messages: readonly LabeledMessage[],
  options: CrossValidationOptions = {},
): EvaluationReport & {
  results: (ScoredMessage & { id?: string })[];
} {
  const k = options.folds ?? 5;
  const seed = options.seed ?? 42;
  const thresholds = options.thresholds ?? { spam: DEFAULT_SPAM_THRESHOLD, hold: DEFAULT_HOLD_THRESHOLD };
  const tokenizer = options.tokenizer ?? tokensForText;
  const tokens = messages.map((message) => tokenizer(message.text));
  const folds = stratifiedFolds(
    messages.map((message) => message.label),
    k,
    seed,
  );
  const results: (ScoredMessage & { id?: string })[] = [];
  let elapsed = 0;
  folds.forEach((testFold, foldIndex) => {
    const model = emptyModel();
    folds.forEach((fold, index) => {
      if (index !== foldIndex) for (const i of fold) train(model, tokens[i]!, messages[i]!.label);
    });
    for (const i of testFold) {
      const message = messages[i]!;
      const start = performance.now();
      const { score: value } = score(model, tokenizer(message.text));
      elapsed += performance.now() - start;
      results.push({ id: message.id, label: message.label, score: value });
    }
  });
  return {
    ...computeMetrics(results, thresholds),
    folds: k,
    seed,
    thresholds,
    msPerMessage: results.length ? elapsed / results.length : 0,
    results,
  };
}

const percent = (share: number) => `${(share * 100).toFixed(1)} %`;

/** The report printed by `npm run spam:eval`. */
export function formatReport(report: EvaluationReport, title = "Spam filter evaluation"): string {
  const { spam, hold } = report.thresholds;
  return [
    `${title} — ${report.folds}-fold stratified cross-validation (seed ${report.seed}), trained from scratch`,
    `thresholds: spam ≥ ${spam}, hold ≥ ${hold}`,
    ``,
    `messages                          ${report.messages} (${report.spam} spam, ${report.ham} good)`,
    `spam caught (marked spam)         ${percent(report.spamCaught)}`,
    `spam caught or held               ${percent(report.spamCaughtOrHeld)}`,
    `good comments held (false pos.)   ${percent(report.hamHeld)}`,
    `good comments marked spam         ${percent(report.hamMarkedSpam)}`,
    `ms per message (tokenize + score) ${report.msPerMessage.toFixed(3)}`,
  ].join("\n");
}
