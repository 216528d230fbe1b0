"use server";
// Moderators' actions on reader comments (/admin/comments). One action per verb, each taking
// `ids` (a checkbox per row or a row's hidden field, repeated or comma-separated), so the same
// action serves one comment or a selection. Each one locks the comments, writes in one
// transaction (the status change, its CommentStatusChange, the spam filter's training and an
// audit entry per comment), then refreshes the affected articles' comments and the queue.
import "server-only";
import { replyTarget } from "@/lib/comments/submit";
import { expireTags, tags } from "@/lib/cache/tags";
import { adminAction, type ActionState, type TypedValues } from "@/lib/actions/admin";
import { recordAudit } from "@/lib/audit/record";
import type { StaffUser } from "@/lib/auth/session";
import { emailHash } from "@/lib/comments/identity";
import { commentBodySchema } from "@/lib/comments/schema";
import { loadDiscussionSettings } from "@/lib/settings/discussion";
import { db } from "@/lib/db";
import { translator } from "@/lib/i18n/messages";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CommentStatus, CommenterStanding } from "@/lib/generated/prisma/enums";
import { retrain, tokensForComment, trainFromDecision, untrain } from "@/lib/spam";
import { queueAkismetFeedback } from "./akismet-feedback";
import { notifyReplyApproved } from "@/lib/notifications/replies";
import { deleteKeepingReplies } from "./delete";
import {
  VERB_DONE,
  batchMessage,
  planStatusChange,
  plural,
  readSpamSignals,
  replySchema,
  returnPath,
  selectedIds,
  selectionSchema,
  STAFF_IP_HASH,
  trainingSteps,
  type Plan,
  type Selection,
  type StatusVerb,
  type Training,
} from "./schema";

type Tx = Prisma.TransactionClient;
// A page of 50 comments, each with a few statements: more than the 5 s default.
const TRANSACTION = { timeout: 30_000, maxWait: 10_000 } as const;

/** Every moderation form answers on the queue view it was posted from. */
const fromQueue = { respondTo: (values: TypedValues) => returnPath(values.returnTo) };

/** A verb applied to the selected comments (one row's button or the bulk bar): one action each. */
function bulkAction(name: string, run: (ids: number[], user: StaffUser) => Promise<ActionState>) {
  return adminAction(name, "moderate", selectionSchema, fromQueue, async (input, { user }) => {
    const ids = selectionOrError(input.ids);
    return Array.isArray(ids) ? run(ids, user) : ids;
  });
}

/** Reader pages show an article's comments under its comments tag (the dashboard is not cached). */
function refresh(articleIds: Iterable<number>): void {
  expireTags([...articleIds].map((articleId) => tags.comments(articleId)));
}

const t = translator("AdminModerationResults");
const NOTHING_SELECTED = t("nothingSelected");

function selectionOrError(selection: Selection): number[] | ActionState {
  const ids = selectedIds(selection);
  if (ids === null) return { status: "error", message: t("invalidSelection") };
  if (ids.length === 0)
    return { status: "error", message: NOTHING_SELECTED, fieldErrors: { ids: NOTHING_SELECTED } };
  return ids;
}

/** Locks the comments (in id order, so concurrent moderators never deadlock) for the transaction. */
async function lockComments(tx: Tx, ids: number[]): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Comment" WHERE id = ANY(${ids}::int[]) ORDER BY id FOR UPDATE`;
}

type Skips = Map<string, number>;
const skip = (skips: Skips, reason: string) => skips.set(reason, (skips.get(reason) ?? 0) + 1);
const GONE = t("skip_gone");

/**
 * The end of a batch: refreshes the articles whose comments changed (one entry per changed
 * comment) and tells the moderator what was done and what was skipped, and why.
 */
function batchDone(articles: number[], done: [string, number][], skips: Skips): ActionState {
  if (articles.length) refresh(articles);
  return { status: articles.length ? "ok" : "error", message: batchMessage(done, skips) };
}

