// npm start — the one command for a fresh machine: database (embedded unless DATABASE_URL is
// set), migrations, demo content on the embedded database's first run, a production build
// when the sources changed, then `next start` on PORT (default 3000).
// `npm run dev` runs the same preparation and then `next dev`; `npm run build` only builds.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { createPrismaClient } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { applyLocalDefaults } from "../lib/server/local-defaults";
import { seedDemoContent } from "../prisma/seed";
import { NEXT_BIN, run } from "./lib/process";

const mode = process.argv.includes("--dev")
  ? "dev"
  : process.argv.includes("--build-only")
    ? "build"
    : "serve";
const log = (message: string) => console.log(`[lede] ${message}`);
const usesEmbeddedDatabase = !process.env.DATABASE_URL;
const distDir = process.env.NEXT_DIST_DIR || ".next";

const database = await applyLocalDefaults(log);
let exiting = false;
const shutdown = async (code: number) => {
  if (exiting) return;
  exiting = true;
  await database.stop();
  process.exit(code);
};

try {
  await migrate(database.url, { log });
  if (usesEmbeddedDatabase) await seedOnFirstRun(database.url);
  if (mode !== "dev") await buildIfNeeded();
} catch (error) {
  console.error(`\n[lede] ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
}

if (mode === "build") await shutdown(0);

const port = process.env.PORT || "3000";
log(`${mode === "dev" ? "Development server" : "Serving"} on http://localhost:${port}`);
const server = spawn(process.execPath, [NEXT_BIN, mode === "dev" ? "dev" : "start", "-p", port], {
  stdio: "inherit",
  env: { ...process.env, AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true" },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code) => void shutdown(code ?? 0));

async function seedOnFirstRun(databaseUrl: string) {
  const db = createPrismaClient(databaseUrl);
  try {
    if ((await db.article.count()) > 0) return;
    log("First run on the embedded database: adding demo content.");
    await seedDemoContent(db, (message) => log(message));
  } finally {
    await db.$disconnect();
  }
}

/** Builds when there is no build yet or any source file changed since the last one. */
async function buildIfNeeded() {
  const fingerprint = await sourceFingerprint();
  const stampFile = path.join(distDir, "lede-source-fingerprint");
  const built =
    existsSync(path.join(distDir, "BUILD_ID")) &&
    (await readFile(stampFile, "utf8").catch(() => "")) === fingerprint;
  if (built) return;
  log("Building the site (first start or changed sources)…");
  await run(process.execPath, [NEXT_BIN, "build"]);
  await writeFile(stampFile, fingerprint);
}

async function sourceFingerprint(): Promise<string> {
  const digest = createHash("sha256");
  const roots = [
    "app",
    "components",
    "lib",
    "public",
    "next.config.js",
    "package-lock.json",
    "tsconfig.json",
    "instrumentation.ts",
    "proxy.ts",
  ];
  const files: string[] = [];
  const walk = async (entry: string): Promise<void> => {
    if (
      !existsSync(entry) ||
      entry === path.join("lib", "generated") ||
      entry === path.join("public", "uploads")
    )
      return;
    const children = await readdir(entry, { withFileTypes: true }).catch(() => null);
    if (!children) return void files.push(entry);
    for (const child of children) await walk(path.join(entry, child.name));
  };
  for (const root of roots) await walk(root);
  for (const file of files.sort()) digest.update(file).update(await readFile(file));
  // Prerendered pages (feeds, sitemaps) contain absolute URLs.
  digest.update(process.env.SITE_URL ?? `http://localhost:${process.env.PORT || 3000}`);
  return digest.digest("hex");
}
