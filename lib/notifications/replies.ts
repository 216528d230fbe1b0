// Reply notifications with double opt-in. Ticking "Email me when someone replies" stores a
// subscription on the new comment; the first time an address asks (or again 30 days after it
// unsubscribed from everything), it gets a confirmation link instead, at most one a day. Only a
// confirmed address is ever notified, when a reply to its comment becomes APPROVED (at posting,
// by a moderator, or as a staff reply), with a link to the reply and the replier's name only.
// Everything here runs inside the transaction of the change, so the mail is queued exactly
// when the change commits (lib/mail/outbox.ts).
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { emailHash } from "@/lib/comments/identity";
import { env } from "@/lib/env";
import { translator } from "@/lib/i18n/messages";
import { absolute, linkToken, pageLink, readLinkToken } from "@/lib/mail/links";
import { queueMail } from "@/lib/mail/outbox";
import { db } from "@/lib/db";

type Tx = Prisma.TransactionClient;

const DAY = 86_400_000;
/** How long a confirmation link works. */
export const CONFIRM_DAYS = 7;
/** After "unsubscribe from everything", no confirmation mail for this long, whoever asks. */
const QUIET_AFTER_UNSUBSCRIBE_DAYS = 30;

/** The comment's author asked to hear of replies: subscribe it, and ask the address to confirm if needed. */
export async function subscribeToReplies(
  tx: Tx,
  comment: { id: number; threadId: number; authorEmail: string },
  now = new Date(),
): Promise<void> {
  const hash = emailHash(comment.authorEmail);
  await tx.replySubscription.upsert({
    where: { commentId: comment.id },
    create: { commentId: comment.id, emailHash: hash, threadId: comment.threadId },
    update: { active: true },
  });
  const recipient = await tx.mailRecipient.upsert({
    where: { emailHash: hash },
    create: { emailHash: hash, email: comment.authorEmail.trim() },
    update: {},
  });
  if (recipient.confirmedAt) return;
  if (
    recipient.unsubscribedAt &&
    now.getTime() - recipient.unsubscribedAt.getTime() < QUIET_AFTER_UNSUBSCRIBE_DAYS * DAY
  )
    return;
  const token = linkToken("confirm", { h: hash, exp: now.getTime() + CONFIRM_DAYS * DAY });
  const { SITE_NAME } = env();
  const t = translator("Mails");
  await queueMail(tx, {
    // One confirmation a day per address, however many comments ask.
    key: `confirm:${hash}:${now.toISOString().slice(0, 10)}`,
    kind: "confirm",
    to: comment.authorEmail,
    subject: t("confirmSubject", { site: SITE_NAME }),
    text: [
      t("confirmIntro", { site: SITE_NAME }),
      t("confirmOpen", { days: CONFIRM_DAYS }),
      pageLink("confirm", token),
      t("confirmIgnore"),
    ].join("\n\n"),
  });
}

/** A reply became APPROVED: queue a notification for the author of the comment it answers, if they asked and confirmed. */
export async function notifyReplyApproved(tx: Tx, replyId: number): Promise<boolean> {
  const reply = await tx.comment.findUnique({
    where: { id: replyId },
    select: {
      id: true,
      status: true,
      parentId: true,
      authorName: true,
      emailHash: true,
      body: true,
      article: { select: { title: true } },
    },
  });
  if (!reply || reply.status !== "APPROVED" || reply.parentId === null) return false;
  const subscription = await tx.replySubscription.findUnique({
    where: { commentId: reply.parentId },
    select: { active: true, emailHash: true, comment: { select: { authorEmail: true, status: true } } },
  });
  if (!subscription?.active || subscription.comment.status !== "APPROVED") return false;
  // Nobody is told of their own replies.
  if (subscription.emailHash === reply.emailHash) return false;
  const recipient = await tx.mailRecipient.findUnique({
    where: { emailHash: subscription.emailHash },
    select: { confirmedAt: true },
  });
  if (!recipient?.confirmedAt) return false;
  const t = translator("Mails");
  const replied = { name: reply.authorName, title: reply.article.title };
  const excerpt = reply.body.length > 600 ? `${reply.body.slice(0, 600).trimEnd()}…` : reply.body;
  const queued = await queueMail(tx, {
    key: `reply:${reply.id}:${reply.parentId}`,
    kind: "reply",
    to: subscription.comment.authorEmail,
    subject: t("replySubject", replied),
    text: [
      t("replyIntro", replied),
      excerpt
        .split("\n")
        .map((line) => `> ${line}`)
        .join("\n"),
      t("replyRead", { url: absolute(`/comment/${reply.id}`) }),
    ].join("\n\n"),
    unsubscribeCommentId: reply.parentId,
  });
  return queued !== null;
}

export type LinkOutcome = { ok: boolean; message: string };

const messages = () => translator("MailMessages");

/** "Yes, email me": the address is confirmed (and no longer unsubscribed). */
export async function confirmAddress(token: string, now = new Date()): Promise<LinkOutcome> {
  const payload = readLinkToken("confirm", token, now.getTime());
  if (!payload) return { ok: false, message: messages()("confirmExpired") };
  const updated = await db.mailRecipient.updateMany({
    where: { emailHash: payload.h },
    data: { confirmedAt: now, unsubscribedAt: null },
  });
  if (!updated.count) return { ok: false, message: messages()("confirmExpired") };
  return { ok: true, message: messages()("confirmed") };
}

/**
 * Unsubscribes from one conversation (the subscribed comment's thread) or from everything.
 * Everything also withdraws the confirmation: mail needs a new opt-in.
 */
export async function unsubscribe(token: string, now = new Date()): Promise<LinkOutcome> {
  const payload = readLinkToken("unsubscribe", token, now.getTime());
  if (!payload) return { ok: false, message: messages()("invalid") };
  if (payload.c) {
    const comment = await db.replySubscription.findUnique({
      where: { commentId: payload.c },
      select: { threadId: true, emailHash: true },
    });
    if (comment && comment.emailHash === payload.h)
      await db.replySubscription.updateMany({
        where: { emailHash: payload.h, threadId: comment.threadId },
        data: { active: false },
      });
    return { ok: true, message: messages()("unsubscribedThread") };
  }
  await db.$transaction([
    db.replySubscription.updateMany({ where: { emailHash: payload.h }, data: { active: false } }),
    db.mailRecipient.updateMany({
      where: { emailHash: payload.h },
      data: { confirmedAt: null, unsubscribedAt: now },
    }),
  ]);
  return { ok: true, message: messages()("unsubscribedAll") };
}

/** What an unsubscribe page says its button does. */
export function unsubscribeScope(token: string): "thread" | "all" | null {
  const payload = readLinkToken("unsubscribe", token);
  return payload ? (payload.c ? "thread" : "all") : null;
}
