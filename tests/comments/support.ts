// Fixtures shared by the comment integration tests: a section with its articles, visitors with
// their own IP address and email (the flood rule looks across articles at the same IP hash or
// email hash, so tests never share one unless they mean to), and scoped discussion settings.
import { randomBytes } from "node:crypto";
import { expect } from "vitest";
import { db } from "@/lib/db";
import type { DiscussionSettings } from "@/lib/generated/prisma/client";
import type { CommentStatus } from "@/lib/generated/prisma/enums";
import { emailHash } from "@/lib/comments/identity";
import { loadDiscussionSettings } from "@/lib/settings/discussion";
import type { SubmitRequest } from "@/lib/comments/submit";
import { hashIp } from "@/lib/security/request";

export const DAY = 86_400_000;
export const EMAIL_DOMAIN = "lede-comments.test";
export const USER_AGENT =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";

/** The editable settings and their schema defaults (prisma/schema.prisma). */
export const DEFAULT_SETTINGS = {
  requireModeration: false,
  linkLimit: 2,
  moderationKeys: [] as string[],
  disallowedKeys: [] as string[],
  requirePriorApproval: true,
  closeAfterDays: 14 as number | null,
  threadDepth: 5,
  threadsPerPage: 50,
  newestFirst: false,
  editWindowMinutes: 10,
  spamThreshold: 0.9,
  holdThreshold: 0.6,
  minSecondsToSubmit: 3,
  erasedCommentText: "KEEP" as "KEEP" | "REPLACE" | "DELETE",
  ipRetentionDays: 90,
};
export type SettingsPatch = Partial<typeof DEFAULT_SETTINGS>;

function editable(row: DiscussionSettings): typeof DEFAULT_SETTINGS {
  const { id: _id, updatedAt: _updatedAt, ...rest } = row;
  return rest;
}

/**
 * Fixtures of one test file: unique slugs and unique visitors per file (a random run tag),
 * settings reset to the defaults for the file and restored afterwards.
 */
export function commentFixtures(tag: string) {
  const run = randomBytes(3).toString("hex");
  const fileNumber = parseInt(run.slice(0, 4), 16);
  let sectionId = 0;
  let sectionSlug = "";
  let visitors = 0;
  let original: typeof DEFAULT_SETTINGS | undefined;
  const emails: string[] = [];

  async function setup(): Promise<void> {
    original = editable(await loadDiscussionSettings());
    await db.discussionSettings.update({ where: { id: 1 }, data: DEFAULT_SETTINGS });
    sectionSlug = `c-${tag}-${run}`;
    sectionId = (await db.section.create({ data: { slug: sectionSlug, name: `Comments ${tag}` } })).id;
  }

  async function teardown(): Promise<void> {
    if (sectionId) {
      const articles = await db.article.findMany({ where: { sectionId }, select: { id: true } });
      const articleIds = articles.map((article) => article.id);
      // Replies first is not needed (parent deletes cascade), but be explicit about what goes.
      await db.comment.deleteMany({ where: { articleId: { in: articleIds } } });
      await db.article.deleteMany({ where: { sectionId } });
      await db.section.delete({ where: { id: sectionId } });
    }
    await db.commenter.deleteMany({ where: { emailHash: { in: emails.map(emailHash) } } });
    await db.discussionSettings.update({ where: { id: 1 }, data: original ?? DEFAULT_SETTINGS });
  }

  type ArticleFields = Partial<{
    status: "DRAFT" | "PUBLISHED" | "ARCHIVED";
    publishedAt: Date | null;
    commentsOpen: boolean;
    commentsCloseAt: Date | null;
  }>;

  async function article(name: string, fields: ArticleFields = {}) {
    return db.article.create({
      data: {
        slug: `c-${tag}-${run}-${name}`,
        title: `Comments ${tag} ${name}`,
        body: "One.\n\nTwo.",
        status: fields.status ?? "PUBLISHED",
        publishedAt: fields.publishedAt === undefined ? new Date(Date.now() - 3_600_000) : fields.publishedAt,
        commentsOpen: fields.commentsOpen ?? true,
        commentsCloseAt: fields.commentsCloseAt ?? null,
        sectionId,
      },
      select: { id: true, slug: true },
    });
  }

  /** A new commenter: their own IP address and email, never used by another test. */
  function visitor(label: string, email?: string) {
    visitors++;
    const n = visitors;
    const address = email ?? `${label}.${n}.${run}@${EMAIL_DOMAIN}`;
    emails.push(address);
    return {
      n,
      ip: `2001:db8:${fileNumber.toString(16)}:${n.toString(16)}::7`,
      email: address,
      name: `Reader ${label} ${n}`,
      ownCommentIds: [] as number[],
    };
  }

  return {
    setup,
    teardown,
    article,
    visitor,
    get sectionSlug() {
      return sectionSlug;
    },
  };
}

