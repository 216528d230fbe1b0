// The moderation queue's statements at the plan level: with sequential scans priced out, every
// tab, filter, count and the article filter's choices still find an index on "Comment" (the
// word GIN index for text, trigram GIN indexes for names, (status, createdAt, id) and (articleId, status,
// createdAt, id) for the keyset pages). Timing at a million comments is bench/scale.ts's job.
import { createHash } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { getArticleChoices, getQueuePage, getTabCounts } from "@/lib/moderation/queries";
import { TABS, type QueueQuery } from "@/lib/moderation/schema";
import { commentFixtures } from "../comments/support";
import { SEQ_SCAN_ON_COMMENT, commentPlans } from "../support/plans";

const fixtures = commentFixtures("queue-plans");
/** IP hashes are SHA-256 hex, like every real one. */
const ipHash = (n: number) => createHash("sha256").update(`planner-ip-${n}`).digest("hex");
let articleId = 0;

beforeAll(async () => {
  await fixtures.setup();
  articleId = (await fixtures.article("planned")).id;
  await db.comment.createMany({
    data: Array.from({ length: 40 }, (_, i) => ({
      articleId,
      authorName: `Planner ${i}`,
      authorEmail: `planner-${i}@lede-comments.test`,
      emailHash: `planner-${i}`,
      body: `Positions taken by reader ${i}`,
      status: (["PENDING", "APPROVED", "SPAM", "TRASH"] as const)[i % 4],
      ipHash: ipHash(i % 5),
    })),
  });
});
afterAll(() => fixtures.teardown());

const views: [string, QueueQuery][] = [
  ...TABS.map((tab): [string, QueueQuery] => [`${tab.label} tab`, { tab: tab.id }]),
  ["article filter", { tab: "approved", article: 0 }],
  ["text filter", { tab: "pending", q: "positions" }],
  ["author name filter", { tab: "approved", author: "Planner 3" }],
  ["author part of a name filter", { tab: "approved", author: "anner 3" }],
  ["author email filter", { tab: "spam", author: "planner-2@lede" }],
  ["author hash filter", { tab: "spam", author: ipHash(2) }],
  ["older page", { tab: "pending", after: { createdAt: new Date(), id: 2_000_000_000 } }],
];

describe("queue plans", () => {
  it.each(views)("%s: page, counts and choices use indexes on Comment", async (_label, view) => {
    const query = view.article === undefined ? view : { ...view, article: articleId };
    const plans = await commentPlans(async () => {
      await getQueuePage(query);
      await getTabCounts(query);
      await getArticleChoices(query.tab, query.article);
    });
    // At least the page and the article choices (an empty page reads nothing more; counts
    // without a filter come from the counters).
    expect(plans.length).toBeGreaterThanOrEqual(2);
    for (const plan of plans) {
      expect(plan).not.toMatch(SEQ_SCAN_ON_COMMENT);
    }
    // On this small table the planner may walk the keyset index and filter; at scale it picks
    // the trigram index for rare words (below: that index serves the filter's own predicate).
    const all = plans.join("\n");
    if (query.q || query.author) return;
    // The article filter: either composite index serves it here (both carry articleId, and on
    // this small table the planner's pick between them follows the statistics of the moment).
    if (query.article !== undefined)
      expect(all).toMatch(
        /"Comment_articleId_status_createdAt_id_idx"|"Comment_status_createdAt_id_articleId_idx"/,
      );
    else if (query.tab !== "reported") expect(all).toContain('"Comment_status_createdAt_id_articleId_idx"');
  });

  it("text and author filters have GIN, trigram and hash indexes to serve them", async () => {
    const plan = async (sql: string) => {
      const client = new pg.Client({ connectionString: inject("databaseUrl") });
      await client.connect();
      try {
        await client.query("SET enable_seqscan = off");
        const { rows } = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN ${sql}`);
        return rows.map((row) => row["QUERY PLAN"]).join("\n");
      } finally {
        await client.end();
      }
    };
    const words = `c."bodySearch" @@ to_tsquery('lede_simple', 'positions:*')`;
    // A rare word: its matches from the GIN index (the page's MATERIALIZED shape, the counts).
    expect(await plan(`SELECT id FROM "Comment" c WHERE ${words}`)).toContain(
      'Bitmap Index Scan on "Comment_bodySearch_idx"',
    );
    // A common word: the tab's index newest first, the word checked on each row, no sort.
    const walk = await plan(
      `SELECT c.id FROM "Comment" c WHERE c.status = 'PENDING' AND ${words}
       ORDER BY c."createdAt" DESC, c.id DESC LIMIT 51`,
    );
    expect(walk).not.toMatch(SEQ_SCAN_ON_COMMENT);
    expect(walk).toMatch(/Index Scan|Bitmap Index Scan/);
    const author = await plan(
      `SELECT id FROM "Comment" c WHERE c."authorName" ILIKE '%planner%' OR c."authorEmail" ILIKE '%planner%'
         OR c."ipHash" = 'planner' OR c."emailHash" = 'planner'`,
    );
    expect(author).toContain("BitmapOr");
    for (const index of ["authorName_idx", "authorEmail_idx", "ipHash_createdAt_idx", "emailHash_status_idx"])
      expect(author).toContain(`"Comment_${index}"`);
  });

  it("a rare word's page reads the GIN index only, without ANDing a whole tab's bitmap", async () => {
    const plans = await commentPlans(() => getQueuePage({ tab: "pending", q: "positions" }));
    const page = plans.find((plan) => plan.includes("CTE c"));
    expect(page).toBeDefined();
    expect(page).toContain('Bitmap Index Scan on "Comment_bodySearch_idx"');
    expect(page).not.toContain("BitmapAnd");
    expect(page).not.toMatch(SEQ_SCAN_ON_COMMENT);
  });

  it("a name's counts and page are one range of the folded-name index, read from the index alone", async () => {
    await db.$executeRawUnsafe(`VACUUM "Comment"`); // index-only scans need the visibility map
    const plans = await commentPlans(async () => {
      await getTabCounts({ tab: "approved", author: "PLANNER 3" });
      await getQueuePage({ tab: "approved", author: "PLANNER 3" });
    });
    const ranges = plans.filter((plan) => plan.includes('"Comment_authorNameKey_idx"'));
    // The prefix check, the counts and the page.
    expect(ranges.length).toBeGreaterThanOrEqual(3);
    for (const plan of ranges) {
      expect(plan).not.toMatch(SEQ_SCAN_ON_COMMENT);
      // Walked in order and stopped, not gathered into a bitmap; no trigram index.
      expect(plan).not.toContain('Bitmap Index Scan on "Comment_authorNameKey_idx"');
      expect(plan).not.toContain('"Comment_authorName_idx"');
    }
    expect(ranges.some((plan) => plan.includes("Index Only Scan"))).toBe(true);
  });

  it("reads unfiltered counts from the counters, not from Comment", async () => {
    const plans = await commentPlans(() => getTabCounts({ tab: "pending" }));
    expect(plans).toEqual([]);
  });
});
