// Scheduled publication without anyone acting. Cached reader pages cannot expire themselves
// sooner than five minutes (Next treats shorter-lived caches as uncached), so every server
// instance runs a small clock (instrumentation.ts): it wakes up right after the next scheduled
// publication or pick expiry (and every few seconds anyway) and expires the cache tags of what
// changed since its last tick.
import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { tags as cacheTags, type CacheTag } from "@/lib/cache/tags";
import { articleReaderTags, articleTagSelect } from "./cache-tags";

/** The clock looks again at least this often (a new schedule may come sooner than the known next). */
export const MAX_TICK_MS = 5_000;
export const TICK_PATH = "/api/internal/going-live";

/** The cache tags of everything that changed by itself in (since, until]. */
export async function tagsWentLive(since: Date, until: Date): Promise<CacheTag[]> {
  const window = { gt: since, lte: until };
  const [articles, picks] = await Promise.all([
    db.article.findMany({
      where: { status: "PUBLISHED", publishedAt: window },
      select: { ...articleTagSelect, readAlsoIn: { select: { articleId: true } } },
    }),
    db.editorPick.count({ where: { expiresAt: window } }),
  ]);
  const tags = new Set<CacheTag>();
  for (const article of articles) {
    for (const tag of articleReaderTags(
      article,
      article.readAlsoIn.map((link) => link.articleId),
    ))
      tags.add(tag);
    tags.add(cacheTags.comments(article.id));
  }
  if (picks > 0) [cacheTags.picks, cacheTags.home].forEach((tag) => tags.add(tag));
  return [...tags];
}

/** Milliseconds until the next scheduled article or pick expiry after `now`, if any. */
export async function msUntilNextChange(now: Date): Promise<number | null> {
  const [article, pick] = await Promise.all([
    db.article.findFirst({
      where: { status: "PUBLISHED", publishedAt: { gt: now } },
      orderBy: { publishedAt: "asc" },
      select: { publishedAt: true },
    }),
    db.editorPick.findFirst({
      where: { expiresAt: { gt: now } },
      orderBy: { expiresAt: "asc" },
      select: { expiresAt: true },
    }),
  ]);
  const times = [article?.publishedAt, pick?.expiresAt]
    .filter((time): time is Date => Boolean(time))
    .map((time) => time.getTime());
  return times.length ? Math.min(...times) - now.getTime() : null;
}

/** Proves a tick request comes from this server's own clock. */
export function tickToken(): string {
  return createHmac("sha256", env().AUTH_SECRET).update("going-live-tick").digest("hex");
}

export function isTickToken(value: string | null): boolean {
  const expected = Buffer.from(tickToken());
  const given = Buffer.from(value ?? "");
  return given.length === expected.length && timingSafeEqual(given, expected);
}
