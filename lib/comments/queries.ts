// Reader-side comment reads, cached under `comments:<articleId>` (and `settings`). Only public
// fields are selected: a commenter's email or IP hash never leaves the database here.
import { cacheTag } from "next/cache";
import { db } from "@/lib/db";
import { expireCacheAt } from "@/lib/articles/freshness";
import { commentsClosedAt } from "@/lib/moderation/closing";
import { formTimeToken } from "./cookies";
import { getDiscussionSettings } from "./settings";

export type PublicComment = {
  id: number;
  parentId: number | null;
  depth: number;
  authorName: string;
  authorUrl: string | null;
  body: string;
  createdAt: string;
  editedAt: string | null;
  featured: boolean;
  staff: boolean;
  /** Id on the WordPress site it was imported from: its old #comment-<id> anchor. */
  wordpressId: number | null;
  replies: PublicComment[];
};

const publicSelect = {
  id: true,
  parentId: true,
  depth: true,
  authorName: true,
  authorUrl: true,
  body: true,
  createdAt: true,
  editedAt: true,
  featured: true,
  staffAuthorId: true,
  wordpressId: true,
} as const;

type Row = {
  id: number;
  parentId: number | null;
  depth: number;
  authorName: string;
  authorUrl: string | null;
  body: string;
  createdAt: Date;
  editedAt: Date | null;
  featured: boolean;
  staffAuthorId: number | null;
  wordpressId: number | null;
};

function toPublic(row: Row): PublicComment {
  return {
    id: row.id,
    parentId: row.parentId,
    depth: row.depth,
    authorName: row.authorName,
    authorUrl: row.authorUrl,
    body: row.body,
    createdAt: row.createdAt.toISOString(),
    editedAt: row.editedAt?.toISOString() ?? null,
    featured: row.featured,
    staff: row.staffAuthorId !== null,
    wordpressId: row.wordpressId,
    replies: [],
  };
}

export type CommentSection = {
  articleId: number;
  approvedCount: number;
  threads: PublicComment[];
  featured: PublicComment[];
  page: number;
  pageCount: number;
  newestFirst: boolean;
  threadDepth: number;
  closed: boolean;
  /** Signed render time for the form's too-fast check. */
  formToken: string;
};

