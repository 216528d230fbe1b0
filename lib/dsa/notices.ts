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
import { translator } from "@/lib/i18n/messages";
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

// The statement of reasons and the mails are in the build's language (namespace DsaMail); the
// comment's status history keeps English reasons, like every other stored history entry.
const RESTRICTION: Record<Decision, string> = {
  REMOVE: "The comment was removed from the site.",
  RESTRICT: "The comment was hidden from readers pending further review.",
  KEEP: "No action was taken: the comment stays visible.",
};

export async function submitNotice(
  input: NoticeInput,
  ipHash: string,
): Promise<{ ok: boolean; message: string }> {
  const comment = await db.comment.findUnique({
    where: { id: input.commentId },
    select: { id: true, status: true },
  });
  if (!comment || comment.status !== "APPROVED")
    return { ok: false, message: translator("CommentErrors")("commentGone") };
  const t = translator("DsaMail");
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
        subject: t("receivedSubject", { id: notice.id }),
        text: [
          t("receivedIntro", { url: absolute(`/comment/${comment.id}`) }),
          t("receivedGround", { ground: input.legalGround }),
          t("receivedNext"),
        ].join("\n\n"),
      });
  });
  return {
    ok: true,
    message: translator("DsaErrors")("received"),
  };
}

export type DecideResult = { ok: true; articleId: number | null } | { ok: false; message: string };

export async function decideNotice(
  input: { noticeId: number; decision: Decision; facts: string },
  actorId: number,
  now = new Date(),
): Promise<DecideResult> {
  const t = translator("DsaMail");
  const errors = translator("DsaErrors");
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
      if (!notice) return { ok: false, message: errors("noticeGone") };
      if (notice.decidedAt) return { ok: false, message: errors("alreadyDecided") };
      const statement: StatementOfReasons = {
        decision: input.decision,
        restriction: t(`restriction_${input.decision}`),
        facts: input.facts,
        ground: t(input.decision === "KEEP" ? "groundKeep" : "groundIllegal", { ground: notice.legalGround }),
        automatedDetection: false,
        automatedDecision: false,
        redress: t("redress"),
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
          t(who === "notifier" ? "notifierIntro" : "authorIntro", { id: notice.id, site: env().SITE_NAME }),
          t("decision", { text: statement.restriction }),
          t("facts", { text: statement.facts }),
          t("ground", { text: statement.ground }),
          t("automated"),
          t("redressLine", { text: statement.redress }),
          ...(who === "author" && comment ? [`${t("yourComment")}\n${comment.body.slice(0, 1000)}`] : []),
        ].join("\n\n");
      if (notice.notifierEmail)
        await queueMail(tx, {
          key: `dsa:${notice.id}:notifier`,
          kind: "dsa-decision",
          to: notice.notifierEmail,
          subject: t("notifierSubject", { id: notice.id }),
          text: text("notifier"),
        });
      if (comment && comment.authorEmail && comment.staffAuthorId === null)
        await queueMail(tx, {
          key: `dsa:${notice.id}:author`,
          kind: "dsa-decision",
          to: comment.authorEmail,
          subject: t("authorSubject", { id: notice.id }),
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
