// Dashboard reads for articles: the filtered list (keyset pages), the editor's data, Read-also
// target search, revisions, and the staff-only preview. Never cached: staff see the database as
// it is. Results are plain data for the pages and components.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { articleState, type ArticleFormValues, type ArticleState } from "./admin-schema";
import { articlePageSelect, toArticlePage, type ArticlePage } from "./article-page";
import { countParagraphs, renderArticleBody, type BodySegment } from "./render";
import {
  editableSelect,
  parseSnapshot,
  revisionPublication,
  snapshotOf,
  snapshotToValues,
  type ArticleSnapshot,
} from "./revisions";
import { encodeCursor, parseCursor } from "./schema";
import { articleHref, isVisible } from "./visibility";

export const ADMIN_PAGE_SIZE = 30;

// ---------------------------------------------------------------------------------------------
// The list

export const STATE_FILTERS = ["draft", "scheduled", "published", "archived"] as const;

export type ListFilters = {
  state?: ArticleState;
  sectionId?: number;
  authorId?: number;
  lang?: "en" | "fr";
  q?: string;
};

type SearchParams = Record<string, string | string[] | undefined>;

const param = (params: SearchParams, name: string) => {
  const value = params[name];
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
};
const idParam = (value: string) => (/^\d{1,9}$/.test(value) ? Number(value) : undefined);

/** Filters and cursor from the list's query string; unknown values are ignored. */
export function parseListQuery(params: SearchParams): { filters: ListFilters; after: string | undefined } {
  const state = param(params, "status").toLowerCase();
  const lang = param(params, "lang");
  const q = param(params, "q").replace(/\s+/g, " ").slice(0, 200);
  return {
    filters: {
      state: (STATE_FILTERS as readonly string[]).includes(state) ? (state as ArticleState) : undefined,
      sectionId: idParam(param(params, "section")),
      authorId: idParam(param(params, "author")),
      lang: lang === "en" || lang === "fr" ? lang : undefined,
      q: q || undefined,
    },
    after: param(params, "after") || undefined,
  };
}

export type AdminArticleRow = {
  id: number;
  title: string;
  state: ArticleState;
  publishedAt: string | null;
  updatedAt: string;
  section: string;
  authors: string[];
  lang: "en" | "fr";
  /** The public URL while readers can see it. */
  href: string | null;
};

function stateWhere(state: ArticleState, now: Date): Prisma.ArticleWhereInput {
  switch (state) {
    case "draft":
      return { status: "DRAFT" };
    case "archived":
      return { status: "ARCHIVED" };
    case "scheduled":
      return { status: "PUBLISHED", publishedAt: { gt: now } };
    case "published":
      return { status: "PUBLISHED", publishedAt: { lte: now } };
  }
}

/**
 * One page of the dashboard list, most recently updated first, after the `after` cursor
 * (updatedAt, id) — a keyset, so every page costs the same.
 */
export async function listArticles(filters: ListFilters, after: string | undefined, now = new Date()) {
  // The reader cursor's format fits: a timestamp and an id (here the update time).
  const cursor = parseCursor(after);
  const where: Prisma.ArticleWhereInput = {
    AND: [
      filters.state ? stateWhere(filters.state, now) : {},
      filters.sectionId ? { sectionId: filters.sectionId } : {},
      filters.authorId ? { authors: { some: { authorId: filters.authorId } } } : {},
      filters.lang ? { lang: filters.lang } : {},
      filters.q
        ? {
            OR: [
              { title: { contains: filters.q, mode: "insensitive" } },
              { slug: { contains: filters.q.toLowerCase() } },
            ],
          }
        : {},
      cursor
        ? {
            OR: [
              { updatedAt: { lt: cursor.publishedAt } },
              { updatedAt: cursor.publishedAt, id: { lt: cursor.id } },
            ],
          }
        : {},
    ],
  };
  const rows = await db.article.findMany({
    where,
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: ADMIN_PAGE_SIZE + 1,
    select: {
      id: true,
      slug: true,
      title: true,
      lang: true,
      status: true,
      publishedAt: true,
      updatedAt: true,
      section: { select: { slug: true, name: true } },
      authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true } } } },
    },
  });
  const page = rows.slice(0, ADMIN_PAGE_SIZE);
  const last = rows.length > ADMIN_PAGE_SIZE ? page.at(-1) : undefined;
  return {
    rows: page.map((row): AdminArticleRow => ({
      id: row.id,
      title: row.title,
      state: articleState(row, now),
      publishedAt: row.publishedAt?.toISOString() ?? null,
      updatedAt: row.updatedAt.toISOString(),
      section: row.section.name,
      authors: row.authors.map(({ author }) => author.name),
      lang: row.lang,
      href: isVisible(row, now) ? articleHref(row) : null,
    })),
    nextCursor: last ? encodeCursor({ publishedAt: last.updatedAt, id: last.id }) : null,
  };
}

export type EditorOptions = {
  sections: { id: number; name: string }[];
  authors: { id: number; name: string }[];
  /** The byline of the signed-in user, if they have one (a new article's default author). */
  ownAuthorId: number | null;
};