/** Locks the selected comments and loads them in id order; those gone since are counted as skips. */
async function lockSelected<S extends Prisma.CommentSelect>(
  tx: Tx,
  ids: number[],
  select: S,
  skips: Skips,
): Promise<Prisma.CommentGetPayload<{ select: S }>[]> {
  await lockComments(tx, ids);
  const comments = await tx.comment.findMany({ where: { id: { in: ids } }, select, orderBy: { id: "asc" } });
  for (let missing = ids.length - comments.length; missing > 0; missing--) skip(skips, GONE);
  return comments as Prisma.CommentGetPayload<{ select: S }>[];
}

// ——— Status changes: approve, spam, not spam, trash, restore ———

const commentSelect = {
  id: true,
  articleId: true,
  status: true,
  body: true,
  authorName: true,
  authorEmail: true,
  authorUrl: true,
  userAgent: true,
  emailHash: true,
  spamSignals: true,
  reports: { where: { resolvedAt: null }, select: { id: true } },
} as const;

type LockedComment = Prisma.CommentGetPayload<{ select: typeof commentSelect }>;

const AUDIT_VERB: Record<StatusVerb, string> = {
  approve: "approve",
  spam: "spam",
  notSpam: "not-spam",
  trash: "trash",
  restore: "restore",
};
const HISTORY_REASON: Record<StatusVerb, string> = {
  approve: "approved by a moderator",
  spam: "marked as spam by a moderator",
  notSpam: "marked as not spam by a moderator",
  trash: "moved to the trash by a moderator",
  restore: "restored by a moderator",
};

/**
 * The tokens to train on: those scored when the comment was posted (Comment.spamSignals), or,
 * for a comment that never was scored, its tokens now (kept afterwards, so that reversing the
 * decision unlearns exactly those).
 */
async function trainingTokens(tx: Tx, comment: LockedComment): Promise<string[]> {
  const stored = readSpamSignals(comment.spamSignals);
  if (stored?.tokens.length) return stored.tokens;
  const history = await tx.comment.groupBy({
    by: ["status"],
    where: { emailHash: comment.emailHash, id: { not: comment.id } },
    _count: { _all: true },
  });
  const count = (status: CommentStatus) => history.find((group) => group.status === status)?._count._all ?? 0;
  return tokensForComment({
    ...comment,
    elapsedMs: null,
    history: { approved: count("APPROVED"), spam: count("SPAM") },
  });
}

/** Moves the filter's training on this comment from what it was to `target`. */
async function syncTraining(
  tx: Tx,
  comment: LockedComment,
  target: Training,
): Promise<Prisma.InputJsonValue | undefined> {
  const stored = readSpamSignals(comment.spamSignals);
  const current = stored?.trained ?? null;
  const steps = trainingSteps(current, target);
  if (!steps.learn && !steps.unlearn) return undefined;
  const tokens = await trainingTokens(tx, comment);
  if (steps.learn && steps.unlearn) await retrain({ tokens }, steps.unlearn, steps.learn, tx);
  else if (steps.learn) await trainFromDecision({ tokens }, steps.learn, tx);
  else if (steps.unlearn) await untrain({ tokens }, steps.unlearn, tx);
  return { signals: stored?.signals ?? [], tokens, trained: target };
}

