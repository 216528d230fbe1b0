// Reader-side comment reads, cached under `comments:<articleId>` (and `settings`). Only public
// fields are selected: a commenter's email or IP hash never leaves the database here.
import "server-only";
import { tagCache, tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { expireCacheAt } from "@/lib/articles/freshness";
import { commentsClosedAt } from "@/lib/moderation/closing";
import { commentPagePath } from "./permalinks";
import { getDiscussionSettings } from "@/lib/settings/discussion";

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

type Row = Prisma.CommentGetPayload<{ select: typeof publicSelect }>;

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
  /** The page the article's own URL shows: 1, or the newest page when newest comes first. */
  defaultPage: number;
  newestFirst: boolean;
  threadDepth: number;
  closed: boolean;
};

/*
 * What a comment page's URL names. Every top-level comment gets a thread number when it is
 * posted (1, 2, 3… per article, never reused; Comment.threadNumber), and page N is the threads
 * numbered (N-1)·perPage+1 … N·perPage that readers may see. Pages are anchored at the oldest
 * end, so a new comment only ever lands on the last page: page N keeps naming the same threads,
 * a cached page stays right (a held or removed thread leaves its page one thread shorter, it
 * does not shift the pages after it), and a permalink's page is arithmetic. Each page is one
 * range scan on (articleId, threadNumber, status), as fast deep in a 50,000-comment article as
 * on page 1. Newest-first only reverses the order on a page and makes the article's own URL
 * show the newest page.
 */

/** The highest thread number readers can see on an article (0 when none). */
async function lastVisibleThreadNumber(articleId: number): Promise<number> {
  const last = await db.comment.findFirst({
    where: { articleId, status: "APPROVED", threadNumber: { not: null } },
    orderBy: { threadNumber: "desc" },
    select: { threadNumber: true },
  });
  return last?.threadNumber ?? 0;
}

/** Approved comments on the article, from the trigger-kept counters (no scan of its comments). */
async function approvedCommentCount(articleId: number): Promise<number> {
  const counted = await db.articleCommentCount.aggregate({
    where: { articleId, status: "APPROVED" },
    _sum: { count: true },
  });
  return counted._sum.count ?? 0;
}

const pageCountFor = (lastThread: number, perPage: number) => Math.max(1, Math.ceil(lastThread / perPage));

/**
 * Approved comments of one page of threads (null when the page does not exist); without a page,
 * the page the article's own URL shows.
 */
export async function getCommentSection(articleId: number, page?: number): Promise<CommentSection | null> {
  "use cache";
  tagCache(tags.comments(articleId), tags.settings);
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
  const [approvedCount, lastThread, featuredRows] = await Promise.all([
    approvedCommentCount(articleId),
    lastVisibleThreadNumber(articleId),
    db.comment.findMany({
      where: { ...approved, featured: true },
      orderBy: { createdAt: "desc" },
      take: 5,
      select: publicSelect,
    }),
  ]);
  const perPage = settings.threadsPerPage;
  const pageCount = pageCountFor(lastThread, perPage);
  const defaultPage = settings.newestFirst ? pageCount : 1;
  const shown = page ?? defaultPage;
  if (!Number.isInteger(shown) || shown < 1 || shown > pageCount) return null;
  const order = settings.newestFirst ? ("desc" as const) : ("asc" as const);
  const topLevel = await db.comment.findMany({
    where: { ...approved, threadNumber: { gte: (shown - 1) * perPage + 1, lte: shown * perPage } },
    orderBy: [{ threadNumber: order }, { id: order }],
    // At most perPage threads carry these numbers. Saying so keeps the plan one ordered range of
    // (articleId, threadNumber, status): the planner guesses thousands of rows for low numbers
    // (every article has a thread 1) and would otherwise start parallel workers to sort them.
    take: perPage,
    select: publicSelect,
  });
  const replies = topLevel.length
    ? await db.comment.findMany({
        where: {
          ...approved,
          parentId: { not: null },
          threadId: { in: topLevel.map((comment) => comment.id) },
        },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { ...publicSelect, threadId: true },
      })
    : [];
  return {
    articleId,
    approvedCount,
    threads: buildThreads(
      topLevel.map(toPublic),
      replies.map((reply) => ({ ...toPublic(reply), threadId: reply.threadId })),
    ),
    featured: featuredRows.map(toPublic),
    page: shown,
    pageCount,
    defaultPage,
    newestFirst: settings.newestFirst,
    threadDepth: settings.threadDepth,
    closed: closesAt !== null && closesAt <= now,
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

/**
 * The page of the article's comments a comment is on: its thread's number divided by the page
 * size (no counting), and that page's address (the article's own URL for its default page).
 */
export async function locateComment(
  commentId: number,
): Promise<{ articleHref: string; page: number; path: string } | null> {
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
    db.comment.findUnique({ where: { id: comment.threadId }, select: { threadNumber: true } }),
    getDiscussionSettings(),
  ]);
  if (!thread?.threadNumber) return null;
  const page = Math.ceil(thread.threadNumber / settings.threadsPerPage);
  const defaultPage = settings.newestFirst
    ? pageCountFor(await lastVisibleThreadNumber(comment.articleId), settings.threadsPerPage)
    : 1;
  const articleHref = `/${comment.article.section.slug}/${comment.article.slug}`;
  return { articleHref, page, path: commentPagePath(articleHref, page, defaultPage) };
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
  /** Still inside the edit window at the time of the read. */
  editable: boolean;
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
      editable: now.getTime() - row.createdAt.getTime() < windowMs,
    }));
}

/** Whether any of these comments (any article) is still held or editable: the hint cookie's reason to stay. */
export async function hasOwnCommentsToShow(ids: number[], now: Date): Promise<boolean> {
  if (ids.length === 0) return false;
  const settings = await getDiscussionSettings();
  const editableSince = new Date(now.getTime() - settings.editWindowMinutes * 60_000);
  const found = await db.comment.findFirst({
    where: {
      id: { in: ids },
      OR: [{ status: "PENDING" }, { status: "APPROVED", createdAt: { gt: editableSince } }],
    },
    select: { id: true },
  });
  return found !== null;
}

/** The article of an approved comment (for its reply and report pages), or null. */
export async function getApprovedCommentArticleId(commentId: number): Promise<number | null> {
  const comment = await db.comment.findFirst({
    where: { id: commentId, status: "APPROVED" },
    select: { articleId: true },
  });
  return comment?.articleId ?? null;
}

/** The public name of an approved comment (for "Replying to …"), or null. */
export async function getCommentAuthorName(commentId: number, articleId: number): Promise<string | null> {
  const comment = await db.comment.findFirst({
    where: { id: commentId, articleId, status: "APPROVED" },
    select: { authorName: true },
  });
  return comment?.authorName ?? null;
}
