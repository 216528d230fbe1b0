// The moderation queue's reads on a real database: tab counts, filters, keyset pages in both
// directions, the Reported tab, what is shown around each comment, and a query count that does
// not grow with the page.
import { createHash, randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { emailHash } from "@/lib/comments/identity";
import { db } from "@/lib/db";
import type { CommentStatus } from "@/lib/generated/prisma/enums";
import { getArticleChoices, getQueuePage, getTabCounts } from "@/lib/moderation/queries";
import {
  COUNT_CAP,
  EXACT_COUNT_LIMIT,
  QUEUE_PAGE_SIZE,
  STAFF_IP_HASH,
  parseQueueQuery,
  queuePath,
  returnPath,
  type QueueQuery,
} from "@/lib/moderation/schema";
import { commentFixtures } from "../comments/support";

const fixtures = commentFixtures("moderation-queries");
const run = randomBytes(3).toString("hex");
const T0 = Date.UTC(2026, 0, 10, 12, 0, 0);
let counted: { id: number };
let paged: { id: number };
let other: { id: number };
let staff: { id: number };

type Fields = Partial<{
  status: CommentStatus;
  body: string;
  authorName: string;
  authorEmail: string;
  ipHash: string;
  createdAt: Date;
  parentId: number;
  spamSignals: object;
}>;

let n = 0;
async function comment(articleId: number, fields: Fields = {}) {
  n++;
  const email = fields.authorEmail ?? `queue-${run}-${n}@lede-comments.test`;
  const status = fields.status ?? "PENDING";
  const created = await db.comment.create({
    data: {
      articleId,
      authorName: fields.authorName ?? `Reader ${n}`,
      authorEmail: email,
      emailHash: emailHash(email),
      body: fields.body ?? `Comment ${n} of run ${run}.`,
      status,
      ipHash: fields.ipHash ?? `ip-${run}-${n}`,
      createdAt: fields.createdAt ?? new Date(T0 + n * 1000),
      parentId: fields.parentId ?? null,
      spamSignals: fields.spamSignals,
      statusChanges: {
        create: {
          toStatus: status,
          reason: "pipeline",
          createdAt: fields.createdAt ?? new Date(T0 + n * 1000),
        },
      },
    },
  });
  await db.comment.update({ where: { id: created.id }, data: { threadId: created.id } });
  return created;
}

const query = (patch: Partial<QueueQuery>): QueueQuery => ({ tab: "pending", ...patch });

beforeAll(async () => {
  await fixtures.setup();
  [counted, paged, other] = [
    await fixtures.article("counted"),
    await fixtures.article("paged"),
    await fixtures.article("other"),
  ];
  staff = await db.user.create({
    data: {
      email: `queue-staff-${run}@lede.test`,
      name: "Queue Moderator",
      passwordHash: "unused",
      role: "MODERATOR",
    },
  });
});

afterAll(async () => {
  await fixtures.teardown();
  await db.user.delete({ where: { id: staff.id } });
});

describe("tab counts", () => {
  it("counts each status and the comments with open reports, under the filters, in one statement", async () => {
    for (const [status, count] of [
      ["PENDING", 3],
      ["APPROVED", 4],
      ["SPAM", 2],
      ["TRASH", 1],
    ] as const) {
      // "needle" and the run's hex are one word: a hex word of its own that began with 1 would
      // match the filter's "1" below as a word prefix.
      for (let i = 0; i < count; i++)
        await comment(counted.id, { status, body: `${status.toLowerCase()} number ${i} needle${run}` });
    }
    const approved = await db.comment.findMany({
      where: { articleId: counted.id, status: "APPROVED" },
      orderBy: { id: "asc" },
    });
    // Two reports on one comment count once; a resolved report does not count.
    await db.commentReport.createMany({
      data: [
        { commentId: approved[0]!.id, reason: "ABUSE", ipHash: "a" },
        { commentId: approved[0]!.id, reason: "SPAM", ipHash: "b" },
        { commentId: approved[1]!.id, reason: "OFF_TOPIC", ipHash: "a" },
        { commentId: approved[2]!.id, reason: "SPAM", ipHash: "a", resolvedAt: new Date() },
      ],
    });
    const spy = vi.spyOn(pg.Client.prototype, "query");
    try {
      expect(await getTabCounts(query({ article: counted.id }))).toEqual({
        counts: { pending: 3, reported: 2, approved: 4, spam: 2, trash: 1 },
        capped: [],
      });
      expect(spy.mock.calls.length).toBe(1);
    } finally {
      spy.mockRestore();
    }
    expect(await getTabCounts(query({ article: counted.id, q: "approved number 1" }))).toEqual({
      counts: { pending: 0, reported: 1, approved: 1, spam: 0, trash: 0 },
      capped: [],
    });
  });

  it("stops counting a filter that matches thousands at COUNT_CAP, and says which tabs it capped", async () => {
    const common = await fixtures.article("common");
    // More matches than EXACT_COUNT_LIMIT, known to the planner: 6,000 pending comments by one
    // name with one word, and 3 approved ones.
    await db.$executeRaw`
      INSERT INTO "Comment" ("articleId", "authorName", "authorEmail", "emailHash", body, status, "ipHash")
      SELECT ${common.id}, ${`Prolific ${run}`}, ${`prolific-${run}@lede-comments.test`}, ${`prolific-${run}`},
        ${`ubiquitous${run} remark`} || n, (CASE WHEN n <= 3 THEN 'APPROVED' ELSE 'PENDING' END)::"CommentStatus",
        ${`ip-prolific-${run}`}
      FROM generate_series(1, ${EXACT_COUNT_LIMIT + 1000}) AS n`;
    // Only the filtered columns: the statistics other test files plan with stay as they were.
    await db.$executeRawUnsafe(`ANALYZE "Comment" ("bodySearch", "authorName")`);

    // A common word: each tab counts its own matches up to the cap.
    expect(await getTabCounts(query({ q: `ubiquitous${run}` }))).toEqual({
      counts: { pending: COUNT_CAP, reported: 0, approved: 3, spam: 0, trash: 0 },
      capped: ["pending"],
    });
    // A name read by prefix: one index range, counted to EXACT_COUNT_LIMIT; beyond, every count
    // is a lower bound. Part of a name (the trigram index): one pass stops at the cap.
    const byName = await getTabCounts(query({ author: `Prolific ${run}` }));
    expect(byName.capped).toEqual(["pending", "reported", "approved", "spam", "trash"]);
    expect(byName.counts.pending + byName.counts.approved).toBe(EXACT_COUNT_LIMIT + 1);
    const byPart = await getTabCounts(query({ author: `rolific ${run}` }));
    expect(byPart.capped).toEqual(["pending", "reported", "approved", "spam", "trash"]);
    expect(byPart.counts.pending + byPart.counts.approved).toBe(COUNT_CAP + 1);
    // The page is still the newest 50 of the tab.
    expect((await getQueuePage(query({ q: `ubiquitous${run}` }))).comments).toHaveLength(QUEUE_PAGE_SIZE);
  });
});

describe("filters", () => {
  it("by text, author name, email, IP hash and email hash, and by article", async () => {
    // IP hashes are SHA-256 hex, like every real one (lib/security/request.ts hashIp).
    const zeldaIp = createHash("sha256").update(`zelda-${run}`).digest("hex");
    const odd = await comment(other.id, {
      body: `Discount 100% genuine_items, ${run} — see https://spam.example.com/buy`,
      authorName: `Zelda Quartermain-Côté ${run}`,
      authorEmail: `zelda-${run}@mail.example`,
      ipHash: zeldaIp,
    });
    const plain = await comment(other.id, { body: `Another thought, ${run}`, authorName: "Bob" });
    const ids = async (patch: Partial<QueueQuery>) =>
      (await getQueuePage(query({ article: other.id, ...patch }))).comments.map((c) => c.id);

    expect(await ids({})).toEqual([plain.id, odd.id]);
    // Words, each the start of a word of the comment; case, accents and punctuation aside.
    expect(await ids({ q: "100% GENUINE_items" })).toEqual([odd.id]);
    expect(await ids({ q: "genu ITEM" })).toEqual([odd.id]);
    expect(await ids({ q: "discount, géNUINE!" })).toEqual([odd.id]);
    expect(await ids({ q: "enuine" })).toEqual([]); // not inside a word
    expect(await ids({ q: "discount another" })).toEqual([]); // every word
    expect(await ids({ q: "%_" })).toEqual([]); // no word at all: nothing
    expect(await ids({ q: "spam.example" })).toEqual([odd.id]);
    // A name: the names beginning with it, case and accents aside; else the names containing it.
    expect(await ids({ author: "ZELDA quartermain-cote" })).toEqual([odd.id]);
    expect(await ids({ author: "zel" })).toEqual([odd.id]);
    expect(await ids({ author: "quarterm" })).toEqual([odd.id]);
    expect(await ids({ author: `côté ${run}` })).toEqual([odd.id]);
    expect(await ids({ author: "zelda quartermain-cote x" })).toEqual([]);
    expect(await ids({ author: "%" })).toEqual([]); // no wildcard: a literal "%"
    expect(await ids({ author: `zelda-${run}@MAIL` })).toEqual([odd.id]);
    expect(await ids({ author: zeldaIp })).toEqual([odd.id]);
    expect(await ids({ author: emailHash(`zelda-${run}@mail.example`) })).toEqual([odd.id]);
    expect(await ids({ author: zeldaIp.slice(0, 40) })).toEqual([]); // a hash matches whole, not in part
    // Staff replies carry the staff IP hash; the queue's IP link lists them.
    const reply = await comment(other.id, { ipHash: STAFF_IP_HASH, authorName: "Queue Moderator" });
    expect(await ids({ author: STAFF_IP_HASH })).toEqual([reply.id]);
    expect(await ids({ tab: "approved" })).toEqual([]);
    expect((await getQueuePage(query({ q: `Another thought, ${run}` }))).comments.map((c) => c.id)).toEqual([
      plain.id,
    ]);
  });

  it("offers the articles with comments in a tab, the selected one included", async () => {
    const choices = await getArticleChoices("trash", other.id);
    expect(choices.find((choice) => choice.id === counted.id)).toMatchObject({ comments: 1 });
    expect(choices.find((choice) => choice.id === other.id)).toMatchObject({ comments: 0 });
  });
});

describe("keyset pages", () => {
  it("walks 120 comments in pages of 50, newest first with ties broken by id, and back", async () => {
    // Two comments share each creation time.
    await db.comment.createMany({
      data: Array.from({ length: 120 }, (_, i) => ({
        articleId: paged.id,
        authorName: `Pager ${i}`,
        authorEmail: `pager-${i}@lede-comments.test`,
        emailHash: `pager-${i}`,
        body: `Paged comment ${i}`,
        status: "PENDING" as const,
        ipHash: "pager",
        createdAt: new Date(T0 - Math.floor(i / 2) * 60_000),
      })),
    });
    const expected = (
      await db.comment.findMany({
        where: { articleId: paged.id },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: { id: true },
      })
    ).map((row) => row.id);

    const first = await getQueuePage(query({ article: paged.id }));
    expect(first.comments.map((c) => c.id)).toEqual(expected.slice(0, 50));
    expect(first.newer).toBeNull();
    const second = await getQueuePage(query({ article: paged.id, after: first.older! }));
    expect(second.comments.map((c) => c.id)).toEqual(expected.slice(50, 100));
    const third = await getQueuePage(query({ article: paged.id, after: second.older! }));
    expect(third.comments.map((c) => c.id)).toEqual(expected.slice(100));
    expect(third.older).toBeNull();

    const back = await getQueuePage(query({ article: paged.id, before: third.newer! }));
    expect(back.comments.map((c) => c.id)).toEqual(expected.slice(50, 100));
    expect(back).toMatchObject({ newer: expect.anything(), older: expect.anything() });
    // Back past the top: the full first page.
    const top = await getQueuePage(
      query({ article: paged.id, before: { createdAt: new Date(T0 - 5 * 60_000), id: expected[10]! } }),
    );
    expect(top.comments.map((c) => c.id)).toEqual(expected.slice(0, 50));
    expect(top.newer).toBeNull();
  });

  it("survives the round trip through the address bar", () => {
    const cursor = { createdAt: new Date(T0 + 123), id: 42 };
    const path = queuePath({ tab: "spam", article: 7, q: "a&b=c", author: "x y", after: cursor });
    expect(path).toBe(`/admin/comments?tab=spam&article=7&q=a%26b%3Dc&author=x+y&after=${T0 + 123}.42`);
    expect(parseQueueQuery(new URLSearchParams(path.split("?")[1]))).toEqual({
      tab: "spam",
      article: 7,
      q: "a&b=c",
      author: "x y",
      after: cursor,
      before: undefined,
    });
    expect(parseQueueQuery({ tab: "nope", article: "1;", after: "x" })).toEqual({
      tab: "pending",
      article: undefined,
      q: undefined,
      author: undefined,
      after: undefined,
      before: undefined,
    });
    expect(returnPath("https://evil.example/admin/comments?tab=spam")).toBe("/admin/comments?tab=pending");
    expect(returnPath(path)).toBe(path);
  });
});

describe("the Reported tab and each comment's surroundings", () => {
  it("lists reported comments with their open reports, context, author history and status history", async () => {
    const article = await db.article.findUniqueOrThrow({
      where: { id: counted.id },
      include: { section: true },
    });
    const author = `regular-${run}@lede-comments.test`;
    const parent = await comment(counted.id, {
      status: "APPROVED",
      body: `The parent comment, ${"long ".repeat(60)}end.`,
      authorName: "Parent Author",
    });
    const reported = await comment(counted.id, {
      status: "APPROVED",
      parentId: parent.id,
      authorEmail: author,
      spamSignals: {
        signals: Array.from({ length: 8 }, (_, i) => ({ token: `token-${i}`, probability: 0.9 - i * 0.1 })),
        tokens: ["a", "b"],
      },
    });
    await db.comment.update({ where: { id: reported.id }, data: { spamScore: 0.4567 } });
    await comment(counted.id, { status: "APPROVED", authorEmail: author });
    await comment(counted.id, { status: "SPAM", authorEmail: author });
    await db.commenter.create({ data: { emailHash: emailHash(author), standing: "PREMODERATED" } });
    await db.commentStatusChange.create({
      data: {
        commentId: reported.id,
        fromStatus: "APPROVED",
        toStatus: "APPROVED",
        actorId: staff.id,
        reason: "featured by a moderator",
      },
    });
    await db.commentReport.createMany({
      data: [
        { commentId: reported.id, reason: "ABUSE", ipHash: "r1", details: "Insults another reader" },
        { commentId: reported.id, reason: "ABUSE", ipHash: "r2" },
        { commentId: reported.id, reason: "SPAM", ipHash: "r3" },
      ],
    });

    const page = await getQueuePage(query({ tab: "reported", article: counted.id }));
    const shown = page.comments.find((c) => c.id === reported.id)!;
    expect(page.comments.map((c) => c.id)).toContain(reported.id);
    expect(page.comments.every((c) => c.reports !== null)).toBe(true);
    expect(shown.reports).toEqual({
      count: 3,
      byReason: [
        { reason: "ABUSE", count: 2 },
        { reason: "SPAM", count: 1 },
      ],
      details: ["Insults another reader"],
    });
    expect(shown.article).toEqual({
      id: counted.id,
      title: article.title,
      href: `/${article.section.slug}/${article.slug}`,
      visible: true,
    });
    expect(shown.parent).toMatchObject({ id: parent.id, authorName: "Parent Author", status: "APPROVED" });
    expect(shown.parent!.excerpt.length).toBeLessThanOrEqual(160);
    expect(shown.parent!.excerpt.endsWith("…")).toBe(true);
    expect(shown.author).toEqual({ approved: 2, pending: 0, spam: 1, trash: 0, standing: "PREMODERATED" });
    expect(shown.spamScore).toBe(0.4567);
    expect(shown.topSignals.map((signal) => signal.token)).toEqual([
      "token-0",
      "token-1",
      "token-2",
      "token-3",
      "token-4",
    ]);
    expect(shown.history).toMatchObject([
      { from: null, to: "APPROVED", actor: null, reason: "pipeline" },
      { from: "APPROVED", to: "APPROVED", actor: "Queue Moderator", reason: "featured by a moderator" },
    ]);
    // Stored without a time zone, in UTC: the pipeline's entry is the comment's own time.
    expect(shown.history[0]!.at).toBe(shown.createdAt);
  });

  it("reads a page of 2 or of 50 in the same two statements: the page, then its surroundings", async () => {
    const small = await fixtures.article("small");
    const big = await fixtures.article("big");
    const fill = async (articleId: number, count: number) => {
      for (let i = 0; i < count; i++) {
        const parent = await comment(articleId, { status: "APPROVED" });
        const child = await comment(articleId, { parentId: parent.id });
        await db.commentReport.create({ data: { commentId: child.id, reason: "SPAM", ipHash: `q-${i}` } });
      }
    };
    await fill(small.id, 2);
    await fill(big.id, QUEUE_PAGE_SIZE);
    const countQueries = async (articleId: number) => {
      const spy = vi.spyOn(pg.Client.prototype, "query");
      try {
        const page = await getQueuePage(query({ tab: "reported", article: articleId }));
        expect(page.comments.length).toBeGreaterThanOrEqual(2);
        return spy.mock.calls.length;
      } finally {
        spy.mockRestore();
      }
    };
    const forSmall = await countQueries(small.id);
    expect(forSmall).toBe(2);
    expect(await countQueries(big.id)).toBe(forSmall);
  });
});
