// DSA notice and action. A reader's notice of illegal content about a visible comment is
// stored (and its receipt confirmed to the notifier by mail when they gave an address); a
// moderator decides REMOVE (to the trash), RESTRICT (held: hidden from readers) or KEEP, and
// the decision's statement of reasons (facts, ground, automated means, redress) is stored with
// the notice, recorded in the comment's history and the audit log, and mailed to the notifier
// and to the comment's author. /transparency publishes monthly counts.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { emailHash } from "@/lib/comments/identity";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { absolute } from "@/lib/mail/links";
import { queueMail } from "@/lib/mail/outbox";
import type { Decision, NoticeInput } from "./schema";

export type StatementOfReasons = {
  decision: Decision;
  /** What was done, in words. */
  restriction: string;
  facts: string;
  ground: string;
  automatedDetection: boolean;
  automatedDecision: boolean;
  redress: string;
  decidedAt: string;
};

const RESTRICTION: Record<Decision, string> = {
  REMOVE: "The comment was removed from the site.",
  RESTRICT: "The comment was hidden from readers pending further review.",
  KEEP: "No action was taken: the comment stays visible.",
};

const REDRESS =
  "You may contest this decision by replying to this email (our internal complaint handling, free of charge), " +
  "refer it to a certified out-of-court dispute settlement body (art. 21 of the Digital Services Act), " +
  "or bring it before a court.";

export async function submitNotice(
  input: NoticeInput,
  ipHash: string,
): Promise<{ ok: boolean; message: string }> {
  const comment = await db.comment.findUnique({
    where: { id: input.commentId },
    select: { id: true, status: true },
  });
  if (!comment || comment.status !== "APPROVED")
    return { ok: false, message: "This comment is no longer available." };
  await db.$transaction(async (tx) => {
    const notice = await tx.dsaNotice.create({
      data: {
        commentId: comment.id,
        legalGround: input.legalGround,
        explanation: input.explanation,
        notifierName: input.notifierName,
        notifierEmail: input.notifierEmail,
        notifierHash: input.notifierEmail ? emailHash(input.notifierEmail) : null,
        ipHash,
      },
      select: { id: true },
    });
    if (input.notifierEmail)
      await queueMail(tx, {
        key: `dsa:${notice.id}:received`,
        kind: "dsa-received",
        to: input.notifierEmail,
        subject: `We received your notice about a comment (no. ${notice.id})`,
        text: [
          `We received your notice of illegal content about ${absolute(`/comment/${comment.id}`)}.`,
          `Legal ground given: ${input.legalGround}`,
          "A moderator will review it and you will receive the decision and its reasons by email.",
        ].join("\n\n"),
      });
  });
  return {
    ok: true,
    message: "Thank you. Your notice was received; a moderator will review the comment.",
  };
}

export type DecideResult = { ok: true; articleId: number | null } | { ok: false; message: string };

