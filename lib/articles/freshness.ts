// Cached reader lists must not outlive the moment their content changes by itself: a
// scheduled article going live, an Editor's Pick expiring.
import { cacheLife } from "next/cache";
import { db } from "@/lib/db";

/** Ends the current cache entry's life at `at` (no stale page is served after it). */
export function expireCacheAt(at: Date, now: Date): void {
  const seconds = Math.max(1, Math.ceil((at.getTime() - now.getTime()) / 1000));
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
