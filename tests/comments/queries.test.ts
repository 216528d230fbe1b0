// Reader-side comment reads on a real database: the comment section (approved threads, nested
// replies, pages, featured strip, closed flag, no private data), a comment's page, and the
// visitor's own comments.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { CommentStatus } from "@/lib/generated/prisma/enums";
import { emailHash } from "@/lib/comments/identity";
import { getCommentSection, getOwnComments, locateComment, type PublicComment } from "@/lib/comments/queries";
import { hashIp } from "@/lib/security/request";
import { DAY, EMAIL_DOMAIN, commentFixtures, withSettings } from "./support";

const MINUTE = 60_000;
const fixtures = commentFixtures("queries");
const base = Date.now() - 2 * 3_600_000;
let article: { id: number; slug: string };
let closedByEditor: { id: number };
let closedByAge: { id: number };
const emails: string[] = [];
const c: Record<string, number> = {};

async function comment(
  name: string,
  articleId: number,
  fields: { status?: CommentStatus; parent?: string; featured?: boolean; at: number },
): Promise<number> {
  const who = fixtures.visitor(name);
  emails.push(who.email);
  const parent = fields.parent
    ? await db.comment.findUniqueOrThrow({ where: { id: c[fields.parent]! } })
    : null;
  const row = await db.comment.create({
    data: {
      articleId,
      parentId: parent?.id ?? null,
      threadId: parent?.threadId ?? null,
      depth: parent ? parent.depth + 1 : 0,
      authorName: `Reader ${name}`,
      authorEmail: who.email,
      emailHash: emailHash(who.email),
      body: `Comment ${name}.`,
      status: fields.status ?? "APPROVED",
      reasons: ["fixture"],
      spamScore: 0.1,
      ipHash: hashIp(who.ip),
      userAgent: "Mozilla/5.0",
      featured: fields.featured ?? false,
      createdAt: new Date(fields.at),
    },
  });
  if (!parent) await db.comment.update({ where: { id: row.id }, data: { threadId: row.id } });
  c[name] = row.id;
  return row.id;
}

beforeAll(async () => {
  await fixtures.setup();
  await db.discussionSettings.update({ where: { id: 1 }, data: { threadsPerPage: 2 } });
  article = await fixtures.article("main");
  closedByEditor = await fixtures.article("closed-by-editor", { commentsOpen: false });
  closedByAge = await fixtures.article("closed-by-age", { publishedAt: new Date(Date.now() - 20 * DAY) });

  // Three approved threads; held, spam and trashed comments around them.
  await comment("T1", article.id, { at: base });
  await comment("T2", article.id, { at: base + MINUTE, featured: true });
  await comment("T3", article.id, { at: base + 2 * MINUTE });
  await comment("pendingTop", article.id, { at: base + 3 * MINUTE, status: "PENDING" });
  await comment("spamTop", article.id, { at: base + 4 * MINUTE, status: "SPAM", featured: true });
  await comment("trashTop", article.id, { at: base + 5 * MINUTE, status: "TRASH" });
  await comment("R1", article.id, { at: base + 10 * MINUTE, parent: "T1" });
  await comment("R1a", article.id, { at: base + 11 * MINUTE, parent: "R1" });
  await comment("P1", article.id, { at: base + 12 * MINUTE, parent: "T1", status: "PENDING" });
  // Approved under a comment that is held (e.g. unapproved later): shown under the thread's top.
  await comment("R1b", article.id, { at: base + 13 * MINUTE, parent: "P1" });
  await comment("R3", article.id, { at: base + 14 * MINUTE, parent: "T3" });
  await comment("elsewhere", closedByEditor.id, { at: base });
});

afterAll(() => fixtures.teardown());

const shape = (comments: PublicComment[]): unknown[] =>
  comments.map((comment) => ({ id: comment.id, replies: shape(comment.replies) }));

