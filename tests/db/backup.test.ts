// npm run db:backup and db:restore: back up a site with content and uploads, destroy the
// database and the files, restore, and find every article, comment and file again — and the
// ids carry on after the restored ones.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { seedDemoContent } from "@/prisma/seed";
import { createTestDatabase, type TestDatabase } from "../support/database";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "../..");
let database: TestDatabase | undefined;
let work: string | undefined;

afterAll(async () => {
  await database?.drop();
  if (work) await rm(work, { recursive: true, force: true });
});

/** Runs an npm script's file the way `npm run` does, against the test database. */
function script(name: string, args: string[], env: Record<string, string>) {
  return run(
    process.execPath,
    [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), `scripts/${name}.ts`, ...args],
    {
      cwd: ROOT,
      env: { ...process.env, ...env },
      timeout: 120_000,
    },
  );
}

async function snapshot(url: string) {
  const db = createPrismaClient(url);
  try {
    return {
      articles: await db.article.findMany({
        orderBy: { id: "asc" },
        select: {
          id: true,
          slug: true,
          title: true,
          body: true,
          status: true,
          publishedAt: true,
          sectionId: true,
        },
      }),
      comments: await db.comment.findMany({
        orderBy: { id: "asc" },
        select: {
          id: true,
          articleId: true,
          parentId: true,
          authorName: true,
          authorEmail: true,
          body: true,
          status: true,
          reasons: true,
          createdAt: true,
        },
      }),
      users: await db.user.findMany({
        orderBy: { id: "asc" },
        select: { email: true, passwordHash: true, role: true },
      }),
      // Counters kept by triggers: rebuilt by the restore, and still equal to the rows.
      counters: await db.$queryRaw<{ status: string; counted: number; kept: number }[]>`
        SELECT s.status::text, s.counted::int,
               (SELECT coalesce(sum(count), 0)::int FROM "CommentStatusCount" c WHERE c.status = s.status) AS kept
          FROM (SELECT status, count(*) AS counted FROM "Comment" GROUP BY status) s ORDER BY 1`,
      articleCounters: await db.$queryRaw<{ mismatched: number }[]>`
        SELECT count(*)::int AS mismatched FROM (
          SELECT "articleId", status, count(*) AS n FROM "Comment" GROUP BY 1, 2) c
          FULL JOIN (SELECT "articleId", status, sum(count) AS n FROM "ArticleCommentCount"
                      GROUP BY 1, 2 HAVING sum(count) <> 0) k USING ("articleId", status)
         WHERE c.n IS DISTINCT FROM k.n`,
      tags: await db.tag.count(),
      picks: await db.editorPick.count(),
      search: await db.$queryRaw<
        { id: number }[]
      >`SELECT id FROM "Article" WHERE "searchVector" @@ plainto_tsquery('french', 'Blinken') ORDER BY id`,
    };
  } finally {
    await db.$disconnect();
  }
}

async function files(dir: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const name of await readdir(dir, { recursive: true, withFileTypes: true }))
    if (name.isFile()) {
      const full = path.join(name.parentPath, name.name);
      result[path.relative(dir, full)] = (await readFile(full)).toString("base64");
    }
  return result;
}

it("backs up, survives the database and the uploads being destroyed, and restores everything", async () => {
  database = await createTestDatabase(inject("serverUrl"), "backup");
  await migrate(database.url);
  const seedClient = createPrismaClient(database.url);
  await seedDemoContent(seedClient, () => {});
  await seedClient.$disconnect();
  work = await mkdtemp(path.join(tmpdir(), "lede-backup-"));
  const uploads = path.join(work, "uploads");
  await mkdir(path.join(uploads, "2026", "12"), { recursive: true });
  await writeFile(
    path.join(uploads, "2026", "12", "hero.png"),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]),
  );
  await writeFile(path.join(uploads, "note.txt"), "é ✓ uploaded");
  const env = { DATABASE_URL: database.url, UPLOAD_DIR: uploads };

  const before = await snapshot(database.url);
  const uploadedBefore = await files(uploads);
  expect(before.articles.length).toBeGreaterThan(40);
  expect(before.comments.length).toBeGreaterThan(200);
  expect(before.search.length).toBeGreaterThan(0);
  expect(before.counters.every((row) => row.counted === row.kept)).toBe(true);
  expect(before.articleCounters).toEqual([{ mismatched: 0 }]);

  const file = path.join(work, "site.backup.gz");
  const backedUp = await script("db-backup", ["--out", file], env);
  expect(backedUp.stdout).toMatch(/Backed up \d+ rows in \d+ tables and 2 uploaded files/);

  // Destroy: the database is gone, and so are the files.
  await database.drop();
  await rm(uploads, { recursive: true, force: true });

  const restored = await script("db-restore", [file], env);
  expect(restored.stdout).toMatch(/Restored \d+ rows in \d+ tables and 2 uploaded files/);
  const after = await snapshot(database.url);
  expect(after).toEqual(before);
  expect(await files(uploads)).toEqual(uploadedBefore);

  // New rows get fresh ids after the restored ones; the schema is fully migrated.
  const db = createPrismaClient(database.url);
  try {
    const article = await db.article.findFirstOrThrow();
    const added = await db.comment.create({
      data: {
        articleId: article.id,
        authorName: "After restore",
        authorEmail: "a@example.test",
        emailHash: "x",
        body: "Hello again",
        ipHash: "x",
      },
    });
    expect(added.id).toBeGreaterThan(Math.max(...before.comments.map((comment) => comment.id)));
    const pending = await db.$queryRaw<
      { count: bigint }[]
    >`SELECT count(*) FROM _prisma_migrations WHERE finished_at IS NULL`;
    expect(Number(pending[0]!.count)).toBe(0);
  } finally {
    await db.$disconnect();
  }

  // Not a backup: refused before anything is touched.
  const bogus = path.join(work, "bogus.gz");
  await writeFile(bogus, "hello");
  await expect(script("db-restore", [bogus], env)).rejects.toThrow();
  expect((await snapshot(database.url)).articles).toEqual(before.articles);
}, 300_000);
