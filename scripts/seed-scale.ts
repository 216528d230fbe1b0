// npm run seed:scale -- --database-url <url> [--articles 100000] [--comments 1000000]
//
// Fills a database of your choosing with a newsroom's archive, for benchmarks: the demo content
// first (staff accounts, sections, the seed article), then N archive articles and M reader
// comments with a realistic spread — a few hot articles (the hottest gets 5 % of all comments,
// 50,000 of a million), a long tail, threads with replies up to four deep, and the status mix of
// a real site (≈ 90.3 % approved, 4.9 % pending, 2.9 % spam, 1.9 % trash), plus open reports.
//
// Rows go in as multi-row INSERT … SELECT FROM unnest(…) batches (one round trip per 5,000
// rows), so every trigger runs as it would for any writer: the exact comment counters are right
// when it ends. The database is named explicitly, never taken from DATABASE_URL, and the
// embedded demo database is refused, so nobody loads a million comments into it by accident.
import { createHash } from "node:crypto";
import { parseArgs } from "node:util";
import pg from "pg";
import { emailHash } from "../lib/comments/identity";
import { createPrismaClient } from "../lib/db/client";
import { EMBEDDED_DATABASE_NAME } from "../lib/db/embedded";
import { migrate } from "../lib/db/migrate";
import { seedDemoContent } from "../prisma/seed";
import {
  articles as demoArticles,
  commentSamples,
  commenterNames,
  spamSamples,
} from "../prisma/seed/content";

const USAGE =
  "Usage: npm run seed:scale -- --database-url postgresql://…/lede_scale [--articles 100000] [--comments 1000000]";

const { values } = parseArgs({
  options: {
    "database-url": { type: "string" },
    articles: { type: "string", default: "100000" },
    comments: { type: "string", default: "1000000" },
  },
});

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const databaseUrl = values["database-url"];
if (!databaseUrl)
  fail("Name the database to fill with --database-url (DATABASE_URL is not used on purpose).");