/** Sections and authors to choose from (in the editor and the list's filters). */
export async function getEditorOptions(userId?: number): Promise<EditorOptions> {
  const [sections, authors, own] = await Promise.all([
    db.section.findMany({
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { id: true, name: true },
    }),
    db.author.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    userId ? db.author.findUnique({ where: { userId }, select: { id: true } }) : null,
  ]);
  return { sections, authors, ownAuthorId: own?.id ?? null };
}

// ---------------------------------------------------------------------------------------------
// The editor

export type EditedArticle = {
  id: number;
  version: number;
  state: ArticleState;
  publishedAt: string | null;
  updatedAt: string;
  /** The public URL while readers can see it. */
  href: string | null;
  lastSaved: { by: string; at: string } | null;
  revisionCount: number;
  /** A draft that never went live may be deleted. */
  deletable: boolean;
  values: ArticleFormValues;
  segments: BodySegment[];
  paragraphs: number;
};

export async function getArticleForEditing(id: number, now = new Date()): Promise<EditedArticle | null> {
  const row = await db.article.findUnique({ where: { id }, select: editableSelect });
  if (!row) return null;
  const [latest, revisionCount] = await Promise.all([
    db.articleRevision.findFirst({
      where: { articleId: id },
      orderBy: { version: "desc" },
      select: { createdAt: true, editor: { select: { name: true } } },
    }),
    db.articleRevision.count({ where: { articleId: id } }),
  ]);
  const snapshot = snapshotOf(row);
  const titles = new Map(row.readAlso.map((link) => [link.targetId, link.target.title]));
  return {
    id: row.id,
    version: row.version,
    state: articleState(row, now),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    href: isVisible(row, now) ? articleHref(row) : null,
    lastSaved: latest ? { by: latest.editor?.name ?? "someone", at: latest.createdAt.toISOString() } : null,
    revisionCount,
    deletable: isDeletable(row, now),
    values: snapshotToValues(snapshot, {
      id: row.id,
      version: row.version,
      publishedAt: row.status === "PUBLISHED" ? row.publishedAt : null,
      readAlsoTitles: titles,
    }),
    ...(await renderBodyPreview(snapshot.body, snapshot.readAlso)),
  };
}

/** Only drafts that readers never saw: deleting anything else would break links and comments. */
export function isDeletable(article: { status: string; publishedAt: Date | null }, now: Date): boolean {
  return article.status === "DRAFT" && (article.publishedAt === null || article.publishedAt > now);
}

/**
 * The body as the public page renders it (same segments, same sanitising), with the chosen
 * Read-also links in place, whether or not their targets are live yet.
 */
export async function renderBodyPreview(
  body: string,
  links: { targetId: number; afterParagraph: number }[],
): Promise<{ segments: BodySegment[]; paragraphs: number }> {
  const targets = links.length
    ? await db.article.findMany({
        where: { id: { in: links.map((link) => link.targetId) } },
        select: { id: true, slug: true, title: true, section: { select: { slug: true } } },
      })
    : [];
  const byId = new Map(targets.map((target) => [target.id, target]));
  const resolved = links.flatMap((link) => {
    const target = byId.get(link.targetId);
    return target
      ? [{ afterParagraph: link.afterParagraph, title: target.title, href: articleHref(target) }]
      : [];
  });
  return { segments: renderArticleBody(body, resolved), paragraphs: countParagraphs(body) };
}

export type ReadAlsoTarget = {
  id: number;
  title: string;
  href: string;
  state: ArticleState;
  publishedAt: string;
};

/** Published (live or scheduled) articles whose title contains `q`, newest first. */
export async function searchReadAlsoTargets(
  q: string,
  excludeId: number | undefined,
  now = new Date(),
  limit = 10,
): Promise<ReadAlsoTarget[]> {
  const query = q.replace(/\s+/g, " ").trim().slice(0, 200);
  if (query.length < 2) return [];
  const rows = await db.article.findMany({
    where: {
      status: "PUBLISHED",
      publishedAt: { not: null },
      title: { contains: query, mode: "insensitive" },
      ...(excludeId ? { id: { not: excludeId } } : {}),
    },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      publishedAt: true,
      section: { select: { slug: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    href: articleHref(row),
    state: articleState(row, now),
    publishedAt: row.publishedAt!.toISOString(),
  }));
}

// ---------------------------------------------------------------------------------------------
// Revisions

export type RevisionSummary = {
  id: number;
  version: number;
  createdAt: string;
  editor: string | null;
  status: string | null;
  current: boolean;
};

export async function listRevisions(
  articleId: number,
): Promise<{ title: string; version: number; revisions: RevisionSummary[] } | null> {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { title: true, version: true },
  });
  if (!article) return null;
  const rows = await db.articleRevision.findMany({
    where: { articleId },
    orderBy: [{ version: "desc" }, { id: "desc" }],
    take: 200,
    select: { id: true, version: true, createdAt: true, snapshot: true, editor: { select: { name: true } } },
  });
  return {
    title: article.title,
    version: article.version,
    revisions: rows.map((row) => ({
      id: row.id,
      version: row.version,
      createdAt: row.createdAt.toISOString(),
      editor: row.editor?.name ?? null,
      status: revisionPublication(row.snapshot).status,
      current: row.version === article.version,
    })),
  };
}