describe("getCommentSection", () => {
  it("shows approved threads only, with replies nested, paged by threadsPerPage", async () => {
    const first = (await getCommentSection(article.id, 1))!;
    expect(first).toMatchObject({
      articleId: article.id,
      approvedCount: 7,
      page: 1,
      pageCount: 2,
      newestFirst: false,
      threadDepth: 5,
      closed: false,
    });
    expect(shape(first.threads)).toEqual([
      {
        id: c.T1,
        replies: [
          { id: c.R1, replies: [{ id: c.R1a, replies: [] }] },
          { id: c.R1b, replies: [] },
        ],
      },
      { id: c.T2, replies: [] },
    ]);
    expect(first.threads[0]!.replies[0]).toMatchObject({
      parentId: c.T1,
      depth: 1,
      authorName: "Reader R1",
      body: "Comment R1.",
      featured: false,
      staff: false,
      authorUrl: null,
      editedAt: null,
    });

    const second = (await getCommentSection(article.id, 2))!;
    expect(second).toMatchObject({ page: 2, pageCount: 2, approvedCount: 7 });
    expect(shape(second.threads)).toEqual([{ id: c.T3, replies: [{ id: c.R3, replies: [] }] }]);

    expect(await getCommentSection(article.id, 3)).toBeNull();
    expect(await getCommentSection(article.id, 0)).toBeNull();
    expect(await getCommentSection(2_000_000_000, 1)).toBeNull();
  });

  it("never shows held, spam or trashed comments, even featured ones", async () => {
    const ids = new Set<number>();
    const walk = (comments: PublicComment[]) =>
      comments.forEach((comment) => (ids.add(comment.id), walk(comment.replies)));
    for (const page of [1, 2]) {
      const section = (await getCommentSection(article.id, page))!;
      walk(section.threads);
      walk(section.featured);
    }
    expect(ids.size).toBe(7);
    for (const hidden of ["pendingTop", "spamTop", "trashTop", "P1", "elsewhere"])
      expect(ids.has(c[hidden]!), hidden).toBe(false);
  });

  it("has a featured strip of approved featured comments", async () => {
    const section = (await getCommentSection(article.id, 2))!;
    expect(section.featured.map((comment) => comment.id)).toEqual([c.T2]);
    expect(section.featured[0]).toMatchObject({ featured: true, body: "Comment T2." });
  });

  it("newest first: the article's URL shows the newest page, newest thread first; pages keep their threads", async () => {
    await withSettings({ newestFirst: true }, async () => {
      const shown = (await getCommentSection(article.id))!;
      expect(shown).toMatchObject({ newestFirst: true, page: 2, defaultPage: 2, pageCount: 2 });
      expect(shown.threads.map((thread) => thread.id)).toEqual([c.T3]);
      expect((await getCommentSection(article.id, 1))!.threads.map((thread) => thread.id)).toEqual([
        c.T2,
        c.T1,
      ]);
    });
    expect((await getCommentSection(article.id))!).toMatchObject({ page: 1, defaultPage: 1 });
  });

  it("says when comments are closed, by an editor or by age", async () => {
    expect((await getCommentSection(closedByEditor.id))!.closed).toBe(true);
    expect((await getCommentSection(closedByAge.id))!).toMatchObject({
      closed: true,
      approvedCount: 0,
      threads: [],
      pageCount: 1,
    });
    await withSettings({ closeAfterDays: null }, async () =>
      expect((await getCommentSection(closedByAge.id))!.closed).toBe(false),
    );
  });

  it("never includes an email address, an email or IP hash, or moderation data", async () => {
    const serialized = JSON.stringify([
      await getCommentSection(article.id, 1),
      await getCommentSection(article.id, 2),
      await getCommentSection(closedByEditor.id),
    ]);
    expect(emails.length).toBeGreaterThan(10);
    for (const email of emails) {
      expect(serialized).not.toContain(email);
      expect(serialized).not.toContain(emailHash(email));
    }
    expect(serialized).not.toContain(`@${EMAIL_DOMAIN}`);
    expect(serialized).not.toContain("@");
    for (const key of [
      "authorEmail",
      "emailHash",
      "ipHash",
      "reasons",
      "spamScore",
      "spamSignals",
      "userAgent",
      "status",
    ])
      expect(serialized).not.toContain(`"${key}"`);
  });
});

