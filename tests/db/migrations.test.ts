import { cp, mkdtemp, readdir, writeFile, appendFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { MIGRATIONS_DIR, migrate } from "@/lib/db/migrate";
import { pendingSchemaChanges } from "@/lib/db/schema-engine";
import { createTestDatabase, type TestDatabase } from "../support/database";

describe("schema drift", () => {
  it("the migrations folder produces exactly schema.prisma", async () => {
    // A non-empty diff means schema.prisma changed without a migration:
    // run `npm run db:migrate:new -- <name>` and commit the new folder.
    expect(await pendingSchemaChanges()).toBe("");
  }, 180_000); // the wasm engine alone takes a minute on a busy two-core machine
});

describe("migration runner", () => {
  let database: TestDatabase;
  let copy: string;
  beforeAll(async () => {
    database = await createTestDatabase(inject("serverUrl"), "migrate");
    copy = await mkdtemp(path.join(tmpdir(), "lede-migrations-"));
    await cp(MIGRATIONS_DIR, copy, { recursive: true });
  });
  afterAll(() => database.drop());

  const query = async (sql: string) => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      return (await client.query(sql)).rows;
    } finally {
      await client.end();
    }
  };

  // Generous timeouts: a fresh database takes every migration; shared CI machines can be slow.
  it("applies every migration once, recorded as Prisma does", { timeout: 120_000 }, async () => {
    const names = (await readdir(copy, { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(await migrate(database.url, { dir: copy })).toEqual(names);
    expect(await migrate(database.url, { dir: copy })).toEqual([]);
    const rows = await query(
      `select migration_name, checksum, finished_at, applied_steps_count from "_prisma_migrations" order by migration_name`,
    );
    expect(rows.map((row) => row.migration_name)).toEqual(names);
    for (const row of rows) {
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it(
    "applies migrations concurrently started without conflict (advisory lock)",
    { timeout: 120_000 },
    async () => {
      const other = await createTestDatabase(inject("serverUrl"), "concurrent");
      try {
        const results = await Promise.all([
          migrate(other.url, { dir: copy }),
          migrate(other.url, { dir: copy }),
        ]);
        expect(results.flat().length).toBe(
          (await readdir(copy, { withFileTypes: true })).filter((e) => e.isDirectory()).length,
        );
      } finally {
        await other.drop();
      }
    },
  );

  it("refuses to run when an applied migration was edited", async () => {
    const [first] = (await readdir(copy, { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    await appendFile(path.join(copy, first!, "migration.sql"), "\n-- edited later\n");
    await expect(migrate(database.url, { dir: copy })).rejects.toThrow(/was edited after it was applied/);
  });

  it("records a failed migration and stops, leaving the database untouched by it", async () => {
    const fresh = await createTestDatabase(inject("serverUrl"), "failing");
    try {
      const dir = await mkdtemp(path.join(tmpdir(), "lede-failing-"));
      await cp(MIGRATIONS_DIR, dir, { recursive: true });
      const broken = path.join(dir, "99999999999999_broken");
      await cp(
        path.join(
          dir,
          (await readdir(dir)).find((name) => /^\d/.test(name))!,
        ),
        broken,
        { recursive: true },
      );
      await writeFile(
        path.join(broken, "migration.sql"),
        `CREATE TABLE "half_done" (id int);\nSELECT no_such_function();\n`,
      );
      await expect(migrate(fresh.url, { dir })).rejects.toThrow(
        /99999999999999_broken failed: .*no_such_function/,
      );
      const client = new pg.Client({ connectionString: fresh.url });
      await client.connect();
      const failed = await client.query(
        `select finished_at, logs from "_prisma_migrations" where migration_name = '99999999999999_broken'`,
      );
      const table = await client.query(`select to_regclass('"half_done"') as t`);
      await client.end();
      expect(failed.rows[0].finished_at).toBeNull();
      expect(failed.rows[0].logs).toMatch(/no_such_function/);
      expect(table.rows[0].t).toBeNull(); // the whole file ran as one transaction
      await expect(migrate(fresh.url, { dir })).rejects.toThrow(/failed earlier and was not rolled back/);
    } finally {
      await fresh.drop();
    }
  });
});
