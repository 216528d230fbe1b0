// Section, tag and author pages: newest first, paginated by keyset ("older stories" after the
// last item seen) so page 500 costs what page 1 costs, on any number of articles.
import "server-only";
import { tagCache, tags, type ListKind } from "@/lib/cache/tags";
// Reader queries: a caught-up read replica when configured (lib/db/replicas.ts).
import { readerDb as db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { cardSelect, toCard, type ArticleCard } from "./cards";
import { expireAtNextScheduledPublication } from "./freshness";
import { encodeCursor, parseCursor } from "./schema";

export const PAGE_SIZE = 20;

export type { ListKind };
export type ListOwner = { kind: ListKind; id: number; slug: string; name: string; description: string };
export type ArticleList = { owner: ListOwner; articles: ArticleCard[]; nextCursor: string | null };

async function findOwner(kind: ListKind, slug: string): Promise<ListOwner | null> {
  const select = { id: true, slug: true, name: true } as const;
  if (kind === "section") {
    const section = await db.section.findUnique({
      where: { slug },
      select: { ...select, description: true },
    });
    return section && { kind, ...section };
  }
  if (kind === "tag") {
    const tag = await db.tag.findUnique({ where: { slug }, select });
    return tag && { kind, ...tag, description: "" };
  }
  const author = await db.author.findUnique({ where: { slug }, select: { ...select, bio: true } });
  return author && { kind, id: author.id, slug: author.slug, name: author.name, description: author.bio };
}

function ownerFilter(owner: ListOwner): Prisma.Sql {
  switch (owner.kind) {
    case "section":
      return Prisma.sql`a."sectionId" = ${owner.id}`;
    case "tag":
      return Prisma.sql`EXISTS (SELECT 1 FROM "ArticleTag" t WHERE t."articleId" = a.id AND t."tagId" = ${owner.id})`;
    case "author":
      return Prisma.sql`EXISTS (SELECT 1 FROM "ArticleAuthor" w WHERE w."articleId" = a.id AND w."authorId" = ${owner.id})`;
  }
}

/**
 * One page of a section's, tag's or author's visible articles, after the `before` cursor when
 * given; null for an unknown slug or a malformed cursor. Cached per page.
 */
export async function getArticleList(
  kind: ListKind,
  slug: string,
  before?: string,
): Promise<ArticleList | null> {
  "use cache";
  tagCache(tags.list(kind, slug), tags.recent);
  const now = new Date();
  await expireAtNextScheduledPublication(now);
  return loadArticleList(kind, slug, before, now);
}

/** The uncached read behind getArticleList (benchmarks call it directly). */
export async function loadArticleList(
  kind: ListKind,
  slug: string,
  before: string | undefined,
  now: Date,
): Promise<ArticleList | null> {
  const cursor = parseCursor(before);
  if (before !== undefined && !cursor) return null;
  const owner = await findOwner(kind, slug);
  if (!owner) return null;
  // Row comparison on (publishedAt, id) lets PostgreSQL seek straight into the index.
  const after = cursor
    ? Prisma.sql`AND (a."publishedAt", a.id) < (${cursor.publishedAt}, ${cursor.id})`
    : Prisma.empty;
  const ids = await db.$queryRaw<{ id: number }[]>`
    SELECT a.id FROM "Article" a
    WHERE a.status = 'PUBLISHED' AND a."publishedAt" <= ${now} AND ${ownerFilter(owner)} ${after}
    ORDER BY a."publishedAt" DESC, a.id DESC
    LIMIT ${PAGE_SIZE + 1}`;
  const pageIds = ids.slice(0, PAGE_SIZE).map((row) => row.id);
  const rows = await db.article.findMany({ where: { id: { in: pageIds } }, select: cardSelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const articles = pageIds.map((id) => toCard(byId.get(id)!));
  const last = ids.length > PAGE_SIZE ? byId.get(pageIds.at(-1)!) : undefined;
  return {
    owner,
    articles,
    nextCursor: last?.publishedAt ? encodeCursor({ publishedAt: last.publishedAt, id: last.id }) : null,
  };
}

/** Slugs whose pages are prerendered at build time (all sections; the busiest tags and authors). */
export async function prerenderedListSlugs(kind: ListKind, limit = 20): Promise<string[]> {
  "use cache";
  tagCache(tags.sections, tags.recent);
  const rows =
    kind === "section"
      ? await db.section.findMany({ select: { slug: true } })
      : kind === "tag"
        ? await db.tag.findMany({
            orderBy: { articles: { _count: "desc" } },
            take: limit,
            select: { slug: true },
          })
        : await db.author.findMany({
            orderBy: { articles: { _count: "desc" } },
            take: limit,
            select: { slug: true },
          });
  return rows.map((row) => row.slug);
}
