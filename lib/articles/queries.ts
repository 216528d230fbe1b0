// Reader-side reads. Each is cached ("use cache") under the tags the publishing actions
// invalidate; results are plain serialisable data, never Prisma models with private fields.
import "server-only";
import { tagCache, tags } from "@/lib/cache/tags";
// Reader queries: a caught-up read replica when configured (lib/db/replicas.ts).
import { readerDb as db } from "@/lib/db";
import { cardSelect, toCard, type ArticleCard } from "./cards";
import { articlePageSelect, toArticlePage, type ArticlePage } from "./article-page";
import { expireAtNextScheduledPublication, expireCacheAt } from "./freshness";
import { articleHref, isVisible, visibleArticleWhere } from "./visibility";

export type { ArticleCard };

export type Section = { slug: string; name: string; description: string };

export async function getSections(): Promise<Section[]> {
  "use cache";
  tagCache(tags.sections);
  return db.section.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { slug: true, name: true, description: true },
  });
}

export async function getRecentNews(limit = 6): Promise<ArticleCard[]> {
  "use cache";
  tagCache(tags.recent);
  const now = new Date();
  await expireAtNextScheduledPublication(now);
  const rows = await db.article.findMany({
    where: visibleArticleWhere(now),
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: cardSelect,
  });
  return rows.map(toCard);
}

export type PickCard = ArticleCard & { note: string | null };

export async function getEditorsPicks(limit = 5): Promise<PickCard[]> {
  "use cache";
  tagCache(tags.picks);
  const now = new Date();
  await expireAtNextScheduledPublication(now);
  const picks = await db.editorPick.findMany({
    where: {
      isLead: false,
      OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
      article: visibleArticleWhere(now),
    },
    orderBy: [{ rank: "asc" }, { id: "asc" }],
    take: limit,
    select: { note: true, expiresAt: true, article: { select: cardSelect } },
  });
  const nextExpiry = picks
    .map((pick) => pick.expiresAt)
    .filter((at) => at !== null)
    .sort((a, b) => a.getTime() - b.getTime())[0];
  if (nextExpiry) expireCacheAt(nextExpiry, now);
  return picks.map((pick) => ({ ...toCard(pick.article), note: pick.note }));
}

export type HomePage = {
  lead: ArticleCard | null;
  latest: ArticleCard[];
  sections: { section: Section; articles: ArticleCard[] }[];
};

export async function getHomePage(): Promise<HomePage> {
  "use cache";
  tagCache(tags.home);
  const now = new Date();
  await expireAtNextScheduledPublication(now);
  const visible = visibleArticleWhere(now);
  // At most one lead (the picks actions keep it so); should two exist, the newest choice wins.
  const chosenLead = await db.editorPick.findFirst({
    where: { isLead: true, article: visible },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { article: { select: cardSelect } },
  });
  const latestRows = await db.article.findMany({
    where: visible,
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: 13,
    select: cardSelect,
  });
  const latest = latestRows.map(toCard);
  const lead = chosenLead ? toCard(chosenLead.article) : (latest[0] ?? null);
  const sections = await getSections();
  const perSection = await Promise.all(
    sections.map(async (section) => ({
      section,
      articles: (
        await db.article.findMany({
          where: { ...visible, section: { slug: section.slug } },
          orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
          take: 4,
          select: cardSelect,
        })
      ).map(toCard),
    })),
  );
  return {
    lead,
    latest: latest.filter((card) => card.id !== lead?.id).slice(0, 12),
    sections: perSection.filter((block) => block.articles.length > 0),
  };
}

export type { ArticlePage };

/** A visible article by section and slug, or null (never a draft or an unpublished one). */
export async function getArticlePage(sectionSlug: string, slug: string): Promise<ArticlePage | null> {
  "use cache";
  tagCache(tags.articleSlug(slug));
  const now = new Date();
  // Covers both this article and its Read-also targets going live later.
  await expireAtNextScheduledPublication(now);
  const row = await db.article.findFirst({
    where: { slug, section: { slug: sectionSlug }, ...visibleArticleWhere(now) },
    select: articlePageSelect,
  });
  if (!row) return null;
  tagCache(tags.article(row.id));
  tagCache(...row.readAlso.map((link) => tags.article(link.targetId)));
  const translations = row.translationGroup
    ? await db.article.findMany({
        where: { translationGroup: row.translationGroup, id: { not: row.id }, ...visibleArticleWhere(now) },
        select: { id: true, lang: true, slug: true, section: { select: { slug: true } } },
      })
    : [];
  tagCache(...translations.map((translation) => tags.article(translation.id)));
  return toArticlePage(
    row,
    now,
    translations.map((translation) => ({ lang: translation.lang, href: articleHref(translation) })),
  );
}

/**
 * Where a stale article URL should go: an old slug (the article was renamed) or the right
 * section (it moved). Null when there is no visible article behind it.
 */
export async function getArticleRedirect(slug: string): Promise<string | null> {
  "use cache";
  tagCache(tags.articleSlug(slug));
  const now = new Date();
  await expireAtNextScheduledPublication(now);
  const select = {
    slug: true,
    status: true,
    publishedAt: true,
    section: { select: { slug: true } },
  } as const;
  const current =
    (await db.article.findFirst({ where: { slug, ...visibleArticleWhere(now) }, select })) ??
    (await db.slugRedirect.findUnique({ where: { slug }, select: { article: { select } } }))?.article;
  if (!current || !isVisible(current, now)) return null;
  return articleHref(current);
}

/** A visible article's card by id, or null. */
export async function getArticleCard(id: number): Promise<ArticleCard | null> {
  "use cache";
  tagCache(tags.article(id));
  const now = new Date();
  await expireAtNextScheduledPublication(now);
  const row = await db.article.findFirst({ where: { id, ...visibleArticleWhere(now) }, select: cardSelect });
  return row && toCard(row);
}
