// Backups of the whole site in one file: every row of every table and every uploaded file.
//
// Why not pg_dump: the embedded database is PostgreSQL 18 and its npm package ships only the
// server (initdb, pg_ctl, postgres), while the pg_dump a machine has (Debian's is 15) refuses to
// dump a newer server. So the backup is logical and version-independent, written by this
// module with plain SQL on any PostgreSQL the app supports: a gzipped file of JSON lines (a
// header with the applied migrations, then each table's rows in batches, then the uploads).
// A restore empties the database, applies the migrations, loads the rows in foreign-key order
// in one transaction and moves the id sequences past the restored ids.
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { createGunzip, createGzip } from "node:zlib";
import pg from "pg";
import { migrate, readMigrations } from "./migrate";

const FORMAT = "lede-backup";
const VERSION = 1;
const BATCH = 500;

type Header = { kind: "header"; format: string; version: number; createdAt: string; migrations: string[] };
type Rows = { kind: "rows"; table: string; rows: Record<string, unknown>[] };
type File = { kind: "file"; path: string; data: string };
type Line = Header | Rows | File;

export type BackupSummary = { tables: Record<string, number>; files: number; migrations: number };

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The app's tables (public schema) in an order where every table comes after those it references. */
async function tablesInDependencyOrder(client: pg.Client): Promise<string[]> {
  const tables = (
    await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`,
    )
  ).rows.map((row) => row.name);
  const edges = (
    await client.query<{ child: string; parent: string }>(
      `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
         FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
        WHERE c.contype = 'f' AND n.nspname = 'public'`,
    )
  ).rows.map(({ child, parent }) => ({
    child: child.replace(/^"|"$/g, ""),
    parent: parent.replace(/^"|"$/g, ""),
  }));
  const ordered: string[] = [];
  const visit = (table: string, path: Set<string>) => {
    if (ordered.includes(table) || path.has(table)) return;
    path.add(table);
    for (const edge of edges) if (edge.child === table && edge.parent !== table) visit(edge.parent, path);
    path.delete(table);
    ordered.push(table);
  };
  for (const table of tables) visit(table, new Set());
  return ordered;
}

/**
 * Tables the database's own triggers keep from other rows (the comment counters, the search
 * table): they are not written to a backup, and a restore rebuilds them as the rows are loaded.
 */
const DERIVED_TABLES = new Set(["ArticleCommentCount", "CommentStatusCount", "ArticleSearch"]);

/** Tables whose rows a backup holds, parents before children. */
async function backedUpTables(client: pg.Client): Promise<string[]> {
  return (await tablesInDependencyOrder(client)).filter((table) => !DERIVED_TABLES.has(table));
}

/** Primary-key columns of a table, to read its rows in a stable order (parents before replies). */
async function primaryKey(client: pg.Client, table: string): Promise<string[]> {
  const { rows } = await client.query<{ column: string }>(
    `SELECT a.attname AS column FROM pg_index i
       JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
      WHERE i.indrelid = $1::regclass AND i.indisprimary ORDER BY array_position(i.indkey, a.attnum)`,
    [quote(table)],
  );
  return rows.map((row) => row.column);
}

async function* uploadedFiles(root: string, dir = root): AsyncGenerator<{ relative: string; full: string }> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return; // no uploads yet
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* uploadedFiles(root, full);
    else if (entry.isFile()) yield { relative: path.relative(root, full).split(path.sep).join("/"), full };
  }
}

/** Writes a backup of the database at `databaseUrl` and the files under `uploadDir` to `file`. */
export async function backup(databaseUrl: string, uploadDir: string, file: string): Promise<BackupSummary> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const summary: BackupSummary = { tables: {}, files: 0, migrations: 0 };
  try {
    // One snapshot for every table: a consistent backup while the site keeps running.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const migrations = (
      await client.query<{ name: string }>(
        `SELECT migration_name AS name FROM _prisma_migrations
          WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
      )
    ).rows.map((row) => row.name);
    summary.migrations = migrations.length;
    const tables = await backedUpTables(client);
    async function* lines(): AsyncGenerator<string> {
      const header: Header = {
        kind: "header",
        format: FORMAT,
        version: VERSION,
        createdAt: new Date().toISOString(),
        migrations,
      };
      yield `${JSON.stringify(header)}\n`;
      for (const table of tables) {
        const order = (await primaryKey(client, table)).map(quote).join(", ") || "1";
        summary.tables[table] = 0;
        for (let offset = 0; ; offset += BATCH) {
          const { rows } = await client.query<{ row: Record<string, unknown> }>(
            `SELECT row_to_json(t) AS row FROM ${quote(table)} t ORDER BY ${order} LIMIT ${BATCH} OFFSET ${offset}`,
          );
          if (rows.length === 0) break;
          summary.tables[table] += rows.length;
          const line: Rows = { kind: "rows", table, rows: rows.map((r) => r.row) };
          yield `${JSON.stringify(line)}\n`;
          if (rows.length < BATCH) break;
        }
      }
      await client.query("COMMIT");
      for await (const upload of uploadedFiles(uploadDir)) {
        summary.files += 1;
        const line: File = {
          kind: "file",
          path: upload.relative,
          data: (await readFile(upload.full)).toString("base64"),
        };
        yield `${JSON.stringify(line)}\n`;
      }
    }
    await mkdir(path.dirname(path.resolve(file)), { recursive: true });
    await pipeline(Readable.from(lines()), createGzip(), createWriteStream(file));
  } finally {
    await client.end();
  }
  return summary;
}

