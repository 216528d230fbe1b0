// Evaluation of the classifier by stratified k-fold cross-validation, trained from scratch on
// each training split (no built-in model, no database). Pure apart from the clock.
import { score, trainUntilNoErrors, type Label, type Model } from "./classifier";
import { denseLookup, featuresOf, trainLinear } from "./linear";
import { tokensForMessage } from "./signals";
import { DEFAULT_HOLD_THRESHOLD, DEFAULT_SPAM_THRESHOLD } from "./thresholds";

/**
 * A message of a corpus: its text and, for an e-mail, its author as a comment's fields (the
 * sender's name and address, the mail program as the user agent).
 */
export type LabeledMessage = {
  id?: string;
  label: Label;
  text: string;
  author?: { name: string; email: string; userAgent: string | null };
};
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
  /** Tokens of a message; the comment pipeline's tokens by default (tokensForMessage). */
  tokenizer?: (text: string, message: LabeledMessage) => string[];
};

/**
 * A model trained from scratch on messages, as the built-in model is: Naive Bayes trained until
 * no errors and the linear model (logistic regression, AdaGrad), both over the messages in an
 * order shuffled with `seed` (deterministic).
 */
export function trainModel(
  messages: readonly { label: Label; tokens: readonly string[] }[],
  seed = 11,
): Model {
  const order = shuffled([...messages.keys()], seededRandom(seed));
  const model = trainUntilNoErrors(messages, order);
  const linear = trainLinear(
    messages.map((message) => ({ label: message.label, features: featuresOf(message.tokens) })),
    order,
    (same, run) => shuffled(same, seededRandom(seed + run)),
  );
  return { ...model, linear: denseLookup(linear) };
}

export type EvaluatedMessage = ScoredMessage & { id?: string; text: string; ms: number };

export type Report = EvaluationReport & {
  /** How the messages were scored: cross-validation of one corpus, or train on one, test on another. */
  mode: "cross-validation" | "train-test";
  /** Standard deviation of the time per message, in milliseconds. */
  msStdDev: number;
  results: EvaluatedMessage[];
};

const defaultTokenizer: (text: string, message: LabeledMessage) => string[] = (
  _text: string,
  message: LabeledMessage,
) => tokensForMessage(message);

/** Scores `indexes` with `model`, tokenizing again so the time is a message's whole cost. */
function scoreEach(
  model: Model,
  messages: readonly LabeledMessage[],
  indexes: Iterable<number>,
  tokenizer: (text: string, message: LabeledMessage) => string[],
  into: EvaluatedMessage[],
): void {
  for (const i of indexes) {
    const message = messages[i]!;
    const start = performance.now();
    const { score: value } = score(model, tokenizer(message.text, message));
    const ms = performance.now() - start;
    into.push({ id: message.id, label: message.label, score: value, text: message.text, ms });
  }
}

function summarize(
  results: EvaluatedMessage[],
  thresholds: Thresholds,
  extra: { mode: Report["mode"]; folds: number; seed: number },
): Report {
  const n = results.length;
  const mean = n ? results.reduce((sum, result) => sum + result.ms, 0) / n : 0;
  const variance = n > 1 ? results.reduce((sum, result) => sum + (result.ms - mean) ** 2, 0) / (n - 1) : 0;
  return {
    ...computeMetrics(results, thresholds),
    ...extra,
    thresholds,
    msPerMessage: mean,
    msStdDev: Math.sqrt(variance),
    results,
  };
}

/**
 * k-fold cross-validation: for each fold, a model trained from scratch on the other folds
 * scores the fold's messages (tokenizing them again, so the time measured is the whole cost of
 * classifying a message).
 */
export function crossValidate(
  messages: readonly LabeledMessage[],
  options: CrossValidationOptions = {},
): Report {
  const k = options.folds ?? 5;
  const seed = options.seed ?? 42;
  const thresholds = options.thresholds ?? { spam: DEFAULT_SPAM_THRESHOLD, hold: DEFAULT_HOLD_THRESHOLD };
  const tokenizer = options.tokenizer ?? defaultTokenizer;
  const tokens = messages.map((message) => tokenizer(message.text, message));
  const folds = stratifiedFolds(
    messages.map((message) => message.label),
    k,
    seed,
  );
  const results: EvaluatedMessage[] = [];
  folds.forEach((testFold, foldIndex) => {
    const training = folds
      .filter((_, index) => index !== foldIndex)
      .flat()
      .map((i) => ({ label: messages[i]!.label, tokens: tokens[i]! }));
    scoreEach(trainModel(training), messages, testFold, tokenizer, results);
  });
  return summarize(results, thresholds, { mode: "cross-validation", folds: k, seed });
}