/** Approved comments of one page of threads (null when the page does not exist). */
export async function getCommentSection(articleId: number, page = 1): Promise<CommentSection | null> {
  "use cache";
  cacheTag(`comments:${articleId}`, "settings");
  const now = new Date();
  const [settings, article] = await Promise.all([
    getDiscussionSettings(),
    db.article.findUnique({
      where: { id: articleId },
      select: { commentsOpen: true, commentsCloseAt: true, publishedAt: true },
    }),
  ]);
  if (!article) return null;
  const closesAt = commentsClosedAt(article, settings.closeAfterDays);
  // The cached section must not outlive the moment comments close.
  if (closesAt && closesAt > now) expireCacheAt(closesAt, now);

  const approved = { articleId, status: "APPROVED" as const };
  const [approvedCount, threadCount, featuredRows] = await Promise.all([
    db.comment.count({ where: approved }),
    db.comment.count({ where: { ...approved, parentId: null } }),
    db.comment.findMany({
      where: { ...approved, featured: true },
      orderBy: { createdAt: "desc" },
      take: 5,
      select: publicSelect,
    }),
  ]);
  const pageCount = Math.max(1, Math.ceil(threadCount / settings.threadsPerPage));
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return null;
  const order = settings.newestFirst ? ("desc" as const) : ("asc" as const);
  const topLevel = await db.comment.findMany({
    where: { ...approved, parentId: null },
    orderBy: [{ createdAt: order }, { id: order }],
    skip: (page - 1) * settings.threadsPerPage,
    take: settings.threadsPerPage,
    select: publicSelect,
  });
  const replies = await db.comment.findMany({
    where: { ...approved, parentId: { not: null }, threadId: { in: topLevel.map((comment) => comment.id) } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { ...publicSelect, threadId: true },
  });
  return {
    articleId,
    approvedCount,
    threads: buildThreads(
      topLevel.map(toPublic),
      replies.map((reply) => ({ ...toPublic(reply), threadId: reply.threadId })),
    ),
    featured: featuredRows.map(toPublic),
    page,
    pageCount,
    newestFirst: settings.newestFirst,
    threadDepth: settings.threadDepth,
    closed: closesAt !== null && closesAt <= now,
    formToken: formTimeToken(now.getTime()),
  };
}

/**
 * Nests replies under their parents. A reply whose parent is not shown (held or removed)
 * stays visible under the nearest shown ancestor, its thread's top comment at worst.
 */
export function buildThreads(
  topLevel: PublicComment[],
  replies: (PublicComment & { threadId: number | null })[],
): PublicComment[] {
  const byId = new Map<number, PublicComment>(topLevel.map((comment) => [comment.id, comment]));
  for (const reply of replies) byId.set(reply.id, reply);
  for (const reply of replies) {
    const parent =
      (reply.parentId !== null && byId.get(reply.parentId)) ||
      (reply.threadId !== null && byId.get(reply.threadId));
    if (parent && parent !== reply) parent.replies.push(reply);
  }
  return topLevel;
}

/** The page of the article's comments a comment is on, and where the article lives. */
export async function locateComment(commentId: number): Promise<{ href: string; page: number } | null> {
  const comment = await db.comment.findUnique({
    where: { id: commentId },
    select: {
      status: true,
      threadId: true,
      articleId: true,
      article: {
        select: { slug: true, status: true, publishedAt: true, section: { select: { slug: true } } },
      },
    },
  });
  if (!comment || comment.status !== "APPROVED" || comment.threadId === null) return null;
  const [thread, settings] = await Promise.all([
    db.comment.findUnique({ where: { id: comment.threadId }, select: { id: true, createdAt: true } }),
    getDiscussionSettings(),
  ]);
  if (!thread) return null;
  const before = settings.newestFirst
    ? {
        OR: [{ createdAt: { gt: thread.createdAt } }, { createdAt: thread.createdAt, id: { gt: thread.id } }],
      }
    : {
        OR: [{ createdAt: { lt: thread.createdAt } }, { createdAt: thread.createdAt, id: { lt: thread.id } }],
      };
  const earlier = await db.comment.count({
    where: { articleId: comment.articleId, status: "APPROVED", parentId: null, ...before },
  });
  return {
    href: `/${comment.article.section.slug}/${comment.article.slug}`,
    page: Math.floor(earlier / settings.threadsPerPage) + 1,
  };
}

export type OwnComment = {
  id: number;
  articleId: number;
  parentId: number | null;
  authorName: string;
  body: string;
  status: string;
  createdAt: string;
  editableUntil: string;
};

/** The visitor's own comments on an article that readers cannot see yet, or that they may still edit. */
export async function getOwnComments(ids: number[], articleId: number, now: Date): Promise<OwnComment[]> {
  if (ids.length === 0) return [];
  const settings = await getDiscussionSettings();
  const windowMs = settings.editWindowMinutes * 60_000;
  const rows = await db.comment.findMany({
    where: { id: { in: ids }, articleId, status: { in: ["PENDING", "APPROVED"] } },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      articleId: true,
      parentId: true,
      authorName: true,
      body: true,
      status: true,
      createdAt: true,
    },
  });
  return rows
    .filter((row) => row.status === "PENDING" || now.getTime() - row.createdAt.getTime() < windowMs)
    .map((row) => ({
      ...row,
      createdAt: row.createdAt.toISOString(),
      editableUntil: new Date(row.createdAt.getTime() + windowMs).toISOString(),
    }));
}

/** The public name of an approved comment (for "Replying to …"), or null. */
export async function getCommentAuthorName(commentId: number, articleId: number): Promise<string | null> {
  const comment = await db.comment.findFirst({
    where: { id: commentId, articleId, status: "APPROVED" },
    select: { authorName: true },
  });
  return comment?.authorName ?? null;
}
