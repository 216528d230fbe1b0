// Posting a comment, without the HTTP parts (the server action in actions.ts adds those):
// moderate it (lib/moderation/moderate.ts), resolve the reply target, and store the comment
// with its first status change, or refuse it with a message.
import "server-only";
import { db } from "@/lib/db";
import { translator } from "@/lib/i18n/messages";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CommentStatus } from "@/lib/generated/prisma/enums";
import { moderate } from "@/lib/moderation/moderate";
import { notifyReplyApproved, subscribeToReplies } from "@/lib/notifications/replies";
import type { Refusal } from "@/lib/moderation/types";
import { emailHash } from "./identity";
import { idempotencyKeys } from "./idempotency";
import type { CommentInput } from "./schema";

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

type Input = Omit<CommentInput, "remember" | "elapsedMs" | "notify"> & { notify?: boolean };

const CREATED_SELECT = {
  id: true,
  articleId: true,
  status: true,
  authorName: true,
  body: true,
  createdAt: true,
  threadId: true,
} as const;

/**
 * Stores a new comment once: the same post again (a retry after a lost connection, a reader
 * sending the form again) answers with the comment already stored (lib/comments/idempotency.ts).
 */
export async function submitComment(input: Input, request: SubmitRequest): Promise<SubmitOutcome> {
  const keys = idempotencyKeys(
    {
      articleId: input.articleId,
      emailHash: emailHash(input.authorEmail),
      parentId: input.parentId,
      body: input.body,
    },
    request.now,
  );
  const already = await db.comment.findFirst({
    where: { idempotencyKey: { in: keys.recent } },
    select: CREATED_SELECT,
  });
  if (already) return { kind: "created", comment: already };

  const outcome = await moderate({
    action: "NEW",
    articleId: input.articleId,
    comment: {
      body: input.body,
      authorName: input.authorName,
      authorEmail: input.authorEmail,
      authorUrl: input.authorUrl,
    },
    honeypot: input.company,
    elapsedMs: request.elapsedMs,
    browser: request,
    now: request.now,
  });
  if (outcome.kind === "refused") return { kind: "refused", refusal: outcome.refusal };
  const { article, spam: spamVerdict } = outcome;

  const parent = input.parentId ? await replyTarget(input.parentId, article.id, outcome.threadDepth) : null;
  if (input.parentId && !parent)
    return {
      kind: "refused",
      refusal: { message: translator("CommentErrors")("parentGone") },
    };
  const hash = outcome.emailHash;

  const store = () =>
    db.$transaction(async (tx) => {
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
          idempotencyKey: keys.key,
          createdAt: request.now,
          statusChanges: {
            create: { toStatus: outcome.status, reason: outcome.reasons.join("; "), createdAt: request.now },
          },
        },
        select: CREATED_SELECT,
      });
      if (created.threadId === null)
        await tx.comment.update({ where: { id: created.id }, data: { threadId: created.id } });
      if (input.notify)
        await subscribeToReplies(
          tx,
          { id: created.id, threadId: created.threadId ?? created.id, authorEmail: input.authorEmail },
          request.now,
        );
      if (created.status === "APPROVED" && parent) await notifyReplyApproved(tx, created.id);
      return created;
    });
  try {
    return { kind: "created", comment: await store() };
  } catch (error) {
    // The same post, stored by a concurrent or earlier attempt that this one did not see.
    if ((error as { code?: string }).code !== "P2002") throw error;
    const stored = await db.comment.findUnique({
      where: { idempotencyKey: keys.key },
      select: CREATED_SELECT,
    });
    if (!stored) throw error;
    return { kind: "created", comment: stored };
  }
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