/** Applies one planned change to one locked comment: status, training, reports, history, audit. */
async function applyPlan(
  tx: Tx,
  comment: LockedComment,
  plan: Extract<Plan, { kind: "change" }>,
  verb: StatusVerb,
  user: StaffUser,
): Promise<void> {
  const spamSignals =
    plan.training === undefined ? undefined : await syncTraining(tx, comment, plan.training);
  const resolved = plan.resolveReports ? comment.reports.length : 0;
  if (resolved)
    await tx.commentReport.updateMany({
      where: { commentId: comment.id, resolvedAt: null },
      data: { resolvedAt: new Date() },
    });
  const reason =
    comment.status === plan.to
      ? "reports dismissed by a moderator"
      : resolved
        ? `${HISTORY_REASON[verb]}; ${plural(resolved, "report")} resolved`
        : HISTORY_REASON[verb];
  await tx.comment.update({
    where: { id: comment.id },
    data: {
      status: plan.to,
      // Only approved comments are featured.
      ...(plan.to === "APPROVED" ? {} : { featured: false }),
      ...(spamSignals ? { spamSignals } : {}),
      statusChanges: { create: { fromStatus: comment.status, toStatus: plan.to, actorId: user.id, reason } },
    },
  });
  // A reply that readers can now see: its parent's author may have asked to hear of it.
  if (plan.to === "APPROVED" && comment.status !== "APPROVED") await notifyReplyApproved(tx, comment.id);
  await recordAudit(tx, {
    actorId: user.id,
    action: `comment.${AUDIT_VERB[verb]}`,
    targetType: "comment",
    targetId: comment.id,
    details: {
      from: comment.status,
      to: plan.to,
      articleId: comment.articleId,
      ...(spamSignals ? { trained: plan.training ?? null } : {}),
      ...(resolved ? { reportsResolved: resolved } : {}),
    },
  });
  // Akismet learns from the same explicit decisions (a no-op unless the site uses it).
  if ((verb === "spam" || verb === "notSpam") && comment.status !== plan.to)
    await queueAkismetFeedback(tx, { commentId: comment.id, label: verb === "spam" ? "spam" : "ham" });
}

