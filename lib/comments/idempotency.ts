// A comment's idempotency key: the same article, email, parent and text within a ten-minute
// window is the same comment. A post retried after a lost connection, or sent again by a reader
// who never saw the answer (with or without JavaScript, from a cached form), finds the comment
// it already stored instead of storing it twice. The key of the previous window is looked up
// too, so a re-send just after a window boundary is still recognised.
import { createHash } from "node:crypto";

export const IDEMPOTENCY_WINDOW_MS = 10 * 60_000;

type Keyed = { articleId: number; emailHash: string; parentId: number | null; body: string };

function keyAt(comment: Keyed, window: number): string {
  return createHash("sha256")
    .update(
      JSON.stringify([comment.articleId, comment.emailHash, comment.parentId ?? 0, comment.body, window]),
    )
    .digest("hex");
}

/** The key to store (this window's) and the keys that mean "already posted" (this and the previous window's). */
export function idempotencyKeys(comment: Keyed, now: Date): { key: string; recent: [string, string] } {
  const window = Math.floor(now.getTime() / IDEMPOTENCY_WINDOW_MS);
  const key = keyAt(comment, window);
  return { key, recent: [key, keyAt(comment, window - 1)] };
}
