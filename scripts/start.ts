// npm start — the one command for a fresh machine: database (embedded unless DATABASE_URL is
// set), migrations, demo content on the embedded database's first run, a production build
// when the sources changed, then the server (server.ts: Next behind lib/server/http) on PORT
// (default 3000). `npm run dev` runs the same preparation and then the server in Next's
// development mode; `npm run build` only builds.
import { spawn } from "node:child_process";
import { createPrismaClient } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { applyLocalDefaults } from "../lib/server/local-defaults";
import { seedDemoContent } from "../prisma/seed";
import { ensureBuild, holdBuild } from "./lib/builds";
import { serverCommand } from "./lib/process";

const mode = process.argv.includes("--dev")
  ? "dev"
  : process.argv.includes("--build-only")
    ? "build"
    : "serve";
const log = (message: string) => console.log(`[lede] ${message}`);
const usesEmbeddedDatabase = !process.env.DATABASE_URL;

const database = await applyLocalDefaults(log);
// Development uses Next's own .next/dev; production serves a build directory of its own.
let distDir = process.env.NEXT_DIST_DIR || ".next";
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
  if (mode !== "dev") distDir = await ensureBuild(log);
} catch (error) {
  console.error(`\n[lede] ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
}

if (mode === "build") await shutdown(0);

const port = process.env.PORT || "3000";
log(`${mode === "dev" ? "Development server" : "Serving"} on http://localhost:${port}`);
const server = spawn(process.execPath, serverCommand(mode === "dev"), {
  stdio: "inherit",
  env: { ...process.env, NEXT_DIST_DIR: distDir, AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true" },
});
if (mode === "serve" && server.pid) await holdBuild(distDir, server.pid);
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