export type RevisionField = { label: string; value: string; changed: boolean; long?: boolean };

export type RevisionView = {
  articleId: number;
  articleTitle: string;
  currentVersion: number;
  revision: { id: number; version: number; createdAt: string; editor: string | null; current: boolean };
  fields: RevisionField[];
  segments: BodySegment[];
  lang: "en" | "fr";
};

/** A revision's content, field by field, marked where it differs from the article now. */
export async function getRevisionView(articleId: number, revisionId: number): Promise<RevisionView | null> {
  const [row, revision] = await Promise.all([
    db.article.findUnique({ where: { id: articleId }, select: editableSelect }),
    db.articleRevision.findFirst({
      where: { id: revisionId, articleId },
      select: {
        id: true,
        version: true,
        createdAt: true,
        snapshot: true,
        editor: { select: { name: true } },
      },
    }),
  ]);
  if (!row || !revision) return null;
  const current = snapshotOf(row);
  const stored = parseSnapshot(revision.snapshot, current);
  const [describedStored, describedCurrent] = await Promise.all([
    describeSnapshot(stored),
    describeSnapshot(current),
  ]);
  return {
    articleId,
    articleTitle: row.title,
    currentVersion: row.version,
    revision: {
      id: revision.id,
      version: revision.version,
      createdAt: revision.createdAt.toISOString(),
      editor: revision.editor?.name ?? null,
      current: revision.version === row.version,
    },
    fields: describedStored.map((field, index) => ({
      ...field,
      changed: field.value !== describedCurrent[index]!.value,
    })),
    ...(await renderBodyPreview(stored.body, stored.readAlso)),
    lang: stored.lang,
  };
}

/** A snapshot as labelled, readable fields (names instead of ids). */
async function describeSnapshot(snapshot: ArticleSnapshot): Promise<Omit<RevisionField, "changed">[]> {
  const [section, authors, targets] = await Promise.all([
    db.section.findUnique({ where: { id: snapshot.sectionId }, select: { name: true } }),
    db.author.findMany({ where: { id: { in: snapshot.authorIds } }, select: { id: true, name: true } }),
    db.article.findMany({
      where: { id: { in: snapshot.readAlso.map((link) => link.targetId) } },
      select: { id: true, title: true },
    }),
  ]);
  const name = (rows: { id: number; title?: string; name?: string }[], id: number) => {
    const found = rows.find((row) => row.id === id);
    return found ? (found.title ?? found.name ?? "") : `#${id} (deleted)`;
  };
  const hero = snapshot.heroImage;
  return [
    { label: "Title", value: snapshot.title },
    { label: "Slug", value: snapshot.slug },
    { label: "Dek", value: snapshot.dek },
    { label: "Body", value: snapshot.body, long: true },
    { label: "Section", value: section?.name ?? `#${snapshot.sectionId} (deleted)` },
    { label: "Language", value: snapshot.lang === "fr" ? "French" : "English" },
    { label: "Authors", value: snapshot.authorIds.map((id) => name(authors, id)).join(", ") },
    { label: "Tags", value: snapshot.tags.join(", ") },
    { label: "Source", value: [snapshot.sourceName, snapshot.sourceUrl].filter(Boolean).join(" — ") },
    {
      label: "Hero image",
      value: hero
        ? `${hero.url} (${hero.width}×${hero.height}), alt: ${hero.alt}${hero.credit ? `, credit: ${hero.credit}` : ""}${hero.caption ? `, caption: ${hero.caption}` : ""}`
        : "",
    },
    { label: "SEO title", value: snapshot.seoTitle ?? "" },
    { label: "SEO description", value: snapshot.seoDescription ?? "" },
    {
      label: "Read also",
      value: snapshot.readAlso
        .map((link) => `after ¶${link.afterParagraph}: ${name(targets, link.targetId)}`)
        .join("\n"),
    },
    { label: "Comments", value: snapshot.commentsOpen ? "Open" : "Closed" },
    { label: "Correction", value: snapshot.correction ?? "" },
  ];
}

// ---------------------------------------------------------------------------------------------
// Preview

/**
 * Any article (draft, scheduled, archived) in the shape of the public article page, with the
 * Read-also links readers will see when it goes live (targets visible by then).
 */
export async function getArticlePreview(
  id: number,
  now = new Date(),
): Promise<{ page: ArticlePage; state: ArticleState } | null> {
  const row = await db.article.findUnique({ where: { id }, select: articlePageSelect });
  if (!row) return null;
  // Read-also targets as readers will see them when this goes live; an unpublished article
  // shows "published now", as it would if published.
  const goesLive = row.publishedAt && row.publishedAt > now ? row.publishedAt : now;
  return {
    state: articleState(row, now),
    page: toArticlePage({ ...row, publishedAt: row.publishedAt ?? now }, goesLive),
  };
}
