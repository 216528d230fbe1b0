// Prisma's schema engine compiled to wasm, over an in-process PGlite: diffs the migrations
// folder against schema.prisma without the native engine Prisma's CLI would download.
// Used by `npm run db:migrate:new` (the stand-in for `prisma migrate dev`) and the drift test.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { MIGRATIONS_DIR, readMigrations } from "./migrate";

export const SCHEMA_PATH = path.join(process.cwd(), "prisma", "schema.prisma");

// The migrations use unaccent and pg_trgm, so the shadow database must have them.
const newPGlite = () => new PGlite({ dataDir: "memory://", extensions: { unaccent, pg_trgm } });

class PGliteWithExtensions extends PrismaPGlite {
  override connectToShadowDb() {
    return new PrismaPGlite(newPGlite()).connect();
  }
}

type Engine = {
  diff(params: unknown): Promise<{ exitCode: number; stdout: string | null }>;
};

async function loadEngine(schema: string): Promise<Engine> {
  const require = createRequire(import.meta.url);
  // Node 20 cannot import the package entry (it imports a .wasm): instantiate by hand.
  const bg = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasmPath = path.join(
    path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")),
    "schema_engine_bg.wasm",
  );
  const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
    "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports,
  });
  (bg as unknown as { __wbg_set_wasm(exports: unknown): void }).__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start(): void }).__wbindgen_start();
  const factory = bindMigrationAwareSqlAdapterFactory(new PGliteWithExtensions(newPGlite()));
  const { SchemaEngine } = bg as unknown as {
    SchemaEngine: {
      new: (options: unknown, log: (message: string) => void, adapter: object) => Promise<Engine>;
    };
  };
  return SchemaEngine.new({ datamodels: [[SCHEMA_PATH, schema]] }, () => {}, factory);
}

/** The SQL that takes a database migrated with `migrationsDir` to `schema.prisma`; "" when none. */
export async function pendingSchemaChanges(migrationsDir = MIGRATIONS_DIR): Promise<string> {
  const schema = await readFile(SCHEMA_PATH, "utf8");
  const engine = await loadEngine(schema);
  const migrations = await readMigrations(migrationsDir);
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  const from =
    migrations.length === 0
      ? { tag: "empty" }
      : {
          tag: "migrations",
          baseDir: migrationsDir,
          lockfile: { path: lockPath, content: await readFile(lockPath, "utf8") },
          migrationDirectories: migrations.map((migration) => ({
            path: migration.name,
            migrationFile: { path: "migration.sql", content: { tag: "ok", value: migration.sql } },
          })),
          shadowDbInitScript: "",
        };
  const result = await engine.diff({
    from,
    to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: schema }] },
    script: true,
    exitCode: null,
    filters: { externalTables: [], externalEnums: [] },
  });
  const sql = result.stdout ?? "";
  // The engine prints a comment-only script when there is nothing to do.
  return sql.split("\n").some((line) => line.trim() && !line.trim().startsWith("--")) ? sql : "";
}
