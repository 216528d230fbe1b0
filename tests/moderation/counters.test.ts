// The comment counters (CommentStatusCount, ArticleCommentCount) are kept by statement-level
// triggers, so they must equal count(*) whatever wrote the rows: single and multi-row inserts,
// bulk status changes, moves between articles, deletes, cascades from a deleted article, from
// several connections at once (each writes its own slot). Random operations, then a comparison
// in one statement (one snapshot, so other test files writing meanwhile cannot skew it).
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { getTabCounts } from "@/lib/moderation/queries";
import { commentFixtures } from "../comments/support";

const fixtures = commentFixtures("counters");
const STATUSES = ["PENDING", "APPROVED", "SPAM", "TRASH"] as const;
let articleIds: number[] = [];

/** Deterministic pseudo-random numbers, so a failure can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

beforeAll(async () => {
  await fixtures.setup();
  articleIds = [];
  for (const name of ["a", "b", "c", "d"]) articleIds.push((await fixtures.article(name)).id);
});
afterAll(() => fixtures.teardown());

/** Differences between the counters and count(*), per status and per article (empty: exact). */
async function mismatches(client: pg.Client) {
  const { rows } = await client.query(`
    WITH actual AS (SELECT "articleId", status, count(*) AS n FROM "Comment" GROUP BY 1, 2),
    kept AS (SELECT "articleId", status, sum(count) AS n FROM "ArticleCommentCount" GROUP BY 1, 2),
    per_article AS (
      SELECT coalesce(a."articleId", k."articleId") AS article, coalesce(a.status, k.status) AS status,
        coalesce(a.n, 0) AS actual, coalesce(k.n, 0) AS kept
      FROM actual a FULL JOIN kept k ON k."articleId" = a."articleId" AND k.status = a.status
    ),
    total AS (
      SELECT s.status, (SELECT count(*) FROM "Comment" c WHERE c.status = s.status) AS actual,
        (SELECT coalesce(sum(count), 0) FROM "CommentStatusCount" k WHERE k.status = s.status) AS kept
      FROM unnest(enum_range(NULL::"CommentStatus")) AS s(status)
    )
    SELECT 'article ' || article AS scope, status::text, actual::int, kept::int FROM per_article
      WHERE actual <> kept
    UNION ALL
    SELECT 'site', status::text, actual::int, kept::int FROM total WHERE actual <> kept`);
  return rows;
}

/** Each connection works on its own article's rows (so two never lock the same rows), moving some to others. */
async function randomWork(client: pg.Client, seed: number, steps: number, articleId: number) {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  for (let step = 0; step < steps; step++) {
    const roll = next();
    if (roll < 0.3) {
      // A post, or a bulk load of several at once (like an import).
      const count = next() < 0.5 ? 1 : 2 + Math.floor(next() * 20);
      await client.query(
        `INSERT INTO "Comment" ("articleId", "authorName", "authorEmail", "emailHash", body, status, "ipHash")
         SELECT $1, 'Counter', 'counter@lede-comments.test', 'counter', 'Counted ' || n,
           (enum_range(NULL::"CommentStatus"))[1 + (n + $3) % 4], 'counter'
         FROM generate_series(1, $2) AS n`,
        [articleId, count, Math.floor(next() * 4)],
      );
    } else if (roll < 0.55) {
      // Moderation of one comment or a selection.
      await client.query(
        `UPDATE "Comment" SET status = $2 WHERE id IN (
           SELECT id FROM "Comment" WHERE "articleId" = $1 ORDER BY random() LIMIT $3)`,
        [articleId, pick(STATUSES), 1 + Math.floor(next() * 6)],
      );
    } else if (roll < 0.65) {
      // An edit that changes no status: the counters must not move.
      await client.query(`UPDATE "Comment" SET body = body || '.' WHERE "articleId" = $1`, [articleId]);
    } else if (roll < 0.75) {
      // Moved to another article (both articles' counts change).
      await client.query(
        `UPDATE "Comment" SET "articleId" = $2 WHERE id IN (
           SELECT id FROM "Comment" WHERE "articleId" = $1 ORDER BY random() LIMIT 3)`,
        [articleId, pick(articleIds)],
      );
    } else if (roll < 0.9) {
      // Deleted forever, erasure or retention: one or many at once, replies cascading.
      await client.query(
        `DELETE FROM "Comment" WHERE id IN (
           SELECT id FROM "Comment" WHERE "articleId" = $1 ORDER BY random() LIMIT $2)`,
        [articleId, 1 + Math.floor(next() * 5)],
      );
    } else {
      // A statement that is rolled back leaves the counters as they were.
      await client.query("BEGIN");
      await client.query(`UPDATE "Comment" SET status = 'SPAM' WHERE "articleId" = $1`, [articleId]);
      await client.query("ROLLBACK");
    }
  }
}

