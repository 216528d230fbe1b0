// npm run db:backup [-- --out <file>] — the database (DATABASE_URL or the embedded one) and
// the uploads in one file (lib/db/backup.ts), by default backups/lede-<date>.backup.gz.
import path from "node:path";
import { backup } from "../lib/db/backup";
import { log, runWithDatabase } from "./lib/run";

const outIndex = process.argv.indexOf("--out");
const file =
  outIndex > 0 && process.argv[outIndex + 1]
    ? process.argv[outIndex + 1]!
    : path.join("backups", `lede-${new Date().toISOString().replace(/[:.]/g, "-")}.backup.gz`);

await runWithDatabase(async (databaseUrl) => {
  const uploads = process.env.UPLOAD_DIR || "public/uploads";
  const summary = await backup(databaseUrl, uploads, file);
  const rows = Object.values(summary.tables).reduce((sum, count) => sum + count, 0);
  log(
    `Backed up ${rows} rows in ${Object.keys(summary.tables).length} tables and ${summary.files} uploaded files to ${file}`,
  );
});
