// npm run bench:scale -- --scale-url <url> --demo-url <url> [--runs 15]
//
// Server-side time of what each page reads, on a scale-seeded database (npm run seed:scale)
// beside the demo database, and the ratio. Every read runs uncached (Next's cache API is a
// no-op here, see bench/support/uncached.mjs), in a fresh process per database: the moderation
// queue (each tab, the text, author and article filters, an older page: counts + page + article
// choices, as the page runs them), the first/middle/last comment page of the article with the
// most comments and a permalink into it, the article page, home, a section listing and search.
// Median and p95 of --runs timed runs after one warm-up; PostgreSQL's caches are warm.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";

const { values } = parseArgs({
  options: {
    "scale-url": { type: "string" },
    "demo-url": { type: "string" },
    measure: { type: "string" },
    runs: { type: "string", default: "15" },
    json: { type: "boolean", default: false },
  },
});
const runs = Number(values.runs);

type Result = { label: string; median: number; p95: number };

if (values.measure) {
  process.env.DATABASE_URL = values.measure;
  process.env.AUTH_SECRET ||= "bench-secret-bench-secret-bench-secret";
  console.log(JSON.stringify(await measure()));
  process.exit(0);
} else {
  const scaleUrl = values["scale-url"];
  const demoUrl = values["demo-url"];
  if (!scaleUrl || !demoUrl) {
    console.error(
      "Usage: npm run bench:scale -- --scale-url postgresql://…/lede_scale --demo-url postgresql://…/lede_demo [--runs 15]",
    );
    process.exit(2);
  }
  const demo = await child(demoUrl);
  const scale = await child(scaleUrl);
  const ms = (value: number | undefined) => (value === undefined ? "—" : value.toFixed(1));
  console.log(
    `${"read (uncached, server side)".padEnd(52)} ${"demo median/p95".padStart(16)} ${"scale median/p95".padStart(17)} ${"ratio".padStart(6)}`,
  );
  for (const row of scale) {
    const base = demo.find((candidate) => candidate.label === row.label);
    const ratio = base ? row.median / Math.max(base.median, 0.1) : undefined;
    console.log(
      `${row.label.padEnd(52)} ${`${ms(base?.median)} / ${ms(base?.p95)}`.padStart(16)} ${`${ms(row.median)} / ${ms(row.p95)}`.padStart(17)} ${(ratio === undefined ? "—" : `${ratio.toFixed(2)}×`).padStart(6)}`,
    );
  }
  console.log("Times in ms. Ratio = scale median / demo median.");
}

/** Runs this script again in a fresh process on one database and reads its results. */
function child(url: string): Promise<Result[]> {
  return new Promise((resolve, reject) => {
    const proc = spawn(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), "--measure", url, "--runs", String(runs)],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    let out = "";
    proc.stdout.on("data", (chunk) => (out += chunk));
    proc.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`measuring ${new URL(url).pathname} failed (${code})`));
      resolve(JSON.parse(out.trim().split("\n").at(-1)!) as Result[]);
    });
  });
}

async function measure(): Promise<Result[]> {
  const { db } = await import("../lib/db");
  const { getTabCounts, getQueuePage, getArticleChoices } = await import("../lib/moderation/queries");
  const { TABS } = await import("../lib/moderation/schema");
  const { getCommentSection, locateComment } = await import("../lib/comments/queries");
  const { getArticlePage, getHomePage } = await import("../lib/articles/queries");
  const { loadArticleList } = await import("../lib/articles/listing");
  const { searchArticles } = await import("../lib/search/queries");
  type QueueQuery = import("../lib/moderation/schema").QueueQuery;

  const results: Result[] = [];
  const time = async (label: string, run: () => Promise<unknown>) => {
    await run(); // warm-up
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await run();
      samples.push(performance.now() - start);
    }
    samples.sort((a, b) => a - b);
    results.push({
      label,
      median: samples[Math.floor(samples.length / 2)]!,
      p95: samples[Math.min(samples.length - 1, Math.ceil(samples.length * 0.95) - 1)]!,
    });
  };

  // The article with the most approved comments, and the busiest commenter's name.
  const [hot] = await db.$queryRaw<{ id: number; slug: string; section: string; approved: number }[]>`
    SELECT a.id, a.slug, s.slug AS section, sum(n.count)::int AS approved
    FROM "ArticleCommentCount" n JOIN "Article" a ON a.id = n."articleId" JOIN "Section" s ON s.id = a."sectionId"
    WHERE n.status = 'APPROVED' GROUP BY a.id, a.slug, s.slug ORDER BY approved DESC LIMIT 1`;
  if (!hot) throw new Error("no comments in this database");
  const [author] = await db.$queryRaw<{ name: string }[]>`
    SELECT "authorName" AS name FROM "Comment" WHERE status = 'PENDING' ORDER BY "createdAt" DESC LIMIT 1`;

  const queue = (query: QueueQuery) => () =>
    Promise.all([getTabCounts(query), getQueuePage(query), getArticleChoices(query.tab, query.article)]);
  for (const tab of TABS) await time(`queue: ${tab.label} tab`, queue({ tab: tab.id }));
  // The text filter matches words (lib/moderation/schema.ts, textFilterWords): a rare word (in
  // 0.2 % of comments, the matches "positions" had as a substring) and a very common one.
  await time(`queue: Pending, text "propositions" (rare)`, queue({ tab: "pending", q: "propositions" }));
  await time(`queue: Approved, text "propositions" (rare)`, queue({ tab: "approved", q: "propositions" }));
  await time(`queue: Pending, text "the" (common)`, queue({ tab: "pending", q: "the" }));
  await time(`queue: Pending, author name`, queue({ tab: "pending", author: author?.name ?? "Reader" }));
  await time(`queue: Approved, article with most comments`, queue({ tab: "approved", article: hot.id }));
  const firstPage = await getQueuePage({ tab: "approved" });
  await time(
    `queue: Approved, second page (keyset)`,
    queue({ tab: "approved", after: firstPage.older ?? undefined }),
  );

  const section = (await getCommentSection(hot.id, 1))!;
  const middle = Math.max(1, Math.ceil(section.pageCount / 2));
  await time(`comments: hottest article, page 1`, () => getCommentSection(hot.id, 1));
  await time(`comments: hottest article, middle page`, () => getCommentSection(hot.id, middle));
  await time(`comments: hottest article, last page`, () => getCommentSection(hot.id, section.pageCount));
  const middleThread = (await getCommentSection(hot.id, middle))!.threads[0];
  if (middleThread) await time(`permalink: comment on the middle page`, () => locateComment(middleThread.id));
  await time(`article page (hottest article + its comments)`, () =>
    Promise.all([getArticlePage(hot.section, hot.slug), getCommentSection(hot.id)]),
  );
  await time(`home`, () => getHomePage());
  await time(`section listing: world, page 1`, () =>
    loadArticleList("section", "world", undefined, new Date()),
  );
  await time(`search: "ukraine"`, () => searchArticles({ q: "ukraine" }));
  await time(`search: "élection municipale"`, () => searchArticles({ q: "élection municipale" }));
  console.error(
    `${new URL(process.env.DATABASE_URL!).pathname.slice(1)}: hottest article ${hot.id} (${hot.approved} approved comments, ${section.pageCount} pages)`,
  );
  await db.$disconnect();
  return results;
}
