// The built-in starting model: token counts learned from data/spam, shipped as JSON (regenerate
// with `npx tsx lib/spam/build-model.ts`) so a new site is protected from its first comment.
// Parsed into a Map on first use (a few milliseconds), then kept for the life of the process.
import type { Model } from "./classifier";
import data from "./builtin-model.json";

type BuiltinModelFile = { spamTotal: number; hamTotal: number; tokens: [string, number, number][] };

let cached: Model | undefined;

/** The built-in model. Shared: never mutate it (combineModels makes copies). */
export function builtinModel(): Model {
  if (!cached) {
    const file = data as unknown as BuiltinModelFile;
    const counts: Model["counts"] = new Map();
    for (const [token, spam, ham] of file.tokens) counts.set(token, { spam, ham });
    cached = { spamTotal: file.spamTotal, hamTotal: file.hamTotal, counts };
  }
  return cached;
}