async function* readLines(file: string): AsyncGenerator<Line> {
  const input = createReadStream(file).pipe(createGunzip());
  for await (const text of createInterface({ input, crlfDelay: Infinity }))
    if (text.trim()) yield JSON.parse(text) as Line;
}

/** Creates the database of `databaseUrl` when it does not exist (a restore onto a new server). */
async function ensureDatabaseExists(databaseUrl: string): Promise<void> {
  const name = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
  const admin = new URL(databaseUrl);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${quote(name)}`);
  } finally {
    await client.end();
  }
}

/**
 * Replaces everything in the database at `databaseUrl` and under `uploadDir` with the contents
 * of a backup file. Stop the app first (its caches would keep showing the old content).
 */
export async function restore(
  databaseUrl: string,
  uploadDir: string,
  file: string,
  log: (message: string) => void = () => {},
): Promise<BackupSummary> {
  // Check the file before touching anything.
  const reader = readLines(file);
  const header = (await reader.next()).value as Header | undefined;
  await reader.return(undefined);
  if (!header || header.kind !== "header" || header.format !== FORMAT)
    throw new Error(`${file} is not a Lede backup.`);
  if (header.version > VERSION) throw new Error(`${file} was written by a newer version of Lede.`);
  const codeMigrations = new Set((await readMigrations()).map((migration) => migration.name));
  const unknown = header.migrations.filter((name) => !codeMigrations.has(name));
  if (unknown.length)
    throw new Error(
      `The backup comes from a newer schema (migrations ${unknown.join(", ")}); update the code first.`,
    );

  await ensureDatabaseExists(databaseUrl);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const summary: BackupSummary = { tables: {}, files: 0, migrations: header.migrations.length };
  try {
    log("Emptying the database and applying the migrations…");
    await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
    await migrate(databaseUrl);
    const tables = await tablesInDependencyOrder(client);
    const columnsOf = new Map<string, Set<string>>();
    for (const table of tables) {
      const { rows } = await client.query<{ name: string }>(
        `SELECT attname AS name FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0
            AND NOT attisdropped AND attgenerated = ''`,
        [quote(table)],
      );
      columnsOf.set(table, new Set(rows.map((row) => row.name)));
    }
    await client.query("BEGIN");
    // Rows the migrations themselves inserted (default settings, counters) are replaced by the
    // backup's; the counters are rebuilt by their triggers as the comments are loaded.
    if (tables.length) await client.query(`TRUNCATE ${tables.map(quote).join(", ")} CASCADE`);
    log("Loading the rows…");
    for await (const line of readLines(file)) {
      if (line.kind !== "rows" || DERIVED_TABLES.has(line.table)) continue;
      const available = columnsOf.get(line.table);
      if (!available) throw new Error(`The backup has a table the schema does not: ${line.table}.`);
      const columns = Object.keys(line.rows[0] ?? {}).filter((column) => available.has(column));
      const list = columns.map(quote).join(", ");
      await client.query(
        `INSERT INTO ${quote(line.table)} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${quote(line.table)}, $1)`,
        [JSON.stringify(line.rows)],
      );
      summary.tables[line.table] = (summary.tables[line.table] ?? 0) + line.rows.length;
    }
    // Serial ids continue after the restored ones.
    const { rows: sequences } = await client.query<{ table: string; column: string; sequence: string }>(
      `SELECT c.relname AS table, a.attname AS column, pg_get_serial_sequence(quote_ident(c.relname), a.attname) AS sequence
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
        WHERE n.nspname = 'public' AND c.relkind = 'r'
          AND pg_get_serial_sequence(quote_ident(c.relname), a.attname) IS NOT NULL`,
    );
    for (const { table, column, sequence } of sequences)
      await client.query(
        `SELECT setval($1, COALESCE((SELECT max(${quote(column)}) FROM ${quote(table)}), 0) + 1, false)`,
        [sequence],
      );
    await client.query("COMMIT");

    log("Restoring the uploads…");
    // Written beside the folder first, then swapped in: a failure leaves the old files.
    const staging = `${path.resolve(uploadDir)}.restoring`;
    await rm(staging, { recursive: true, force: true });
    await mkdir(staging, { recursive: true });
    for await (const line of readLines(file)) {
      if (line.kind !== "file") continue;
      const target = path.resolve(staging, line.path);
      if (!target.startsWith(staging + path.sep))
        throw new Error(`Unsafe file name in the backup: ${line.path}`);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, Buffer.from(line.data, "base64"));
      summary.files += 1;
    }
    await rm(uploadDir, { recursive: true, force: true });
    await mkdir(path.dirname(path.resolve(uploadDir)), { recursive: true });
    await rename(staging, uploadDir);
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  return summary;
}
