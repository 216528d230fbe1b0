// Data-protection tools for one commenter, known by the hash of their email (GDPR access and
// erasure). Staff reach them from /admin/commenters; a reader from the privacy page, through a
// link mailed to the address. The export is everything stored about the address; the erasure
// removes every personal datum everywhere it is kept (comments, their history's links, reports
// made from the same addresses, standing, subscriptions, mail, stored form results, rate-limit
// keys, audit details) and does with the text what the setting says. Threads stay readable.
import "server-only";
import { unlink } from "node:fs/promises";
import path from "node:path";
import { recordAudit } from "@/lib/audit/record";
import { emailHash } from "@/lib/comments/identity";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { translator } from "@/lib/i18n/messages";
import { mailFolder } from "@/lib/mail/transport";
import { deleteKeepingReplies } from "@/lib/moderation/delete";
import { loadDiscussionSettings } from "@/lib/settings/discussion";

const HASH = /^[0-9a-f]{64}$/;

/** The email hash a staff search names: a hash as such, or an email address. */
export function commenterHash(query: string): string | null {
  const text = query.trim().toLowerCase();
  if (HASH.test(text)) return text;
  if (/^[^\s@]+@[^\s@]+$/.test(text)) return emailHash(text);
  return null;
}

/** Everything stored about an address, or null when nothing is. */
export async function getCommenter(hash: string) {
  const [comments, standing, subscriptions, recipient, mails, noticesMade] = await Promise.all([
    db.comment.findMany({
      where: { emailHash: hash },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: {
        id: true,
        createdAt: true,
        editedAt: true,
        status: true,
        authorName: true,
        authorEmail: true,
        authorUrl: true,
        body: true,
        parentId: true,
        ipHash: true,
        userAgent: true,
        reasons: true,
        spamScore: true,
        featured: true,
        article: { select: { id: true, title: true, slug: true } },
        statusChanges: {
          orderBy: { createdAt: "asc" },
          select: { fromStatus: true, toStatus: true, reason: true, createdAt: true },
        },
      },
    }),
    db.commenter.findUnique({
      where: { emailHash: hash },
      select: { standing: true, note: true, updatedAt: true },
    }),
    db.replySubscription.findMany({
      where: { emailHash: hash },
      select: { commentId: true, threadId: true, active: true, createdAt: true },
    }),
    db.mailRecipient.findUnique({
      where: { emailHash: hash },
      select: { email: true, confirmedAt: true, unsubscribedAt: true, createdAt: true },
    }),
    db.mailOutbox.findMany({
      where: { toHash: hash },
      orderBy: { id: "asc" },
      select: { kind: true, subject: true, status: true, createdAt: true, sentAt: true },
    }),
    db.dsaNotice.findMany({
      where: { notifierHash: hash },
      orderBy: { id: "asc" },
      select: {
        id: true,
        commentId: true,
        legalGround: true,
        explanation: true,
        notifierName: true,
        notifierEmail: true,
        createdAt: true,
        decision: true,
        decidedAt: true,
      },
    }),
  ]);
  if (
    !comments.length &&
    !standing &&
    !subscriptions.length &&
    !recipient &&
    !mails.length &&
    !noticesMade.length
  )
    return null;
  const ipHashes = [...new Set(comments.map((comment) => comment.ipHash).filter(usableIpHash))];
  const reportsMade = ipHashes.length
    ? await db.commentReport.findMany({
        where: { ipHash: { in: ipHashes } },
        select: { commentId: true, reason: true, details: true, createdAt: true, resolvedAt: true },
      })
    : [];
  return {
    emailHash: hash,
    emails: [
      ...new Set(
        [
          recipient?.email,
          ...comments.map((comment) => comment.authorEmail),
          ...noticesMade.map((notice) => notice.notifierEmail),
        ].filter((email): email is string => !!email),
      ),
    ],
    standing: standing?.standing ?? "NORMAL",
    standingNote: standing?.note ?? null,
    comments,
    subscriptions,
    mailRecipient: recipient,
    mails,
    reportsMade,
    noticesMade,
  };
}

export type CommenterRecord = NonNullable<Awaited<ReturnType<typeof getCommenter>>>;

/** The JSON download of an export. */
export function exportJson(record: CommenterRecord, now = new Date()): string {
  return JSON.stringify({ exportedAt: now.toISOString(), ...record }, null, 2);
}

/** IP hashes that name a real address (staff replies carry "staff"; cleared ones are empty). */
const usableIpHash = (value: string) => value.length >= 32;

/** Replaces every string in a JSON value that contains one of `secrets` with "[erased]". */
function scrub(value: unknown, secrets: string[]): unknown {
  if (typeof value === "string")
    return secrets.some((secret) => value.toLowerCase().includes(secret.toLowerCase())) ? "[erased]" : value;
  if (Array.isArray(value)) return value.map((item) => scrub(item, secrets));
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrub(item, secrets)]));
  return value;
}

