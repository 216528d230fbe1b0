// Posting a comment, without the HTTP parts (the server action in actions.ts adds those):
// resolve the reply target, gather what the moderation pipeline looks at, run it, and store
// the comment with its first status change, or refuse it with a message.
import { classifyComment } from "@/lib/spam";
import { db } from "@/lib/db";
import { isVisible } from "@/lib/articles/visibility";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CommentStatus } from "@/lib/generated/prisma/enums";
import { moderate } from "@/lib/moderation/pipeline";
import type { ModerationContext, Refusal } from "@/lib/moderation/types";
import { emailHash } from "./identity";
import type { CommentInput } from "./schema";
import { loadDiscussionSettings } from "./settings";

export type SubmitRequest = {
  ip: string;
  ipHash: string;
  userAgent: string | null;
  /** Milliseconds between the form being shown and submitted; null when unknown. */
  elapsedMs: number | null;
  /** The comments this browser posted (its signed cookie). */
  ownCommentIds: number[];
  now: Date;
};

export type CreatedComment = {
  id: number;
  articleId: number;
  status: CommentStatus;
  authorName: string;
  body: string;
  createdAt: Date;
};

export type SubmitOutcome =
  { kind: "refused"; refusal: Refusal } | { kind: "created"; comment: CreatedComment };

type Input = Omit<CommentInput, "remember" | "elapsedMs">;

export async function submitComment(input: Input, request: SubmitRequest): Promise<SubmitOutcome> {
  const [article, settings] = await Promise.all([
    db.article.findUnique({
      where: { id: input.articleId },
      select: { id: true, status: true, publishedAt: true, commentsOpen: true, commentsCloseAt: true },
    }),
    loadDiscussionSettings(),
  ]);
  if (!article || !isVisible(article, request.now))
    return { kind: "refused", refusal: { message: "This article is not available for comments." } };

  const parent = input.parentId ? await replyTarget(input.parentId, article.id, settings.threadDepth) : null;
  if (input.parentId && !parent)
    return {
      kind: "refused",
      refusal: { message: "The comment you are replying to is no longer available." },
    };

  const hash = emailHash(input.authorEmail);
  const [approved, spam, commenter, last, duplicate] = await Promise.all([
    // Approved history counts only when this browser posted it: otherwise anyone could type
    // someone's email and learn from an instant approval that they had commented before.
    db.comment.count({ where: { emailHash: hash, status: "APPROVED", id: { in: request.ownCommentIds } } }),
    db.comment.count({ where: { emailHash: hash, status: "SPAM" } }),
    db.commenter.findUnique({ where: { emailHash: hash }, select: { standing: true } }),
    db.comment.findFirst({
      where: { OR: [{ ipHash: request.ipHash }, { emailHash: hash }] },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true },
    }),
    db.comment.findFirst({ where: { articleId: article.id, body: input.body }, select: { id: true } }),
  ]);
  const spamVerdict = await classifyComment({
    body: input.body,
    authorName: input.authorName,
    authorEmail: input.authorEmail,
    authorUrl: input.authorUrl,
    userAgent: request.userAgent,
    elapsedMs: request.elapsedMs,
    history: { approved, spam },
  }).catch(() => null); // the filter failing must never lose a comment: the pipeline holds it instead

  const context: ModerationContext = {
    comment: {
      ...input,
      ip: request.ip,
      userAgent: request.userAgent,
      honeypot: input.company,
      elapsedMs: request.elapsedMs,
    },
    article,
    author: { approved, spam, standing: commenter?.standing ?? "NORMAL" },
    recent: { lastCommentAt: last?.createdAt ?? null, duplicate: Boolean(duplicate) },
    spam: spamVerdict && { score: spamVerdict.score, signals: spamVerdict.signals },
    settings,
    now: request.now,
  };
  const outcome = moderate(context);
  if (outcome.kind === "refused") return { kind: "refused", refusal: outcome.refusal };

  const comment = await db.$transaction(async (tx) => {
    const created = await tx.comment.create({
      data: {
        articleId: article.id,
        parentId: parent?.id ?? null,
        threadId: parent?.threadId ?? null,
        depth: parent ? parent.depth + 1 : 0,
        authorName: input.authorName,
        authorEmail: input.authorEmail,
        emailHash: hash,
        authorUrl: input.authorUrl,
        body: input.body,
        status: outcome.status,
        reasons: outcome.reasons,
        spamScore: spamVerdict?.score ?? null,
        spamSignals: spamVerdict ? { signals: spamVerdict.signals, tokens: spamVerdict.tokens } : undefined,
        ipHash: request.ipHash,
        userAgent: request.userAgent?.slice(0, 500) ?? null,
        createdAt: request.now,
        statusChanges: {
          create: { toStatus: outcome.status, reason: outcome.reasons.join("; "), createdAt: request.now },
        },
      },
      select: {
        id: true,
        articleId: true,
        status: true,
        authorName: true,
        body: true,
        createdAt: true,
        threadId: true,
      },
    });
    if (created.threadId === null)
      await tx.comment.update({ where: { id: created.id }, data: { threadId: created.id } });
    return created;
  });
  return { kind: "created", comment };
}

/**
 * The comment a reply attaches to: an approved comment of the same article. Past the thread
 * depth, a reply attaches beside its target, to the nearest approved ancestor that may still
 * have replies.
 */
export async function replyTarget(
  parentId: number,
  articleId: number,
  threadDepth: number,
  client: Pick<Prisma.TransactionClient, "comment"> = db,
) {
  const select = {
    id: true,
    articleId: true,
    status: true,
    depth: true,
    threadId: true,
    parentId: true,
  } as const;
  let target = await client.comment.findUnique({ where: { id: parentId }, select });
  if (!target || target.articleId !== articleId || target.status !== "APPROVED") return null;
  while (target && (target.depth >= threadDepth - 1 || target.status !== "APPROVED") && target.parentId) {
    target = await client.comment.findUnique({ where: { id: target.parentId }, select });
  }
  return target?.status === "APPROVED" ? target : null;
}
