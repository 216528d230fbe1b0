// Database reads behind the feeds and sitemaps. Cached ("use cache") under "feeds" and "recent"
// (every publishing change invalidates "recent"), and never past the next scheduled
// publication, so a scheduled article shows up on time. Results are plain data; nothing here
// selects comments or any e-mail address.
import "server-only";
import { tagCache, tags } from "@/lib/cache/tags";
// Reader queries: a caught-up read replica when configured (lib/db/replicas.ts).
import { readerDb as db } from "@/lib/db";
import { cardSelect, toCard } from "@/lib/articles/cards";
import { expireAtNextScheduledPublication, expireCacheAt } from "@/lib/articles/freshness";
import { getSections } from "@/lib/articles/queries";
import { articleHref, visibleArticleWhere } from "@/lib/articles/visibility";
import { FEED_SIZE, type FeedArticle } from "./feeds";
import {
  articleSitemapPath,
  chunkIdRange,
  NEWS_MAX_URLS,
  NEWS_WINDOW_MS,
  newsWindowStart,
  PAGES_SITEMAP_PATH,
  SITEMAP_CHUNK_SIZE,
  type NewsArticle,
  type SitemapEntry,
  type SitemapRef,
} from "./sitemaps";

/** Rows fetched per round trip when listing a sitemap's articles (keyset by id). */
const SITEMAP_BATCH = 5_000;

function tagFeeds(): void {
  // Section names and slugs are part of the entries (categories, URLs).
  tagCache(tags.feeds, tags.recent, tags.sections);
}

function latest(...dates: (Date | null | undefined)[]): Date | null {
  const times = dates.filter((date): date is Date => date instanceof Date).map((date) => date.getTime());
  return times.length > 0 ? new Date(Math.max(...times)) : null;
}

/** The section with this slug, or null. */
export async function findSection(
  slug: string,
): Promise<{ slug: string; name: string; description: string } | null> {
  return (await getSections()).find((section) => section.slug === slug) ?? null;
}

/** The newest visible articles, site-wide or of one section. */
export async function getFeedArticles(sectionSlug: string | null): Promise<FeedArticle[]> {
  "use cache";
  tagFeeds();
  if (sectionSlug) tagCache(tags.section(sectionSlug));
  const now = new Date();
  await expireAtNextScheduledPublication(now);
  const rows = await db.article.findMany({
    where: { ...visibleArticleWhere(now), ...(sectionSlug ? { section: { slug: sectionSlug } } : {}) },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: FEED_SIZE,
    select: { ...cardSelect, modifiedAt: true },
  });
  return rows.map((row) => {
    const card = toCard(row);
    return {
      id: card.id,
      href: card.href,
      title: card.title,
      dek: card.dek,
      section: card.section,
      authors: card.authors.map((author) => ({ name: author.name })),
      publishedAt: card.publishedAt,
      modifiedAt: row.modifiedAt?.toISOString() ?? null,
    };
  });
}

/**
 * The sitemap index: the pages sitemap, then one sitemap per range of SITEMAP_CHUNK_SIZE article
 * ids that has visible articles. Id ranges keep each file's URL stable as articles are added.
 */
export async function getSitemapIndex(): Promise<SitemapRef[]> {
  "use cache";
  tagFeeds();
  const now = new Date();
  await expireAtNextScheduledPublication(now);
  const visible = visibleArticleWhere(now);
  const overall = await db.article.aggregate({
    where: visible,
    _max: { id: true, publishedAt: true, modifiedAt: true },
  });
  const refs: SitemapRef[] = [
    {
      path: PAGES_SITEMAP_PATH,
      lastModified: latest(overall._max.publishedAt, overall._max.modifiedAt)?.toISOString() ?? null,
    },
  ];
  const chunks = overall._max.id ? Math.ceil(overall._max.id / SITEMAP_CHUNK_SIZE) : 0;
  for (let chunk = 0; chunk < chunks; chunk++) {
    const { first, last } = chunkIdRange(chunk);
    const range = await db.article.aggregate({
      where: { AND: [visible, { id: { gte: first, lte: last } }] },
      _count: { _all: true },
      _max: { publishedAt: true, modifiedAt: true },
    });
    if (range._count._all === 0) continue;
    refs.push({
      path: articleSitemapPath(chunk),
      lastModified: latest(range._max.publishedAt, range._max.modifiedAt)?.toISOString() ?? null,
    });
  }
  return refs;
}

