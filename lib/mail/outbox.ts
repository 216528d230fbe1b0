// The outbox: every mail is a MailOutbox row plus a job of the job runner (lib/jobs), both
// written in the caller's transaction, so a mail exists exactly when the change that needs it
// committed. Sending happens in the worker, never in a request:
// - queued once: the row's `key` is unique (a second queueing of the same mail is a no-op) and
//   its job has the key `mail:<id>`;
// - at-least-once: a failed send throws, and the job runner retries it with back-off (also
//   after a restart: jobs live in PostgreSQL); the Message-ID, fixed at queueing, is the same
//   on every attempt;
// - rate limited per recipient (MAIL_MAX_PER_HOUR): a mail over the limit waits for the next
//   free slot instead of being dropped.
import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { emailHash } from "@/lib/comments/identity";
import { SITE_LOCALE } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/messages";
import { defineTask, enqueue, type SqlRunner } from "@/lib/jobs/runner";
import { linkToken, oneClickLink, pageLink } from "./links";
import { deliver } from "./transport";

export const MAIL_MAX_ATTEMPTS = 10;
const HOUR = 3_600_000;

type QueryRunner = SqlRunner & {
  $queryRaw<T = unknown>(query: TemplateStringsArray, ...values: unknown[]): PromiseLike<T>;
};

export type MailInput = {
  /** Why this mail exists; the same key is never queued twice. */
  key: string;
  kind: string;
  to: string;
  subject: string;
  /** The plain-text body (every mail has one); the unsubscribe lines are added below it. */
  text: string;
  /** Optional HTML alternative (escaped by the caller). */
  html?: string;
  /** Limits "unsubscribe" to one subscribed comment's thread (reply notifications). */
  unsubscribeCommentId?: number;
};

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!,
  );

/** Plain text → a minimal HTML part (paragraphs, links, the build's language), for mail readers that prefer HTML. */
export function textToHtml(text: string): string {
  const paragraphs = text.split(/\n{2,}/).map((block) =>
    escapeHtml(block)
      .replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`)
      .replace(/\n/g, "<br>"),
  );
  return `<!doctype html><html lang="${SITE_LOCALE}"><body>${paragraphs.map((p) => `<p>${p}</p>`).join("")}</body></html>`;
}

/**
 * Queues a mail in `client`'s transaction (or at once on `db`); returns the outbox id, or null
 * when a mail with this key was queued before.
 */
export async function queueMail(client: QueryRunner, input: MailInput): Promise<number | null> {
  const toHash = emailHash(input.to);
  const unsubscribe = linkToken("unsubscribe", {
    h: toHash,
    ...(input.unsubscribeCommentId ? { c: input.unsubscribeCommentId } : {}),
  });
  const unsubscribeAll = input.unsubscribeCommentId ? linkToken("unsubscribe", { h: toHash }) : null;
  // The unsubscribe lines, in the build's language like the rest of the mail.
  const t = translator("Mails");
  const footer = [
    "--",
    `${env().SITE_NAME}`,
    t(input.unsubscribeCommentId ? "footerThread" : "footerAll", {
      url: pageLink("unsubscribe", unsubscribe),
    }),
    ...(unsubscribeAll ? [t("footerEverything", { url: pageLink("unsubscribe", unsubscribeAll) })] : []),
  ].join("\n");
  const text = `${input.text.trim()}\n\n${footer}\n`;
  const html = input.html ?? textToHtml(text);
  const headers = {
    "List-Unsubscribe": `<${oneClickLink(unsubscribe)}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
  const messageId = `<${randomUUID()}@${new URL(env().SITE_URL).hostname}>`;
  const rows = await client.$queryRaw<{ id: number }[]>`
    INSERT INTO "MailOutbox" (key, kind, "messageId", "toEmail", "toHash", subject, text, html, headers)
    VALUES (${input.key}, ${input.kind}, ${messageId}, ${input.to.trim()}, ${toHash}, ${input.subject},
            ${text}, ${html}, ${JSON.stringify(headers)}::jsonb)
    ON CONFLICT (key) DO NOTHING
    RETURNING id`;
  const id = rows[0]?.id;
  if (id === undefined) return null;
  await enqueue(client, sendMailTask, { id }, { jobKey: `mail:${id}`, maxAttempts: MAIL_MAX_ATTEMPTS });
  return id;
}

/**
 * Takes one of the recipient's hourly slots for this mail (its `sentAt`, set before sending and
 * cleared if the send fails), or says when the next one is free. Under a per-recipient lock, so
 * concurrent workers never hand out the same slot twice.
 */
async function takeSlot(id: number, toHash: string): Promise<Date | null> {
  const limit = env().MAIL_MAX_PER_HOUR;
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('mail-recipient'), hashtext(${toHash}))`;
    const now = new Date();
    const recent = await tx.mailOutbox.findMany({
      where: { toHash, id: { not: id }, sentAt: { gt: new Date(now.getTime() - HOUR) } },
      orderBy: { sentAt: "desc" },
      take: limit,
      select: { sentAt: true },
    });
    if (recent.length >= limit) return new Date(recent[limit - 1]!.sentAt!.getTime() + HOUR + 1_000);
    await tx.mailOutbox.updateMany({ where: { id }, data: { sentAt: now } });
    return null;
  });
}

export const sendMailTask = defineTask<{ id: number }>("mail.send", async ({ id }) => {
  const mail = await db.mailOutbox.findUnique({ where: { id } });
  // Erased (GDPR) or already sent by an earlier attempt that was cut off after the update.
  if (!mail || mail.status === "SENT") return;
  const wait = await takeSlot(id, mail.toHash);
  if (wait) {
    // Same key: this running job gives its key up and a new one waits for the slot.
    await enqueue(
      db,
      sendMailTask,
      { id },
      { jobKey: `mail:${id}`, runAt: wait, maxAttempts: MAIL_MAX_ATTEMPTS },
    );
    return;
  }
  const attempts = mail.attempts + 1;
  try {
    const file = await deliver(mail);
    await db.mailOutbox.updateMany({
      where: { id },
      data: { status: "SENT", sentAt: new Date(), attempts, file, lastError: null },
    });
  } catch (error) {
    await db.mailOutbox.updateMany({
      where: { id },
      data: {
        attempts,
        sentAt: null,
        lastError: String(error).slice(0, 500),
        status: attempts >= MAIL_MAX_ATTEMPTS ? "FAILED" : "QUEUED",
      },
    });
    throw error;
  }
});

/**
 * Gives every queued mail its job again if it has none (a database restored from a backup has
 * the outbox but not the job runner's tables). A pending job keeps its time (preserve_run_at).
 */
export async function sweepOutbox(): Promise<number> {
  const queued = await db.mailOutbox.findMany({
    where: { status: "QUEUED" },
    select: { id: true },
    take: 10_000,
  });
  for (const { id } of queued)
    await enqueue(
      db,
      sendMailTask,
      { id },
      { jobKey: `mail:${id}`, jobKeyMode: "preserve_run_at", maxAttempts: MAIL_MAX_ATTEMPTS },
    );
  return queued.length;
}

export const mailTasks = [sendMailTask];