export async function decideNotice(
  input: { noticeId: number; decision: Decision; facts: string },
  actorId: number,
  now = new Date(),
): Promise<DecideResult> {
  return db.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT id FROM "DsaNotice" WHERE id = ${input.noticeId} FOR UPDATE`;
      const notice = await tx.dsaNotice.findUnique({
        where: { id: input.noticeId },
        include: {
          comment: {
            select: {
              id: true,
              articleId: true,
              status: true,
              authorEmail: true,
              staffAuthorId: true,
              body: true,
            },
          },
        },
      });
      if (!notice) return { ok: false, message: "This notice no longer exists." };
      if (notice.decidedAt) return { ok: false, message: "This notice was already decided." };
      const statement: StatementOfReasons = {
        decision: input.decision,
        restriction: RESTRICTION[input.decision],
        facts: input.facts,
        ground:
          input.decision === "KEEP"
            ? `The comment was not found to be illegal under the ground given (${notice.legalGround}).`
            : `Illegal content: ${notice.legalGround}.`,
        automatedDetection: false,
        automatedDecision: false,
        redress: REDRESS,
        decidedAt: now.toISOString(),
      };
      const comment = notice.comment;
      const to = input.decision === "REMOVE" ? "TRASH" : input.decision === "RESTRICT" ? "PENDING" : null;
      if (comment && to && comment.status !== to) {
        await tx.comment.update({
          where: { id: comment.id },
          data: {
            status: to,
            featured: false,
            statusChanges: {
              create: {
                fromStatus: comment.status,
                toStatus: to,
                actorId,
                reason: `DSA notice ${notice.id}: ${RESTRICTION[input.decision]}`,
              },
            },
          },
        });
      } else if (comment) {
        await tx.commentStatusChange.create({
          data: {
            commentId: comment.id,
            fromStatus: comment.status,
            toStatus: comment.status,
            actorId,
            reason: `DSA notice ${notice.id}: ${RESTRICTION[input.decision]}`,
          },
        });
      }
      await tx.dsaNotice.update({
        where: { id: notice.id },
        data: {
          decision: input.decision,
          decidedAt: now,
          decidedById: actorId,
          statement: statement as unknown as Prisma.InputJsonValue,
        },
      });
      await recordAudit(tx, {
        actorId,
        action: "dsa.decide",
        targetType: "comment",
        targetId: comment?.id ?? null,
        details: { notice: notice.id, decision: input.decision },
      });
      const text = (who: "notifier" | "author") =>
        [
          who === "notifier"
            ? `Our decision on your notice no. ${notice.id} about a comment on ${env().SITE_NAME}:`
            : `A notice of illegal content was made about your comment on ${env().SITE_NAME}. Our decision:`,
          `Decision: ${statement.restriction}`,
          `Facts and circumstances: ${statement.facts}`,
          `Ground: ${statement.ground}`,
          "Automated means: none were used to detect the content or to take this decision.",
          `Redress: ${statement.redress}`,
          ...(who === "author" && comment ? [`Your comment:\n${comment.body.slice(0, 1000)}`] : []),
        ].join("\n\n");
      if (notice.notifierEmail)
        await queueMail(tx, {
          key: `dsa:${notice.id}:notifier`,
          kind: "dsa-decision",
          to: notice.notifierEmail,
          subject: `Decision on your notice no. ${notice.id}`,
          text: text("notifier"),
        });
      if (comment && comment.authorEmail && comment.staffAuthorId === null)
        await queueMail(tx, {
          key: `dsa:${notice.id}:author`,
          kind: "dsa-decision",
          to: comment.authorEmail,
          subject: `A decision about your comment (notice no. ${notice.id})`,
          text: text("author"),
        });
      return { ok: true, articleId: comment?.articleId ?? null };
    },
    { timeout: 30_000, maxWait: 10_000 },
  );
}

/** The open notices, oldest first (the moderators' DSA tab), and the latest decided ones. */
export async function getNotices() {
  const select = {
    id: true,
    legalGround: true,
    explanation: true,
    notifierName: true,
    notifierEmail: true,
    createdAt: true,
    decision: true,
    decidedAt: true,
    statement: true,
    decidedBy: { select: { name: true } },
    comment: {
      select: { id: true, body: true, authorName: true, status: true, article: { select: { title: true } } },
    },
  } as const;
  const [open, decided] = await Promise.all([
    db.dsaNotice.findMany({ where: { decidedAt: null }, orderBy: { createdAt: "asc" }, take: 100, select }),
    db.dsaNotice.findMany({
      where: { decidedAt: { not: null } },
      orderBy: { decidedAt: "desc" },
      take: 50,
      select,
    }),
  ]);
  return { open, decided };
}

export const countOpenNotices = () => db.dsaNotice.count({ where: { decidedAt: null } });

export type TransparencyMonth = {
  month: string;
  notices: number;
  removed: number;
  restricted: number;
  kept: number;
  /** Median hours from notice to decision, among the month's decided notices. */
  medianHours: number | null;
};

/** Counts per month of the notices received (by the month they arrived), newest first. */
export async function transparencyMonths(): Promise<TransparencyMonth[]> {
  const rows = await db.$queryRaw<
    {
      month: string;
      notices: number;
      removed: number;
      restricted: number;
      kept: number;
      median_hours: number | null;
    }[]
  >`
    SELECT to_char(date_trunc('month', "createdAt"), 'YYYY-MM') AS month,
           count(*)::int AS notices,
           count(*) FILTER (WHERE decision = 'REMOVE')::int AS removed,
           count(*) FILTER (WHERE decision = 'RESTRICT')::int AS restricted,
           count(*) FILTER (WHERE decision = 'KEEP')::int AS kept,
           (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM "decidedAt" - "createdAt") / 3600)
             FILTER (WHERE "decidedAt" IS NOT NULL))::float8 AS median_hours
    FROM "DsaNotice"
    GROUP BY 1 ORDER BY 1 DESC`;
  return rows.map((row) => ({
    month: row.month,
    notices: row.notices,
    removed: row.removed,
    restricted: row.restricted,
    kept: row.kept,
    medianHours: row.median_hours === null ? null : Math.round(row.median_hours * 10) / 10,
  }));
}