/** The status each comment had before its current one, from the latest change into it. */
async function previousStatuses(
  tx: Tx,
  comments: LockedComment[],
): Promise<Map<number, CommentStatus | null>> {
  const changes = await tx.commentStatusChange.findMany({
    where: { commentId: { in: comments.map((comment) => comment.id) } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { commentId: true, fromStatus: true, toStatus: true },
  });
  const previous = new Map<number, CommentStatus | null>();
  for (const comment of comments) {
    const last = changes.find(
      (change) =>
        change.commentId === comment.id &&
        change.toStatus === comment.status &&
        change.fromStatus !== comment.status,
    );
    previous.set(comment.id, last?.fromStatus ?? null);
  }
  return previous;
}

async function changeStatus(verb: StatusVerb, ids: number[], user: StaffUser): Promise<ActionState> {
  const skips: Skips = new Map();
  let dismissed = 0;
  const articles = await db.$transaction(async (tx) => {
    const comments = await lockSelected(tx, ids, commentSelect, skips);
    const previous =
      verb === "restore" ? await previousStatuses(tx, comments) : new Map<number, CommentStatus | null>();
    const touched: number[] = [];
    for (const comment of comments) {
      const plan = planStatusChange(verb, {
        status: comment.status,
        reported: comment.reports.length > 0,
        previousStatus: previous.get(comment.id) ?? null,
      });
      if (plan.kind === "skip") {
        skip(skips, plan.reason);
        continue;
      }
      await applyPlan(tx, comment, plan, verb, user);
      touched.push(comment.articleId);
      if (plan.to === comment.status) dismissed++;
    }
    return touched;
  }, TRANSACTION);
  return batchDone(
    articles,
    [
      [VERB_DONE[verb], articles.length - dismissed],
      [t("reportsDismissed"), dismissed],
    ],
    skips,
  );
}

export const approveComments = bulkAction("moderation.approve", (ids, user) =>
  changeStatus("approve", ids, user),
);

export const spamComments = bulkAction("moderation.spam", (ids, user) => changeStatus("spam", ids, user));

export const notSpamComments = bulkAction("moderation.notSpam", (ids, user) =>
  changeStatus("notSpam", ids, user),
);

export const trashComments = bulkAction("moderation.trash", (ids, user) => changeStatus("trash", ids, user));

export const restoreComments = bulkAction("moderation.restore", (ids, user) =>
  changeStatus("restore", ids, user),
);

// ——— Delete forever (from the trash only) ———

export const deleteComments = bulkAction("moderation.delete", async (ids, user) => {
  const skips: Skips = new Map();
  const articles = await db.$transaction(async (tx) => {
    const comments = await lockSelected(
      tx,
      ids,
      {
        id: true,
        articleId: true,
        status: true,
        authorName: true,
        emailHash: true,
        createdAt: true,
      },
      skips,
    );
    const touched: number[] = [];
    for (const comment of comments) {
      if (comment.status !== "TRASH") {
        skip(skips, t("skip_onlyTrash"));
        continue;
      }
      // The comment and its history go; the audit entry keeps who deleted what.
      await recordAudit(tx, {
        actorId: user.id,
        action: "comment.delete",
        targetType: "comment",
        targetId: comment.id,
        details: {
          from: "TRASH",
          articleId: comment.articleId,
          authorName: comment.authorName,
          emailHash: comment.emailHash,
          createdAt: comment.createdAt.toISOString(),
        },
      });
      await deleteKeepingReplies(tx, comment.id);
      touched.push(comment.articleId);
    }
    return touched;
  }, TRANSACTION);
  return batchDone(articles, [[t("deletedForever"), articles.length]], skips);
});

// ——— Feature / unfeature (approved comments only) ———

async function setFeatured(featured: boolean, ids: number[], user: StaffUser): Promise<ActionState> {
  const skips: Skips = new Map();
  const articles = await db.$transaction(async (tx) => {
    const comments = await lockSelected(
      tx,
      ids,
      { id: true, articleId: true, status: true, featured: true },
      skips,
    );
    const touched: number[] = [];
    for (const comment of comments) {
      if (comment.status !== "APPROVED") skip(skips, t("skip_onlyApproved"));
      else if (comment.featured === featured)
        skip(skips, featured ? t("skip_alreadyFeatured") : t("skip_notFeatured"));
      else {
        const reason = featured ? "featured by a moderator" : "no longer featured";
        await tx.comment.update({
          where: { id: comment.id },
          data: {
            featured,
            statusChanges: {
              create: { fromStatus: "APPROVED", toStatus: "APPROVED", actorId: user.id, reason },
            },
          },
        });
        await recordAudit(tx, {
          actorId: user.id,
          action: featured ? "comment.feature" : "comment.unfeature",
          targetType: "comment",
          targetId: comment.id,
          details: { articleId: comment.articleId },
        });
        touched.push(comment.articleId);
      }
    }
    return touched;
  }, TRANSACTION);
  return batchDone(articles, [[featured ? t("featured") : t("unfeatured"), articles.length]], skips);
}

export const featureComments = bulkAction("moderation.feature", (ids, user) => setFeatured(true, ids, user));

export const unfeatureComments = bulkAction("moderation.unfeature", (ids, user) =>
  setFeatured(false, ids, user),
);

// ——— The authors: ban, pre-moderate, back to normal ———

const STANDING_AUDIT: Record<CommenterStanding, string> = {
  BANNED: "commenter.ban",
  PREMODERATED: "commenter.premoderate",
  NORMAL: "commenter.reset",
};
const STANDING_DONE: Record<CommenterStanding, string> = {
  BANNED: t("standing_BANNED"),
  PREMODERATED: t("standing_PREMODERATED"),
  NORMAL: t("standing_NORMAL"),
};

/** Sets the standing of the authors of the selected comments (known by their email hash). */
async function setStanding(
  standing: CommenterStanding,
  ids: number[],
  user: StaffUser,
): Promise<ActionState> {
  const comments = await db.comment.findMany({
    where: { id: { in: ids } },
    select: { id: true, articleId: true, emailHash: true, staffAuthorId: true },
  });
  const skips: Skips = new Map();
  for (let missing = ids.length - comments.length; missing > 0; missing--) skip(skips, t("skip_authorGone"));
  const authors = new Map<string, number[]>();
  for (const comment of comments) {
    if (comment.staffAuthorId !== null) skip(skips, t("skip_staff"));
    else authors.set(comment.emailHash, [...(authors.get(comment.emailHash) ?? []), comment.id]);
  }
  const changed = await db.$transaction(async (tx) => {
    const before = await tx.commenter.findMany({
      where: { emailHash: { in: [...authors.keys()] } },
      select: { emailHash: true, standing: true },
    });
    let count = 0;
    for (const [hash, commentIds] of authors) {
      const from = before.find((commenter) => commenter.emailHash === hash)?.standing ?? "NORMAL";
      if (from === standing) {
        skip(skips, t(`skip_already_${standing}`));
        continue;
      }
      await tx.commenter.upsert({
        where: { emailHash: hash },
        create: { emailHash: hash, standing, changedById: user.id },
        update: { standing, changedById: user.id },
      });
      await recordAudit(tx, {
        actorId: user.id,
        action: STANDING_AUDIT[standing],
        targetType: "commenter",
        targetId: hash,
        details: { from, to: standing, commentIds },
      });
      count++;
    }
    return count;
  }, TRANSACTION);
  if (changed) refresh(comments.map((comment) => comment.articleId));
  return {
    status: changed ? "ok" : "error",
    message: batchMessage([[STANDING_DONE[standing], changed]], skips, "author"),
  };
}

export const banAuthors = bulkAction("moderation.ban", (ids, user) => setStanding("BANNED", ids, user));

export const premoderateAuthors = bulkAction("moderation.premoderate", (ids, user) =>
  setStanding("PREMODERATED", ids, user),
);

export const resetAuthors = bulkAction("moderation.resetStanding", (ids, user) =>
  setStanding("NORMAL", ids, user),
);

// ——— Reply as staff ———

/**
 * A staff reply: published at once, under the staff member's name, threaded like a reader's
 * reply. Replying to a pending comment approves it (the reply would otherwise answer nothing).
 */
async function replyAsStaff(
  input: { ids?: Selection; body?: string },
  values: TypedValues,
  user: StaffUser,
): Promise<ActionState> {
  const ids = selectionOrError(input.ids);
  if (!Array.isArray(ids)) return { ...ids, values };
  if (ids.length !== 1) return { status: "error", message: t("replyOne"), values };
  const body = commentBodySchema.safeParse(input.body ?? "");
  if (!body.success) {
    const message = body.error.issues[0]?.message ?? t("replyEmpty");
    return { status: "error", message, fieldErrors: { body: message }, values };
  }
  const settings = await loadDiscussionSettings();
  const outcome = await db.$transaction(async (tx) => {
    await lockComments(tx, ids);
    const target = await tx.comment.findUnique({ where: { id: ids[0] }, select: commentSelect });
    if (!target) return { error: t("replyGone") } as const;
    if (target.status === "SPAM" || target.status === "TRASH")
      return { error: t("replyRestoreFirst") } as const;
    const approved = target.status === "PENDING";
    if (approved) {
      const plan = planStatusChange("approve", {
        status: target.status,
        reported: target.reports.length > 0,
        previousStatus: null,
      });
      if (plan.kind === "change") await applyPlan(tx, target, plan, "approve", user);
    }
    // The same rule as readers' replies: past the thread depth, beside the target.
    const attachTo = await replyTarget(target.id, target.articleId, settings.threadDepth, tx);
    if (!attachTo) return { error: t("replyGone") } as const;
    const reply = await tx.comment.create({
      data: {
        articleId: target.articleId,
        parentId: attachTo.id,
        threadId: attachTo.threadId ?? attachTo.id,
        depth: attachTo.depth + 1,
        authorName: user.name,
        authorEmail: user.email,
        emailHash: emailHash(user.email),
        body: body.data,
        status: "APPROVED",
        reasons: ["reply by staff"],
        ipHash: STAFF_IP_HASH,
        staffAuthorId: user.id,
        statusChanges: { create: { toStatus: "APPROVED", actorId: user.id, reason: "reply by staff" } },
      },
      select: { id: true },
    });
    await notifyReplyApproved(tx, reply.id);
    await recordAudit(tx, {
      actorId: user.id,
      action: "comment.reply",
      targetType: "comment",
      targetId: reply.id,
      details: { articleId: target.articleId, inReplyTo: target.id, parentId: attachTo.id },
    });
    return { reply, approved, articleId: target.articleId };
  }, TRANSACTION);
  if ("error" in outcome) return { status: "error", message: outcome.error, values };
  refresh([outcome.articleId]);
  return {
    status: "ok",
    message: outcome.approved ? t("replyApproved") : t("replyPublished"),
  };
}

export const replyToComment = adminAction(
  "moderation.reply",
  "moderate",
  replySchema,
  fromQueue,
  async (input, { user, values }) => replyAsStaff(input, values, user),
);
