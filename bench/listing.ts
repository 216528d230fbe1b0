// Keyset pagination at scale: fills a scratch database with 100,000 published articles in one
// section, then times the first page, a page deep in the archive and the last page of the
// section listing, plus the home page's recent list. The numbers are what PostgreSQL needs with
// the indexes of prisma/schema.prisma; they should not grow with the page number.
//   npx tsx bench/listing.ts [articles=100000]
import { performance } from "node:perf_hooks";
import { createPrismaClient } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { applyLocalDefaults } from "../lib/server/local-defaults";
import { createTestDatabase } from "../tests/support/database";

const total = Number(process.argv[2] ?? 100_000);
const server = await applyLocalDefaults(() => {});
const database = await createTestDatabase(server.url, "bench");
try {
  await migrate(database.url);
  const db = createPrismaClient(database.url);
  const section = await db.section.create({ data: { slug: "bench", name: "Bench" } });
  console.log(`Inserting ${total} articles…`);
  await db.$executeRaw`
    INSERT INTO "Article" (slug, title, body, lang, status, "publishedAt", "sectionId", "updatedAt")
    SELECT 'bench-' || n, 'Bench story ' || n, 'Body of story ' || n, 'en', 'PUBLISHED',
           now() - (n || ' minutes')::interval, ${section.id}, now()
    FROM generate_series(1, ${total}) AS n`;
  await db.$executeRaw`ANALYZE "Article"`;

  process.env.DATABASE_URL = database.url;
  process.env.AUTH_SECRET ||= "bench-secret-bench-secret-bench-secret";
  const { loadArticleList } = await import("../lib/articles/listing");
  const getArticleList = (kind: "section", slug: string, before?: string) =>
    loadArticleList(kind, slug, before, new Date());
  const time = async (label: string, run: () => Promise<unknown>) => {
    await run(); // warm-up
    const runs = 20;
    const start = performance.now();
    for (let i = 0; i < runs; i++) await run();
    console.log(`${label.padEnd(32)} ${((performance.now() - start) / runs).toFixed(2)} ms`);
  };
  const cursorAt = async (offset: number) => {
    const [row] = await db.$queryRaw<{ id: number; publishedAt: Date }[]>`
      SELECT id, "publishedAt" FROM "Article" ORDER BY "publishedAt" DESC, id DESC OFFSET ${offset} LIMIT 1`;
    return Buffer.from(`${row!.publishedAt.toISOString()}_${row!.id}`).toString("base64url");
  };
  const middle = await cursorAt(total / 2);
  const end = await cursorAt(total - 10);
  await time("section page 1", () => getArticleList("section", "bench"));
  await time(`section page ${Math.floor(total / 40)}`, () => getArticleList("section", "bench", middle));
  await time("section last page", () => getArticleList("section", "bench", end));
  await db.$disconnect();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await database.drop();
  await server.stop();
  process.exit();
}
