// npm run db:restore -- <file> — replaces the database (DATABASE_URL or the embedded one) and
// the uploads with a backup made by npm run db:backup. Stop the site first; start it after.
import { existsSync } from "node:fs";
import { restore } from "../lib/db/backup";
import { log, runWithDatabase } from "./lib/run";

const file = process.argv.slice(2).find((arg) => !arg.startsWith("--"));
if (!file || !existsSync(file)) {
  console.error(file ? `No such file: ${file}` : "Usage: npm run db:restore -- <backup file>");
  process.exit(1);
}

await runWithDatabase(async (databaseUrl) => {
  const uploads = process.env.UPLOAD_DIR || "public/uploads";
  const summary = await restore(databaseUrl, uploads, file, log);
  const rows = Object.values(summary.tables).reduce((sum, count) => sum + count, 0);
  log(
    `Restored ${rows} rows in ${Object.keys(summary.tables).length} tables and ${summary.files} uploaded files from ${file}`,
  );
});