/**
 * Out-of-domain evaluation: a model trained from scratch on one corpus scores every message
 * of another (what a new site gets from the built-in model before any moderator decision).
 */
export function trainTest(
  training: readonly LabeledMessage[],
  test: readonly LabeledMessage[],
  options: Omit<CrossValidationOptions, "folds" | "seed"> = {},
): Report {
  const thresholds = options.thresholds ?? { spam: DEFAULT_SPAM_THRESHOLD, hold: DEFAULT_HOLD_THRESHOLD };
  const tokenizer = options.tokenizer ?? defaultTokenizer;
  const model = trainModel(
    training.map((message) => ({ label: message.label, tokens: tokenizer(message.text, message) })),
  );
  const results: EvaluatedMessage[] = [];
  scoreEach(model, test, test.keys(), tokenizer, results);
  return summarize(results, thresholds, { mode: "train-test", folds: 1, seed: 0 });
}

/** A share with its 95 % Wilson score interval (sound near 0 % and 100 %, unlike p ± 1.96·σ). */
export type Interval = { value: number; low: number; high: number };

export function wilsonInterval(successes: number, total: number, z = 1.96): Interval {
  if (total === 0) return { value: 0, low: 0, high: 1 };
  const p = successes / total;
  const z2 = z * z;
  const center = (p + z2 / (2 * total)) / (1 + z2 / total);
  const half = (z / (1 + z2 / total)) * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total));
  return { value: p, low: Math.max(0, center - half), high: Math.min(1, center + half) };
}

export type Verdict = "spam" | "held" | "published";
export type ConfusionMatrix = Record<Label, Record<Verdict, number>>;

function verdictOf(value: number, thresholds: Thresholds): Verdict {
  return value >= thresholds.spam ? "spam" : value >= thresholds.hold ? "held" : "published";
}

export function confusionMatrix(results: readonly ScoredMessage[], thresholds: Thresholds): ConfusionMatrix {
  const matrix: ConfusionMatrix = {
    spam: { spam: 0, held: 0, published: 0 },
    ham: { spam: 0, held: 0, published: 0 },
  };
  for (const result of results) matrix[result.label][verdictOf(result.score, thresholds)]++;
  return matrix;
}

/** The five figures of the report, in the order and with the labels it prints them. */
export const FIGURE_LABELS = {
  spamMarkedSpam: "spam marked spam",
  spamKeptOff: "spam kept off the page",
  goodHeldOrSpam: "good messages held or marked spam",
  goodMarkedSpam: "good messages marked spam",
  time: "time per message",
} as const;

export type Figures = {
  spamMarkedSpam: Interval;
  spamKeptOff: Interval;
  goodHeldOrSpam: Interval;
  goodMarkedSpam: Interval;
  /** Milliseconds per message (tokenize + score), 95 % interval of the mean. */
  time: Interval;
};

export function figures(report: Report): Figures {
  const matrix = confusionMatrix(report.results, report.thresholds);
  const spam = report.spam;
  const ham = report.ham;
  const half = report.results.length ? (1.96 * report.msStdDev) / Math.sqrt(report.results.length) : 0;
  return {
    spamMarkedSpam: wilsonInterval(matrix.spam.spam, spam),
    spamKeptOff: wilsonInterval(matrix.spam.spam + matrix.spam.held, spam),
    goodHeldOrSpam: wilsonInterval(matrix.ham.spam + matrix.ham.held, ham),
    goodMarkedSpam: wilsonInterval(matrix.ham.spam, ham),
    time: {
      value: report.msPerMessage,
      low: Math.max(0, report.msPerMessage - half),
      high: report.msPerMessage + half,
    },
  };
}

/** First `length` characters of a message on one line. */
export function excerpt(text: string, length = 80): string {
  return Array.from(text.replace(/\s+/g, " ").trim()).slice(0, length).join("");
}

