// Naive Bayes spam classifier in the Robinson–Fisher form used by SpamBayes: each token's
// spam probability is smoothed towards 0.5 by how little it has been seen (Robinson's f(w)),
// and the most interesting tokens are combined with Fisher's chi-square method, which says
// "spam" or "ham" only when the evidence agrees and lands near 0.5 when it conflicts or is thin.
// A model may also carry the weights of a linear model (logistic regression on hashed tokens,
// see linear.ts): the score is then the average of the two probabilities.
// Pure: no I/O, the model is plain data.
import { featuresOf, linearProbability, type WeightLookup } from "./linear";

/** Times each token was seen in spam and in ham messages (once per message at most). */
export type TokenCounts = Map<string, { spam: number; ham: number }>;
/**
 * How many messages of each kind the counts come from, the counts, and optionally the weights
 * of the linear model trained on the same messages.
 */
export type Model = { spamTotal: number; hamTotal: number; counts: TokenCounts; linear?: WeightLookup };
export type Label = "spam" | "ham";
/** A token behind a score, with its spam probability f(w) (0 = ham, 1 = spam). */
export type SpamSignal = { token: string; probability: number };
export type ScoreResult = {
  score: number;
  signals: SpamSignal[];
  /** The two parts of the score: Naive Bayes, and the linear model's (when the model has one). */
  parts?: { bayes: number; linear: number };
};

/**
 * Strength of the 0.5 prior in Robinson's formula (s) and the prior itself (x). Measured with
 * word pairs and train-until-no-errors (SpamAssassin corpus, 5-fold): s = 1 ranks spam above
 * good messages better than SpamBayes' 0.45 (95.0 % of spam above the 0.1 %-false-positive
 * point against 93.6 %).
 */
export const ROBINSON_S = 1;
export const ROBINSON_X = 0.5;
/** Tokens with |f(w) − 0.5| below this are ignored as uninteresting. */
export const MIN_PROBABILITY_STRENGTH = 0.1;
/** At most this many tokens, the most interesting first, take part in a score. */
export const MAX_DISCRIMINATORS = 150;
/** How many tokens the explanation lists. */
export const EXPLANATION_SIZE = 8;

export function emptyModel(): Model {
  return { spamTotal: 0, hamTotal: 0, counts: new Map() };
}

/** Learns one message in memory (its tokens are counted once each). */
export function train(model: Model, tokens: Iterable<string>, label: Label): void {
  if (label === "spam") model.spamTotal++;
  else model.hamTotal++;
  for (const token of new Set(tokens)) {
    let entry = model.counts.get(token);
    if (!entry) model.counts.set(token, (entry = { spam: 0, ham: 0 }));
    entry[label]++;
  }
}

/** Forgets one message learned with `train` (counts never go below zero). */
export function untrain(model: Model, tokens: Iterable<string>, label: Label): void {
  if (label === "spam") model.spamTotal = Math.max(0, model.spamTotal - 1);
  else model.hamTotal = Math.max(0, model.hamTotal - 1);
  for (const token of new Set(tokens)) {
    const entry = model.counts.get(token);
    if (!entry) continue;
    entry[label] = Math.max(0, entry[label] - 1);
    if (entry.spam === 0 && entry.ham === 0) model.counts.delete(token);
  }
}

/** Train-until-no-errors: a message is learned when the model is wrong or unsure about it. */
export const TRAINING_MARGIN = 0.45;
/** At most this many passes over the training messages. */
export const TRAINING_PASSES = 5;

/**
 * Trains a model from scratch SpamBayes/CRM114-style, "train until no errors" (TUNE): passes
 * over the messages in a fixed shuffled order, learning only those the model does not already
 * score within TRAINING_MARGIN of the right end (spam below 0.95, good above 0.05), until a
 * pass learns nothing. Learning every message instead over-counts the many easy ones; measured
 * on the SpamAssassin corpus (5-fold), the share of spam above the point where 0.1 % of good
 * messages are marked spam rose from 93.4 % to 95.0 %, good messages marked spam at the
 * default thresholds fell from 0.17 % to 0.02 %.
 */
export function trainUntilNoErrors(
  messages: readonly { label: Label; tokens: readonly string[] }[],
  order: readonly number[] = messages.map((_, index) => index),
): Model {
  const model = emptyModel();
  for (let pass = 0; pass < TRAINING_PASSES; pass++) {
    let learned = 0;
    for (const index of order) {
      const message = messages[index]!;
      const value = score(model, message.tokens).score;
      const sure =
        message.label === "spam" ? value >= 1 - (0.5 - TRAINING_MARGIN) : value <= 0.5 - TRAINING_MARGIN;
      if (sure) continue;
      train(model, message.tokens, message.label);
      learned++;
    }
    if (learned === 0) break;
  }
  return model;
}

/**
 * The sum of models, restricted to `tokens` when given (which is all a score needs): the
 * built-in starting model plus what this site learned.
 */
export function combineModels(models: readonly Model[], tokens?: Iterable<string>): Model {
  const combined: Model = { spamTotal: 0, hamTotal: 0, counts: new Map() };
  const linear = models.flatMap((model) => (model.linear ? [model.linear] : []));
  if (linear.length === 1) combined.linear = linear[0];
  else if (linear.length > 1)
    combined.linear = {
      bias: linear.reduce((sum, weights) => sum + weights.bias, 0),
      weight: (bucket) => linear.reduce((sum, weights) => sum + weights.weight(bucket), 0),
    };
  for (const model of models) {
    combined.spamTotal += model.spamTotal;
    combined.hamTotal += model.hamTotal;
  }
  const keys = tokens ? new Set(tokens) : new Set(models.flatMap((model) => [...model.counts.keys()]));
  for (const token of keys) {
    let spam = 0;
    let ham = 0;
    for (const model of models) {
      const entry = model.counts.get(token);
      if (entry) {
        spam += entry.spam;
        ham += entry.ham;
      }
    }
    if (spam > 0 || ham > 0) combined.counts.set(token, { spam, ham });
  }
  return combined;
}