const likeAny = (values: string[]) => values.map((value) => `%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);

export type ErasureResult =
  | { kind: "erased"; comments: number; articleIds: number[]; text: "KEEP" | "REPLACE" | "DELETE" }
  | { kind: "nothing" }
  | { kind: "staff" };

/**
 * Erases an address. `actorId` is the staff member (null: the reader's own confirmed request).
 * The audit entry records that an erasure happened, how many comments and how, and nothing
 * that was erased.
 */
export async function eraseCommenter(
  hash: string,
  { actorId, via }: { actorId: number | null; via: "staff" | "self-service" },
): Promise<ErasureResult> {
  const record = await getCommenter(hash);
  if (!record) return { kind: "nothing" };
  // Staff accounts are managed on the Users page; their replies are the newsroom's record.
  const staff = await db.user.findMany({ select: { email: true } });
  if (staff.some((user) => emailHash(user.email) === hash)) return { kind: "staff" };
  const { erasedCommentText: text } = await loadDiscussionSettings();
  const ids = record.comments.map((comment) => comment.id);
  const names = [
    ...new Set([
      ...record.comments.map((comment) => comment.authorName),
      ...record.noticesMade.map((notice) => notice.notifierName ?? ""),
    ]),
  ].filter((name) => name.length >= 3);
  const ipHashes = [...new Set(record.comments.map((comment) => comment.ipHash).filter(usableIpHash))];
  const urls = [
    ...new Set(record.comments.map((comment) => comment.authorUrl).filter((url): url is string => !!url)),
  ];
  const secrets = [hash, ...record.emails, ...names, ...ipHashes, ...urls];
  // What readers see in place of the name and text: published content, so in the site's language.
  const erased = translator("Erasure");

  const files = await db.$transaction(
    async (tx) => {
      if (ids.length) {
        await tx.$queryRaw`SELECT id FROM "Comment" WHERE id = ANY(${ids}::int[]) ORDER BY id FOR UPDATE`;
        if (text === "DELETE") for (const id of ids) await deleteKeepingReplies(tx, id);
        else
          await tx.comment.updateMany({
            where: { id: { in: ids } },
            data: {
              authorName: erased("anonymous"),
              authorEmail: "",
              emailHash: "",
              authorUrl: null,
              ipHash: "",
              userAgent: null,
              idempotencyKey: null,
              // Its tokens include the name and website; the filter's counts keep no link to anyone.
              spamSignals: Prisma.DbNull,
              ...(text === "REPLACE" ? { body: erased("deleted") } : {}),
            },
          });
      }
      if (ipHashes.length) {
        // Reports made from the same addresses: kept (moderators acted on them), unlinked.
        await tx.$executeRaw`UPDATE "CommentReport" SET "ipHash" = 'erased-' || id WHERE "ipHash" = ANY(${ipHashes}::text[])`;
        await tx.$executeRaw`DELETE FROM rate_limits WHERE key LIKE ANY(${likeAny(ipHashes)}::text[])`;
      }
      // DSA notices they made: the notice stays (it was acted on), the notifier's details go.
      await tx.$executeRaw`UPDATE "DsaNotice" SET "notifierName" = NULL, "notifierEmail" = NULL, "notifierHash" = NULL,
        "ipHash" = 'erased-' || id WHERE "notifierHash" = ${hash} OR "ipHash" = ANY(${ipHashes}::text[])`;
      await tx.commenter.deleteMany({ where: { emailHash: hash } });
      await tx.replySubscription.deleteMany({ where: { emailHash: hash } });
      await tx.mailRecipient.deleteMany({ where: { emailHash: hash } });
      // Mail to the address, and notifications to others that quoted their replies.
      const mails = await tx.mailOutbox.findMany({
        where: { OR: [{ toHash: hash }, ...ids.map((id) => ({ key: { startsWith: `reply:${id}:` } }))] },
        select: { id: true, file: true },
      });
      await tx.mailOutbox.deleteMany({ where: { id: { in: mails.map((mail) => mail.id) } } });
      await tx.$executeRaw`DELETE FROM "FormResult" WHERE state::text ILIKE ANY(${likeAny(secrets)}::text[])`;
      // Audit entries that named them (bans, deletions, exports): the facts stay, the data goes.
      const entries = await tx.$queryRaw<{ id: number; targetId: string | null; details: unknown }[]>`
        SELECT id, "targetId", details FROM "AuditEntry"
        WHERE "targetId" = ANY(${secrets}::text[]) OR details::text ILIKE ANY(${likeAny(secrets)}::text[])`;
      for (const entry of entries)
        await tx.auditEntry.update({
          where: { id: entry.id },
          data: {
            targetId: entry.targetId && secrets.includes(entry.targetId) ? null : entry.targetId,
            details:
              entry.details === null
                ? Prisma.DbNull
                : (scrub(entry.details, secrets) as Prisma.InputJsonValue),
          },
        });
      await recordAudit(tx, {
        actorId,
        action: "commenter.erase",
        targetType: "commenter",
        targetId: null,
        details: { via, comments: ids.length, text, mails: mails.length },
      });
      return mails.map((mail) => mail.file).filter((file): file is string => !!file);
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
  await Promise.all(files.map((file) => unlink(path.join(mailFolder(), file)).catch(() => {})));
  const articleIds = [...new Set(record.comments.map((comment) => comment.article.id))];
  return { kind: "erased", comments: ids.length, articleIds, text };
}

/** Retention: comments older than the setting lose their IP hash and user agent; stale form results go. */
export async function applyRetention(now = new Date()): Promise<{ comments: number; formResults: number }> {
  const { ipRetentionDays } = await loadDiscussionSettings();
  const before = new Date(now.getTime() - ipRetentionDays * 86_400_000);
  let comments = 0;
  // In batches, so a large archive never holds one long lock.
  for (;;) {
    const cleared = await db.$executeRaw`
      UPDATE "Comment" SET "ipHash" = '', "userAgent" = NULL
      WHERE id IN (
        SELECT id FROM "Comment"
        WHERE "createdAt" < ${before} AND ("ipHash" <> '' OR "userAgent" IS NOT NULL) AND "staffAuthorId" IS NULL
        LIMIT 5000)`;
    comments += cleared;
    if (cleared < 5000) break;
  }
  const formResults = (
    await db.formResult.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - 3_600_000) } } })
  ).count;
  return { comments, formResults };
}