/** Good messages with the highest scores and spam with the lowest, worst first. */
export function worstErrors(
  report: Report,
  count = 10,
): { falsePositives: EvaluatedMessage[]; falseNegatives: EvaluatedMessage[] } {
  const { hold } = report.thresholds;
  return {
    falsePositives: report.results
      .filter((result) => result.label === "ham" && result.score >= hold)
      .sort((a, b) => b.score - a.score)
      .slice(0, count),
    falseNegatives: report.results
      .filter((result) => result.label === "spam" && result.score < hold)
      .sort((a, b) => a.score - b.score)
      .slice(0, count),
  };
}

const percent = (share: number) => `${(share * 100).toFixed(1)} %`;
const percentInterval = ({ value, low, high }: Interval) =>
  `${percent(value)}  (95 % CI ${(low * 100).toFixed(1)}–${(high * 100).toFixed(1)} %)`;

/** The report printed by `npm run spam:eval`: the five figures first, label first on each line. */
export function formatReport(report: Report, title = "Spam filter evaluation", worst = 10): string {
  const { spam, hold } = report.thresholds;
  const f = figures(report);
  const matrix = confusionMatrix(report.results, report.thresholds);
  const width = Math.max(...Object.values(FIGURE_LABELS).map((label) => label.length)) + 2;
  const line = (label: string, value: string) => `${label.padEnd(width)}${value}`;
  const how =
    report.mode === "cross-validation"
      ? `${report.folds}-fold stratified cross-validation (seed ${report.seed}), trained from scratch`
      : "trained on one corpus, tested on another (out of domain)";
  const { falsePositives, falseNegatives } = worstErrors(report, worst);
  const row = (label: string, counts: Record<Verdict, number>) =>
    `${label.padEnd(14)}${String(counts.spam).padStart(12)}${String(counts.held).padStart(8)}${String(counts.published).padStart(11)}`;
  const listed = (results: EvaluatedMessage[]) =>
    results.length
      ? results.map(
          (result) =>
            `  ${result.score.toFixed(3)}  ${result.id ?? ""}  ${JSON.stringify(excerpt(result.text))}`,
        )
      : ["  (none)"];
  return [
    `${title} — ${how}`,
    `thresholds: spam ≥ ${spam}, hold ≥ ${hold}; ${report.messages} messages (${report.spam} spam, ${report.ham} good)`,
    ``,
    line(FIGURE_LABELS.spamMarkedSpam, percentInterval(f.spamMarkedSpam)),
    line(FIGURE_LABELS.spamKeptOff, percentInterval(f.spamKeptOff)),
    line(FIGURE_LABELS.goodHeldOrSpam, percentInterval(f.goodHeldOrSpam)),
    line(FIGURE_LABELS.goodMarkedSpam, percentInterval(f.goodMarkedSpam)),
    line(
      FIGURE_LABELS.time,
      `${f.time.value.toFixed(3)} ms  (95 % CI ${f.time.low.toFixed(3)}–${f.time.high.toFixed(3)} ms; tokenize + score)`,
    ),
    ``,
    `confusion matrix   marked spam    held  published`,
    row("spam", matrix.spam),
    row("good", matrix.ham),
    ``,
    `worst false positives (good messages held or marked spam, highest score first):`,
    ...listed(falsePositives),
    ``,
    `worst false negatives (spam published, lowest score first):`,
    ...listed(falseNegatives),
  ].join("\n");
}

/** The report as `--json` prints it: figures, matrix and worst errors (excerpts, not whole messages). */
export function reportJson(report: Report, worst = 10) {
  const { falsePositives, falseNegatives } = worstErrors(report, worst);
  const brief = (result: EvaluatedMessage) => ({
    id: result.id ?? null,
    score: result.score,
    excerpt: excerpt(result.text),
  });
  return {
    mode: report.mode,
    folds: report.mode === "cross-validation" ? report.folds : null,
    seed: report.mode === "cross-validation" ? report.seed : null,
    thresholds: report.thresholds,
    messages: report.messages,
    spam: report.spam,
    good: report.ham,
    figures: Object.fromEntries(
      Object.entries(figures(report)).map(([key, interval]) => [
        FIGURE_LABELS[key as keyof Figures],
        { ...interval, unit: key === "time" ? "ms" : "share" },
      ]),
    ),
    confusionMatrix: {
      spam: confusionMatrix(report.results, report.thresholds).spam,
      good: confusionMatrix(report.results, report.thresholds).ham,
    },
    worstFalsePositives: falsePositives.map(brief),
    worstFalseNegatives: falseNegatives.map(brief),
  };
}