describe("comment counters", () => {
  it("equal count(*) per status and per article after random operations from four connections", async () => {
    const clients = await Promise.all(
      Array.from({ length: 4 }, async () => {
        const client = new pg.Client({ connectionString: inject("databaseUrl") });
        await client.connect();
        return client;
      }),
    );
    try {
      await Promise.all(
        clients.map((client, index) => randomWork(client, 1000 + index, 60, articleIds[index]!)),
      );
      // Replies too: a thread whose top comment is deleted takes its replies along.
      const [top] = (
        await clients[0]!.query<{ id: number }>(
          `INSERT INTO "Comment" ("articleId", "authorName", "authorEmail", "emailHash", body, status, "ipHash")
           VALUES ($1, 'Top', 't@lede-comments.test', 't', 'Top', 'APPROVED', 't') RETURNING id`,
          [articleIds[0]],
        )
      ).rows;
      await clients[1]!.query(
        `INSERT INTO "Comment" ("articleId", "parentId", "authorName", "authorEmail", "emailHash", body, status, "ipHash")
         SELECT $1, $2, 'Reply', 'r@lede-comments.test', 'r', 'Reply', 'PENDING', 'r' FROM generate_series(1, 3)`,
        [articleIds[0], top!.id],
      );
      await clients[2]!.query(`DELETE FROM "Comment" WHERE id = $1`, [top!.id]);
      expect(await mismatches(clients[0]!)).toEqual([]);

      // The counts the queue shows for an article are those exact numbers.
      const { rows } = await clients[0]!.query<{ status: string; n: number }>(
        `SELECT status, count(*)::int AS n FROM "Comment" WHERE "articleId" = $1 GROUP BY status`,
        [articleIds[1]],
      );
      const exact = (status: string) => rows.find((row) => row.status === status)?.n ?? 0;
      expect(exact("PENDING") + exact("APPROVED")).toBeGreaterThan(0);
      expect((await getTabCounts({ tab: "pending", article: articleIds[1] })).counts).toMatchObject({
        pending: exact("PENDING"),
        approved: exact("APPROVED"),
        spam: exact("SPAM"),
        trash: exact("TRASH"),
      });

      // Deleting an article cascades to its comments, and their counts go with them.
      await db.article.delete({ where: { id: articleIds[3]! } });
      articleIds = articleIds.slice(0, 3);
      expect(await mismatches(clients[0]!)).toEqual([]);
    } finally {
      await Promise.all(clients.map((client) => client.end()));
    }
  }, 120_000);

  it("a bulk load in one statement is counted like single posts", async () => {
    const client = new pg.Client({ connectionString: inject("databaseUrl") });
    await client.connect();
    try {
      await client.query(
        `INSERT INTO "Comment" ("articleId", "authorName", "authorEmail", "emailHash", body, status, "ipHash")
         SELECT $1, 'Bulk', 'bulk@lede-comments.test', 'bulk', 'Bulk ' || n,
           CASE WHEN n % 10 = 0 THEN 'SPAM' ELSE 'APPROVED' END::"CommentStatus", 'bulk'
         FROM generate_series(1, 5000) AS n`,
        [articleIds[2]],
      );
      expect(await mismatches(client)).toEqual([]);
    } finally {
      await client.end();
    }
  });
});