/**
 * Robinson's f(w) = (s·x + n·p(w)) / (s + n), where p(w) is the share of the token's
 * frequency that is spam (frequencies relative to each class's message count) and n the number
 * of messages it was seen in. Null for a token never seen.
 */
export function tokenProbability(model: Model, token: string): number | null {
  const entry = model.counts.get(token);
  if (!entry) return null;
  const spamRatio = model.spamTotal > 0 ? Math.min(1, entry.spam / model.spamTotal) : 0;
  const hamRatio = model.hamTotal > 0 ? Math.min(1, entry.ham / model.hamTotal) : 0;
  if (spamRatio + hamRatio === 0) return null;
  const p = spamRatio / (spamRatio + hamRatio);
  const n = entry.spam + entry.ham;
  return (ROBINSON_S * ROBINSON_X + n * p) / (ROBINSON_S + n);
}

/**
 * Probability that a chi-square statistic with `degrees` (even) degrees of freedom is at least
 * `chi2`: the upper tail, computed by its series (exact for even degrees of freedom).
 */
export function chi2Q(chi2: number, degrees: number): number {
  const m = chi2 / 2;
  let term = Math.exp(-m);
  let sum = term;
  for (let i = 1; i < degrees / 2; i++) {
    term *= m / i;
    sum += term;
  }
  return Math.min(sum, 1);
}

/**
 * Spam score of a message in [0, 1] and the tokens that drove it. Fisher's method:
 * S = 1 − Q(−2 Σ ln(1 − f), 2n) is how strongly the tokens say spam, H = 1 − Q(−2 Σ ln f, 2n)
 * how strongly they say ham, and the score is (1 + S − H) / 2.
 */
export function score(model: Model, tokens: Iterable<string>): ScoreResult {
  const unique = new Set(tokens);
  const bayes = bayesScore(model, unique);
  if (!model.linear) return { score: bayes.score, signals: explain(bayes.clues, bayes.score) };
  const linear = linearProbability(model.linear, featuresOf(unique));
  const result = (bayes.score + linear) / 2;
  return { score: result, signals: explain(bayes.clues, result), parts: { bayes: bayes.score, linear } };
}

/** The Naive Bayes part: Fisher's combined score and the clues (tokens) behind it. */
function bayesScore(model: Model, tokens: Set<string>): { score: number; clues: SpamSignal[] } {
  const candidates: (SpamSignal & { strength: number })[] = [];
  for (const token of tokens) {
    const probability = tokenProbability(model, token);
    if (probability === null) continue;
    const strength = Math.abs(probability - 0.5);
    if (strength >= MIN_PROBABILITY_STRENGTH) candidates.push({ token, probability, strength });
  }
  // Strongest first; ties broken by the token so a score never depends on token order.
  candidates.sort((a, b) => b.strength - a.strength || (a.token < b.token ? -1 : 1));
  const clues = tile(candidates, MAX_DISCRIMINATORS);
  if (clues.length === 0) return { score: 0.5, clues };

  let logHam = 0;
  let logSpam = 0;
  for (const { probability } of clues) {
    logHam += Math.log(probability);
    logSpam += Math.log(1 - probability);
  }
  const degrees = 2 * clues.length;
  const spamminess = 1 - chi2Q(-2 * logSpam, degrees);
  const hamminess = 1 - chi2Q(-2 * logHam, degrees);
  return { score: Math.min(1, Math.max(0, (1 + spamminess - hamminess) / 2)), clues };
}

const BIGRAM_PREFIX = "b:";

/**
 * Keeps each word's evidence once (SpamBayes' "tiling"), at most `limit` clues: going from the strongest
 * clue down, a word pair ("b:free trial") is dropped when one of its words is already used, and
 * a word when a kept pair holds it. Counting "free", "trial" and "free trial" together would
 * count the same evidence two or three times and make Fisher's method overconfident (measured:
 * word pairs without tiling marked 0.5 % of good e-mails as spam, with it 0.1 %).
 */
function tile(candidates: readonly SpamSignal[], limit: number): SpamSignal[] {
  const used = new Set<string>();
  const kept: SpamSignal[] = [];
  for (const { token, probability } of candidates) {
    if (kept.length >= limit) break;
    if (token.startsWith(BIGRAM_PREFIX)) {
      const space = token.indexOf(" ", BIGRAM_PREFIX.length);
      const first = token.slice(BIGRAM_PREFIX.length, space);
      const second = token.slice(space + 1);
      if (used.has(first) || used.has(second)) continue;
      used.add(first);
      used.add(second);
    } else {
      if (used.has(token)) continue;
      used.add(token);
    }
    kept.push({ token, probability });
  }
  return kept;
}

/** The tokens that pushed the verdict's way first (spammy ones for spam), then the others. */
function explain(clues: SpamSignal[], result: number): SpamSignal[] {
  const spamward = result >= 0.5;
  const forVerdict = clues.filter((clue) => clue.probability > 0.5 === spamward);
  const against = clues.filter((clue) => clue.probability > 0.5 !== spamward);
  return [...forVerdict, ...against]
    .slice(0, EXPLANATION_SIZE)
    .map(({ token, probability }) => ({ token, probability: Math.round(probability * 1000) / 1000 }));
}
