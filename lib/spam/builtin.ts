// The built-in starting model: token counts learned from data/spam, shipped as JSON (regenerate
// with `npx tsx lib/spam/build-model.ts`) so a new site is protected from its first comment.
// Parsed into a Map on first use (a few milliseconds), then kept for the life of the process.
import type { Model } from "./classifier";
import { denseLookup, emptyLinearModel } from "./linear";
import data from "./builtin-model.json";

type BuiltinModelFile = {
  spamTotal: number;
  hamTotal: number;
  tokens: [string, number, number][];
  /** The linear model: its bias and its non-zero weights as [bucket, weight]. */
  linear: { bias: number; weights: [number, number][] };
};

let cached: Model | undefined;

/** The built-in model. Shared: never mutate it (combineModels makes copies). */
export function builtinModel(): Model {
  if (!cached) {
    const file = data as unknown as BuiltinModelFile;
    const counts: Model["counts"] = new Map();
    for (const [token, spam, ham] of file.tokens) counts.set(token, { spam, ham });
    const linear = emptyLinearModel();
    linear.bias = file.linear.bias;
    for (const [bucket, weight] of file.linear.weights) linear.weights[bucket] = weight;
    cached = { spamTotal: file.spamTotal, hamTotal: file.hamTotal, counts, linear: denseLookup(linear) };
  }
  return cached;
}