/** A reader; `ownCommentIds` is what their browser's signed cookie lists. */
export type Visitor = { n: number; ip: string; email: string; name: string; ownCommentIds: number[] };

/** The input of submitComment for a visitor. */
export function commentInput(
  articleId: number,
  who: Visitor,
  body: string,
  extra: Partial<{ parentId: number | null; company: string; authorUrl: string | null }> = {},
) {
  return {
    articleId,
    parentId: extra.parentId ?? null,
    authorName: who.name,
    authorEmail: who.email,
    authorUrl: extra.authorUrl ?? null,
    body,
    company: extra.company ?? "",
  };
}

/** What the HTTP layer passes to submitComment: a person who took 30 s to write, now. */
export function requestFrom(who: Visitor, overrides: Partial<SubmitRequest> = {}): SubmitRequest {
  return {
    ip: who.ip,
    ipHash: hashIp(who.ip),
    userAgent: USER_AGENT,
    elapsedMs: 30_000,
    ownCommentIds: who.ownCommentIds,
    now: new Date(),
    ...overrides,
  };
}

/** Gives a visitor a comment approved a day ago (on any article), so prior approval passes. */
export async function giveHistory(articleId: number, who: Visitor): Promise<void> {
  const created = await db.comment.create({
    data: {
      articleId,
      authorName: who.name,
      authorEmail: who.email,
      emailHash: emailHash(who.email),
      body: `An earlier, approved comment by visitor ${who.n} (${who.email}).`,
      status: "APPROVED",
      ipHash: hashIp(`history-of-${who.ip}`),
      createdAt: new Date(Date.now() - DAY),
    },
  });
  await db.comment.update({ where: { id: created.id }, data: { threadId: created.id } });
  who.ownCommentIds.push(created.id); // posted from this visitor's browser
}

/** Applies settings for the duration of `task`, then puts back what was there. */
export async function withSettings<T>(patch: SettingsPatch, task: () => Promise<T>): Promise<T> {
  const before = editable(await loadDiscussionSettings());
  await db.discussionSettings.update({ where: { id: 1 }, data: patch });
  try {
    return await task();
  } finally {
    await db.discussionSettings.update({ where: { id: 1 }, data: before });
  }
}

export async function storedCounts() {
  const [comments, statusChanges] = await Promise.all([db.comment.count(), db.commentStatusChange.count()]);
  return { comments, statusChanges };
}

/**
 * Asserts what every stored comment must look like: its status and reasons, a spam score (unless
 * the filter was down), the IP only as its salted hash, the email hash, and exactly one status
 * change (the pipeline's decision: from nothing to the status, with the reasons).
 */
export async function expectStored(
  id: number,
  who: Visitor,
  expected: { status: CommentStatus; reasons: unknown[]; spamScore?: "set" | "null" },
) {
  const row = await db.comment.findUniqueOrThrow({
    where: { id },
    include: { statusChanges: { orderBy: { id: "asc" } } },
  });
  expect(row.status).toBe(expected.status);
  expect(row.reasons).toEqual(expected.reasons);
  if (expected.spamScore === "null") {
    expect(row.spamScore).toBeNull();
    expect(row.spamSignals).toBeNull();
  } else {
    expect(row.spamScore).toBeTypeOf("number");
    expect(row.spamScore).toBeGreaterThanOrEqual(0);
    expect(row.spamScore).toBeLessThanOrEqual(1);
    expect(row.spamSignals).toMatchObject({ signals: expect.any(Array), tokens: expect.any(Array) });
  }
  expect(row.ipHash).toBe(hashIp(who.ip));
  expect(row.ipHash).toMatch(/^[0-9a-f]{64}$/);
  const { statusChanges, reasons, ...comment } = row;
  expect(JSON.stringify(comment)).not.toContain(who.ip);
  // The reasons quote a matched key as the moderator typed it, which can be an IP address.
  expect(JSON.stringify([reasons, statusChanges])).not.toContain(who.ip);
  expect(row.authorEmail).toBe(who.email);
  expect(row.emailHash).toBe(emailHash(who.email));
  expect(row.userAgent).toBe(USER_AGENT);
  expect(statusChanges).toHaveLength(1);
  expect(statusChanges[0]).toMatchObject({
    fromStatus: null,
    toStatus: expected.status,
    actorId: null,
    reason: row.reasons.join("; "),
  });
  return row;
}
