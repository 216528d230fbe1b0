// The spam filter of reader comments: local, learning and explainable. A Naive Bayes classifier
// (Robinson–Fisher, as in SpamBayes) and a linear model (logistic regression on hashed tokens,
// linear.ts) score the same tokens, and the comment's score in [0, 1] is the average of the two;
// both come from the built-in starting model plus what moderators taught them on this site, and
// the score comes with the tokens behind it.
//
//   const { score, signals, tokens } = await classifyComment(comment, tx);
//   // score ≥ spamThreshold → SPAM, ≥ holdThreshold → PENDING (DiscussionSettings, defaults below)
//   await trainFromDecision({ tokens }, "spam", tx);   // a moderator marked it as spam
//   await untrain({ tokens }, "spam", tx);             // … and changed their mind
//
// Keep the tokens of a classification (e.g. in Comment.spamSignals) to train on exactly what was
// scored: the signals of a comment (author history, time to submit) change after it is posted.
import "server-only";
import { combineModels, score, type Label, type SpamSignal } from "./classifier";
import { builtinModel } from "./builtin";
import { tokensForComment, type CommentForSpam } from "./signals";
import { featuresOf, linearProbability, siteStep } from "./linear";
import { addWeights, learn, loadModelFor, unlearn, type SpamDbClient } from "./store";
import { db } from "@/lib/db";

export { DEFAULT_HOLD_THRESHOLD, DEFAULT_SPAM_THRESHOLD } from "./thresholds";
export type { CommentForSpam } from "./signals";
export type { Label, Model, SpamSignal, TokenCounts } from "./classifier";
export type { SpamDbClient } from "./store";
export { tokensForComment } from "./signals";

export type SpamClassification = {
  /** Spam probability in [0, 1]: 0 surely good, 1 surely spam, near 0.5 unsure. */
  score: number;
  /** The (up to 8) tokens that drove the score, the verdict's side first. */
  signals: SpamSignal[];
  /** Every token of the comment, to learn from the moderator's decision later. */
  tokens: string[];
};

/** A comment, or the tokens of an earlier classification of it. */
export type SpamTrainingInput = CommentForSpam | { tokens: readonly string[] };

function tokensOf(input: SpamTrainingInput): readonly string[] {
  return "tokens" in input ? input.tokens : tokensForComment(input);
}

/** Scores a comment with the built-in model plus the counts learned on this site. */
export async function classifyComment(
  comment: CommentForSpam,
  client: SpamDbClient = db,
): Promise<SpamClassification> {
  const tokens = tokensForComment(comment);
  const learned = await loadModelFor(tokens, client);
  const result = score(combineModels([builtinModel(), learned], tokens), tokens);
  return { score: result.score, signals: result.signals, tokens };
}

/**
 * The linear model's step for a decision on these tokens: the SGD step of logistic regression
 * at the message's current probability (built-in weights plus what the site learned).
 */
async function linearStep(tokens: readonly string[], label: Label, client: SpamDbClient): Promise<number> {
  const learned = await loadModelFor(tokens, client);
  const combined = combineModels([builtinModel(), learned], []);
  const features = featuresOf(tokens);
  return siteStep(linearProbability(combined.linear!, features), features.length, label);
}

/**
 * Learns from a moderator's decision: the comment is spam, or it is a good comment (ham). Naive
 * Bayes counts its tokens; the linear model takes one SGD step on it.
 */
export async function trainFromDecision(
  input: SpamTrainingInput,
  label: Label,
  client: SpamDbClient = db,
): Promise<void> {
  const tokens = tokensOf(input);
  await learn(tokens, label, client);
  await addWeights(tokens, await linearStep(tokens, label, client), client);
}

/**
 * Forgets a decision learned with trainFromDecision: exactly for the counts (never below zero);
 * the linear model takes back the step that learning the decision would take now (an SGD step
 * cannot be undone exactly once others came after it).
 */
export async function untrain(
  input: SpamTrainingInput,
  label: Label,
  client: SpamDbClient = db,
): Promise<void> {
  const tokens = tokensOf(input);
  await unlearn(tokens, label, client);
  await addWeights(tokens, -(await linearStep(tokens, label, client)), client);
}

/** A reversed decision: forgets `from` and learns `to`, in the caller's transaction if given. */
export async function retrain(
  input: SpamTrainingInput,
  from: Label,
  to: Label,
  client: SpamDbClient = db,
): Promise<void> {
  if (from === to) return;
  await untrain(input, from, client);
  await trainFromDecision(input, to, client);
}

/** What a score means at the given thresholds: spam, held for moderation, or no objection. */
export function spamVerdict(
  value: number,
  thresholds: { spam: number; hold: number },
): "spam" | "hold" | "pass" {
  return value >= thresholds.spam ? "spam" : value >= thresholds.hold ? "hold" : "pass";
}