describe("locateComment", () => {
  it("finds the page of a comment's thread: the 3rd thread with 2 per page is on page 2", async () => {
    const href = `/${fixtures.sectionSlug}/${article.slug}`;
    const second = { articleHref: href, page: 2, path: `${href}/comments/2` };
    const first = { articleHref: href, page: 1, path: href };
    expect(await locateComment(c.T3!)).toEqual(second);
    expect(await locateComment(c.R3!)).toEqual(second);
    expect(await locateComment(c.T1!)).toEqual(first);
    expect(await locateComment(c.R1a!)).toEqual(first);
    expect(await locateComment(c.T2!)).toEqual(first);
  });

  it("newest first keeps the pages and sends the newest one to the article's URL", async () => {
    const href = `/${fixtures.sectionSlug}/${article.slug}`;
    await withSettings({ newestFirst: true }, async () => {
      expect(await locateComment(c.T3!)).toMatchObject({ page: 2, path: href });
      expect(await locateComment(c.R3!)).toMatchObject({ page: 2, path: href });
      expect(await locateComment(c.T1!)).toMatchObject({ page: 1, path: `${href}/comments/1` });
      expect(await locateComment(c.R1b!)).toMatchObject({ page: 1, path: `${href}/comments/1` });
    });
  });

  it("does not locate comments readers cannot see", async () => {
    for (const hidden of ["pendingTop", "spamTop", "trashTop", "P1"])
      expect(await locateComment(c[hidden]!), hidden).toBeNull();
    expect(await locateComment(2_000_000_000)).toBeNull();
  });
});

describe("getOwnComments", () => {
  it("returns only the given ids on this article, held ones always and approved ones within the edit window", async () => {
    const now = Date.now();
    const own = {
      heldLongAgo: await comment("own-held", article.id, { at: now - DAY, status: "PENDING" }),
      approvedRecently: await comment("own-recent", article.id, { at: now - 2 * MINUTE }),
      approvedLongAgo: await comment("own-old", article.id, { at: now - 20 * MINUTE }),
      spam: await comment("own-spam", article.id, { at: now - MINUTE, status: "SPAM" }),
      trash: await comment("own-trash", article.id, { at: now - MINUTE, status: "TRASH" }),
      otherArticle: await comment("own-elsewhere", closedByEditor.id, {
        at: now - MINUTE,
        status: "PENDING",
      }),
    };
    const notMine = await comment("not-mine", article.id, { at: now - MINUTE, status: "PENDING" });
    const ids = Object.values(own);

    const result = await getOwnComments(ids, article.id, new Date(now));
    expect(result.map((row) => row.id)).toEqual([own.heldLongAgo, own.approvedRecently]);
    expect(result.map((row) => row.id)).not.toContain(notMine);
    expect(result[1]).toEqual({
      id: own.approvedRecently,
      articleId: article.id,
      parentId: null,
      authorName: "Reader own-recent",
      body: "Comment own-recent.",
      status: "APPROVED",
      createdAt: new Date(now - 2 * MINUTE).toISOString(),
      editableUntil: new Date(now + 8 * MINUTE).toISOString(),
      editable: true,
    });
    expect(JSON.stringify(result)).not.toContain("@");

    // A longer edit window brings the older approved comment back.
    await withSettings({ editWindowMinutes: 30 }, async () => {
      expect((await getOwnComments(ids, article.id, new Date(now))).map((row) => row.id)).toEqual([
        own.heldLongAgo,
        own.approvedLongAgo,
        own.approvedRecently,
      ]);
    });
    expect(await getOwnComments([], article.id, new Date(now))).toEqual([]);
  });
});

describe("page addresses stay stable", () => {
  it("new threads land on the last page; a held thread leaves a gap rather than shifting later pages", async () => {
    const stable = await fixtures.article("stable");
    const at = base + 30 * MINUTE;
    for (const name of ["S1", "S2", "S3", "S4", "S5"])
      await comment(name, stable.id, { at: at + Number(name.slice(1)) * MINUTE });
    const threads = async (page: number) =>
      (await getCommentSection(stable.id, page))?.threads.map((thread) => thread.id) ?? null;
    expect([await threads(1), await threads(2), await threads(3)]).toEqual([
      [c.S1, c.S2],
      [c.S3, c.S4],
      [c.S5],
    ]);
    // A moderator holds S2; S6 arrives (its thread number is the next one: page 3).
    await db.comment.update({ where: { id: c.S2! }, data: { status: "PENDING" } });
    await comment("S6", stable.id, { at: at + 10 * MINUTE });
    expect([await threads(1), await threads(2), await threads(3)]).toEqual([
      [c.S1],
      [c.S3, c.S4],
      [c.S5, c.S6],
    ]);
    expect((await locateComment(c.S6!))?.page).toBe(3);
    expect((await getCommentSection(stable.id, 1))!.approvedCount).toBe(5);
  });
});
