// Cached reader lists must not outlive the moment their content changes by itself: a
// scheduled article going live, an Editor's Pick expiring. Next treats a cache that lives less
// than five minutes as uncached (a page reading it could not be served whole), so entries
// live at least that long; the going-live clock (going-live.ts) expires them on time.
import "server-only";
import { cacheLife } from "next/cache";
import { db } from "@/lib/db";

const SHORTEST_CACHE_SECONDS = 300;

/** Ends the current cache entry's life at `at`, or five minutes from now if that is sooner. */
export function expireCacheAt(at: Date, now: Date): void {
  const seconds = Math.max(SHORTEST_CACHE_SECONDS, Math.ceil((at.getTime() - now.getTime()) / 1000));
  cacheLife({ stale: Math.min(seconds, 30), revalidate: seconds, expire: seconds });
}

/** Keeps the current cache entry no longer than until the next scheduled article goes live. */
export async function expireAtNextScheduledPublication(now: Date): Promise<void> {
  const next = await db.article.findFirst({
    where: { status: "PUBLISHED", publishedAt: { gt: now } },
    orderBy: { publishedAt: "asc" },
    select: { publishedAt: true },
  });
  if (next?.publishedAt) expireCacheAt(next.publishedAt, now);
}
