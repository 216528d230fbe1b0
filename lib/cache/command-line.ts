// Command-line writers (seed, import, scale seed) change the database under running servers.
// They call expireOnRunningServers when done: a NOTIFY that every running server applies to its
// own caches (lib/cache/broadcast.ts), and with REDIS_URL the same expiry written in Redis, so
// shared entries are stale even for instances started later.
import { createRequire } from "node:module";
import { SHARED_LIST_TAGS } from "@/lib/articles/cache-tags";
import type { SqlRunner } from "@/lib/jobs/runner";
import { broadcastTagExpiry } from "./broadcast";

/** Next's implicit tag of the root layout: every page and every cached entry of a page carries it. */
export const EVERY_PAGE_TAG = "_N_T_/layout";
/** For writers that may have changed anything. */
export const EVERYTHING = [EVERY_PAGE_TAG, ...SHARED_LIST_TAGS];

type SharedTags = {
  expireTags(tags: string[]): Promise<void>;
  pendingCount(): number;
  closeSharedTags(): Promise<void>;
  client(): { isReady: boolean };
};

export async function expireOnRunningServers(
  client: SqlRunner,
  tags: string[],
  log: (message: string) => void = (message) => console.log(message),
): Promise<void> {
  await broadcastTagExpiry(client, tags);
  if (!process.env.REDIS_URL) return;
  const shared = createRequire(import.meta.url)("./handlers/shared-tags.cjs") as SharedTags;
  try {
    const redis = shared.client();
    for (let waited = 0; !redis.isReady && waited < 3_000; waited += 100)
      await new Promise((resolve) => setTimeout(resolve, 100));
    await shared.expireTags(tags);
    if (shared.pendingCount() > 0)
      log("warning: Redis is unreachable; running servers were told over PostgreSQL, Redis was not updated");
  } finally {
    await shared.closeSharedTags();
  }
}