/** Home and every section page, with the date of their newest article. */
export async function getSitemapPages(): Promise<SitemapEntry[]> {
  "use cache";
  tagFeeds();
  const now = new Date();
  await expireAtNextScheduledPublication(now);
  const [sections, newest] = await Promise.all([
    db.section.findMany({
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { id: true, slug: true },
    }),
    db.article.groupBy({ by: ["sectionId"], where: visibleArticleWhere(now), _max: { publishedAt: true } }),
  ]);
  const newestBySection = new Map(newest.map((row) => [row.sectionId, row._max.publishedAt]));
  const home = latest(...newest.map((row) => row._max.publishedAt));
  return [
    { path: "/", lastModified: home?.toISOString() ?? null },
    ...sections.map((section) => ({
      path: `/${encodeURIComponent(section.slug)}`,
      lastModified: newestBySection.get(section.id)?.toISOString() ?? null,
    })),
  ];
}

/** The visible articles with ids in chunk `chunk`'s range, by id (sitemap `articles-{chunk}.xml`). */
export async function getSitemapArticles(chunk: number): Promise<SitemapEntry[]> {
  "use cache";
  tagFeeds();
  const now = new Date();
  await expireAtNextScheduledPublication(now);
  return listSitemapArticles(chunk, now);
}

/**
 * Uncached body of getSitemapArticles: reads the range in keyset batches (id > last seen),
 * selecting only id, slug, section slug and dates, so no query loads the whole range at once.
 */
export async function listSitemapArticles(
  chunk: number,
  now: Date,
  batchSize = SITEMAP_BATCH,
): Promise<SitemapEntry[]> {
  const { first, last } = chunkIdRange(chunk);
  const entries: SitemapEntry[] = [];
  let after = first - 1;
  for (;;) {
    const rows = await db.article.findMany({
      where: { AND: [visibleArticleWhere(now), { id: { gt: after, lte: last } }] },
      orderBy: { id: "asc" },
      take: batchSize,
      select: {
        id: true,
        slug: true,
        publishedAt: true,
        modifiedAt: true,
        section: { select: { slug: true } },
      },
    });
    for (const row of rows) {
      entries.push({
        path: articleHref(row),
        lastModified: (row.modifiedAt ?? row.publishedAt)?.toISOString() ?? null,
      });
    }
    if (rows.length < batchSize) return entries;
    after = rows[rows.length - 1]!.id;
  }
}

/**
 * Articles for the Google News sitemap: published in the last two days, newest first, at most
 * 1,000. `generatedAt` is the moment the window ends, for the builder.
 */
export async function getNewsSitemapArticles(): Promise<{ generatedAt: string; articles: NewsArticle[] }> {
  "use cache";
  tagFeeds();
  const now = new Date();
  await expireAtNextScheduledPublication(now);
  const rows = await db.article.findMany({
    where: { AND: [visibleArticleWhere(now), { publishedAt: { gt: newsWindowStart(now) } }] },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: NEWS_MAX_URLS,
    select: { slug: true, title: true, lang: true, publishedAt: true, section: { select: { slug: true } } },
  });
  // The oldest listed article leaves the window at publishedAt + 2 days: no later than that.
  const oldest = rows[rows.length - 1]?.publishedAt;
  if (oldest) expireCacheAt(new Date(oldest.getTime() + NEWS_WINDOW_MS), now);
  return {
    generatedAt: now.toISOString(),
    articles: rows.map((row) => ({
      href: articleHref(row),
      title: row.title,
      lang: row.lang,
      publishedAt: (row.publishedAt ?? now).toISOString(),
    })),
  };
}