const target = new URL(databaseUrl);
if (target.pathname.replace(/^\//, "") === EMBEDDED_DATABASE_NAME)
  fail(`Refusing to fill "${EMBEDDED_DATABASE_NAME}", the embedded demo database: create a database for it.`);
const articleTotal = Number(values.articles);
const commentTotal = Number(values.comments);
if (!Number.isSafeInteger(articleTotal) || articleTotal < 10) fail("--articles must be a whole number ≥ 10.");
if (!Number.isSafeInteger(commentTotal) || commentTotal < 0) fail("--comments must be a whole number ≥ 0.");

const BATCH = 5_000;
const now = Date.now();
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Deterministic pseudo-random numbers (mulberry32), so two runs build the same archive. */
let state = 20261202;
function next(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
/** Index in [0, n), skewed towards 0 (a few words or commenters are very common, most are rare). */
const skewed = (n: number, power = 2) => Math.floor(n * next() ** power);

function progress(label: string, done: number, total: number, startedAt: number) {
  const width = 30;
  const filled = total ? Math.round((done / total) * width) : width;
  const seconds = (Date.now() - startedAt) / 1000;
  const rate = seconds > 0 ? Math.round(done / seconds) : 0;
  process.stderr.write(
    `\r${label.padEnd(9)} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${done.toLocaleString("en")}/${total.toLocaleString("en")} ${rate.toLocaleString("en")}/s ${seconds.toFixed(0)} s `,
  );
  if (done >= total) process.stderr.write("\n");
}

// Vocabulary from the demo articles, most frequent first: archive text uses real words with a
// natural skew, so a text filter matches some comments and not others.
const vocabulary = (() => {
  const counts = new Map<string, number>();
  for (const article of demoArticles)
    for (const word of article.body.toLowerCase().match(/\p{L}{4,}/gu) ?? [])
      counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([word]) => word);
})();
const words = (n: number) => Array.from({ length: n }, () => vocabulary[skewed(vocabulary.length)]).join(" ");
const sentence = (n: number) => {
  const text = words(n);
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
};
const paragraphs = demoArticles.flatMap((article) =>
  article.body.split(/\n{2,}/).filter((p) => p.length > 80),
);

const client = new pg.Client({ connectionString: databaseUrl });

async function insertArticles(
  sectionIds: number[],
  authorIds: number[],
): Promise<{ id: number; at: number }[]> {
  const startedAt = Date.now();
  const created: { id: number; at: number }[] = [];
  const [{ max }] = (await client.query<{ max: number | null }>(`SELECT max(id) AS max FROM "Article"`))
    .rows as [{ max: number | null }];
  let id = (max ?? 0) + 1;
  // Oldest first, one every ~25 minutes back from an hour ago (100k articles ≈ 5 years).
  const spacing = 25 * MINUTE;
  for (let done = 0; done < articleTotal;) {
    const size = Math.min(BATCH / 5, articleTotal - done);
    const columns = {
      id: [] as number[],
      slug: [] as string[],
      title: [] as string[],
      dek: [] as string[],
      body: [] as string[],
      lang: [] as string[],
      at: [] as Date[],
      section: [] as number[],
    };
    for (let index = 0; index < size; index++, id++) {
      const age = (articleTotal - done - index) * spacing + 60 * MINUTE;
      const title = sentence(5 + Math.floor(next() * 6)).slice(0, -1);
      columns.id.push(id);
      columns.slug.push(`archive-${id}`);
      columns.title.push(title);
      columns.dek.push(sentence(14));
      columns.body.push(
        [pick(paragraphs), sentence(40), pick(paragraphs), sentence(30), pick(paragraphs)].join("\n\n"),
      );
      columns.lang.push(next() < 0.4 ? "fr" : "en");
      columns.at.push(new Date(now - age));
      columns.section.push(pick(sectionIds));
      created.push({ id, at: now - age });
    }
    await client.query(
      `INSERT INTO "Article" (id, slug, title, dek, body, lang, status, "publishedAt", "sectionId", "createdAt", "updatedAt")
       SELECT id, slug, title, dek, body, lang::"Language", 'PUBLISHED', at, section, at, at
       FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::timestamp[], $8::int[])
         AS a(id, slug, title, dek, body, lang, at, section)`,
      [
        columns.id,
        columns.slug,
        columns.title,
        columns.dek,
        columns.body,
        columns.lang,
        columns.at.map((date) => date.toISOString().replace("Z", "")),
        columns.section,
      ],
    );
    await client.query(
      `INSERT INTO "ArticleAuthor" ("articleId", "authorId", position)
       SELECT id, author, 0 FROM unnest($1::int[], $2::int[]) AS a(id, author)`,
      [columns.id, columns.id.map(() => pick(authorIds))],
    );
    done += size;
    progress("articles", done, articleTotal, startedAt);
  }
  await client.query(`SELECT setval(pg_get_serial_sequence('"Article"', 'id'), $1)`, [id - 1]);
  return created;
}

type CommentRow = {
  id: number;
  articleId: number;
  parentId: number | null;
  threadId: number;
  threadNumber: number | null;
  depth: number;
  commenter: number;
  body: string;
  status: "APPROVED" | "PENDING" | "SPAM" | "TRASH";
  createdAt: number;
};

const STATUS_MIX = [
  ["APPROVED", 906],
  ["PENDING", 49],
  ["SPAM", 29],
  ["TRASH", 19],
] as const;
const MIX_TOTAL = STATUS_MIX.reduce((sum, [, weight]) => sum + weight, 0);
function randomStatus(): CommentRow["status"] {
  let roll = next() * MIX_TOTAL;
  for (const [status, weight] of STATUS_MIX) if ((roll -= weight) < 0) return status;
  return "APPROVED";
}

const COMMENTERS = 100_000;
const commenter = (index: number) => {
  const name = `${commenterNames[index % commenterNames.length]}${index < commenterNames.length ? "" : ` ${index}`}`;
  const email = `reader.${index}@example.com`;
  return {
    name,
    email,
    emailHash: emailHash(email),
    ipHash: createHash("sha256")
      .update(`scale-ip-${index % 60_000}`)
      .digest("hex"),
    url: index % 10 === 0 ? `https://reader-${index}.example.net` : null,
  };
};
const commenterCache = new Map<number, ReturnType<typeof commenter>>();
const commenterOf = (index: number) => {
  let found = commenterCache.get(index);
  if (!found) commenterCache.set(index, (found = commenter(index)));
  return found;
};

function commentBody(status: CommentRow["status"]): string {
  if (status === "SPAM") return `${pick(spamSamples)} ${words(6)}`;
  const parts = [pick(commentSamples).text];
  if (next() < 0.5) parts.push(sentence(8 + Math.floor(next() * 20)));
  if (next() < 0.2) parts.push(pick(commentSamples).text);
  return parts.join("\n\n");
}

/** How many comments each archive article gets: the hot few, then a long tail skewed to recent. */
function planComments(archive: { id: number; at: number }[]): Map<number, number> {
  const plan = new Map<number, number>();
  const newestFirst = [...archive].reverse();
  const hot = [0.05, 0.02, 0.01, 0.005, 0.005, 0.005, 0.005].map((share) => Math.round(share * commentTotal));
  let left = commentTotal;
  hot.forEach((count, index) => {
    const article = newestFirst[index * 3 + 1];
    if (!article || left <= 0) return;
    plan.set(article.id, Math.min(count, left));
    left -= Math.min(count, left);
  });
  for (; left > 0; left--) {
    const article = newestFirst[skewed(newestFirst.length)]!;
    plan.set(article.id, (plan.get(article.id) ?? 0) + 1);
  }
  return plan;
}

async function insertComments(archive: { id: number; at: number }[]) {
  const startedAt = Date.now();
  const [{ max }] = (await client.query<{ max: number | null }>(`SELECT max(id) AS max FROM "Comment"`))
    .rows as [{ max: number | null }];
  let nextId = (max ?? 0) + 1;
  const publishedAt = new Map(archive.map((article) => [article.id, article.at]));
  let pending: CommentRow[] = [];
  let done = 0;
  const flush = async () => {
    if (!pending.length) return;
    const rows = pending;
    pending = [];
    const people = rows.map((row) => commenterOf(row.commenter));
    await client.query(
      `INSERT INTO "Comment" (id, "articleId", "parentId", "threadId", "threadNumber", depth, "authorName",
         "authorEmail", "emailHash", "authorUrl", body, status, reasons, "spamScore", "ipHash", "userAgent",
         featured, "createdAt")
       SELECT id, article, parent, thread, number, depth, name, email, hash, url, body, status::"CommentStatus",
         ARRAY[CASE status WHEN 'APPROVED' THEN 'Site default: approved' WHEN 'PENDING' THEN 'Held for moderation'
           WHEN 'SPAM' THEN 'Spam score 0.97' ELSE 'Matched a disallowed key' END],
         CASE status WHEN 'SPAM' THEN 0.97 WHEN 'PENDING' THEN 0.65 ELSE 0.05 END,
         ip, 'Mozilla/5.0 (scale seed)', status = 'APPROVED' AND id % 997 = 0, at
       FROM unnest($1::int[], $2::int[], $3::int[], $4::int[], $5::int[], $6::int[], $7::text[], $8::text[],
         $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::timestamp[])
         AS c(id, article, parent, thread, number, depth, name, email, hash, url, body, status, ip, at)`,
      [
        rows.map((row) => row.id),
        rows.map((row) => row.articleId),
        rows.map((row) => row.parentId),
        rows.map((row) => row.threadId),
        rows.map((row) => row.threadNumber),
        rows.map((row) => row.depth),
        people.map((person) => person.name),
        people.map((person) => person.email),
        people.map((person) => person.emailHash),
        people.map((person) => person.url),
        rows.map((row) => row.body),
        rows.map((row) => row.status),
        people.map((person) => person.ipHash),
        rows.map((row) => new Date(row.createdAt).toISOString().replace("Z", "")),
      ],
    );
    // The pipeline's first decision, for the held and removed ones (what the queue shows).
    const decided = rows.filter((row) => row.status !== "APPROVED");
    if (decided.length)
      await client.query(
        `INSERT INTO "CommentStatusChange" ("commentId", "toStatus", reason, "createdAt")
         SELECT id, status::"CommentStatus", 'Scale seed', at
         FROM unnest($1::int[], $2::text[], $3::timestamp[]) AS s(id, status, at)`,
        [
          decided.map((row) => row.id),
          decided.map((row) => row.status),
          decided.map((row) => new Date(row.createdAt).toISOString().replace("Z", "")),
        ],
      );
    done += rows.length;
    progress("comments", done, commentTotal, startedAt);
  };

  for (const [articleId, count] of planComments(archive)) {
    const start = publishedAt.get(articleId)! + 5 * MINUTE;
    // Spread over up to three days after publication, never in the future.
    const span = Math.max(MINUTE, Math.min(3 * DAY, now - MINUTE - start));
    const recent: CommentRow[] = [];
    let threads = 0;
    for (let index = 0; index < count; index++) {
      const status = randomStatus();
      const parent = recent.length && next() < 0.4 ? recent[skewed(recent.length, 0.5)]! : null;
      const id = nextId++;
      const row: CommentRow = {
        id,
        articleId,
        parentId: parent?.id ?? null,
        threadId: parent?.threadId ?? id,
        threadNumber: parent ? null : ++threads,
        depth: parent ? parent.depth + 1 : 0,
        commenter: skewed(COMMENTERS, 3),
        body: commentBody(status),
        status,
        createdAt: start + Math.floor((span * (index + next())) / count),
      };
      if (status === "APPROVED" && row.depth < 4) {
        recent.push(row);
        if (recent.length > 30) recent.shift();
      }
      pending.push(row);
      if (pending.length >= BATCH) await flush();
    }
  }
  await flush();
  await client.query(`SELECT setval(pg_get_serial_sequence('"Comment"', 'id'), $1)`, [nextId - 1]);
}

async function main() {
  console.log(
    `Filling ${target.host}${target.pathname} (${articleTotal} articles, ${commentTotal} comments).`,
  );
  await migrate(databaseUrl!, { log: console.log });
  const db = createPrismaClient(databaseUrl!);
  try {
    await seedDemoContent(db, console.log);
  } finally {
    await db.$disconnect();
  }
  await client.connect();
  const [{ archived }] = (
    await client.query<{ archived: number }>(
      `SELECT count(*)::int AS archived FROM "Article" WHERE slug LIKE 'archive-%'`,
    )
  ).rows as [{ archived: number }];
  if (archived > 0) {
    console.error(`This database already holds ${archived} archive articles: use a fresh database.`);
    process.exit(1);
  }
  const sectionIds = (await client.query<{ id: number }>(`SELECT id FROM "Section"`)).rows.map(
    (row) => row.id,
  );
  const authorIds = (await client.query<{ id: number }>(`SELECT id FROM "Author"`)).rows.map((row) => row.id);
  // Secondary indexes are rebuilt once after the load, which is several times faster than
  // growing them row by row (the trigram GIN indexes above all). Triggers stay on.
  const indexes = (
    await client.query<{ name: string; definition: string }>(
      `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
       WHERE schemaname = current_schema() AND tablename IN ('Article', 'Comment', 'CommentStatusChange')
         AND indexdef NOT LIKE 'CREATE UNIQUE%'`,
    )
  ).rows;
  for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`);
  try {
    const archive = await insertArticles(sectionIds, authorIds);
    await insertComments(archive);
  } finally {
    const startedAt = Date.now();
    let done = 0;
    for (const index of indexes) {
      await client.query(index.definition);
      progress("indexes", ++done, indexes.length, startedAt);
    }
  }
  // A few hundred open reports, as a busy site has.
  await client.query(`
    INSERT INTO "CommentReport" ("commentId", reason, details, "ipHash", "createdAt")
    SELECT id, 'ABUSE', 'Scale seed report', 'scale-report-' || id, "createdAt" + interval '1 hour'
    FROM "Comment" WHERE status = 'APPROVED' AND id % 3001 = 0`);
  console.log("Analysing…");
  await client.query(`VACUUM ANALYZE`);
  const counts = await client.query<{ status: string; count: string }>(
    `SELECT status, sum(count)::text AS count FROM "CommentStatusCount" GROUP BY status ORDER BY status`,
  );
  console.log(`Done: ${counts.rows.map((row) => `${row.status.toLowerCase()} ${row.count}`).join(", ")}.`);
  await client.end();
}

await main().catch((error: unknown) => {
  console.error(`\nError: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
process.exit(0);
