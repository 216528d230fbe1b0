// npm run loadtest:comments [-- --count 400 --concurrency 20 --restart-db --down-ms 2400]
// Posts comments concurrently as browsers without JavaScript do, against a server of the current
// build on a database of its own (an embedded PostgreSQL in a temporary folder, seeded with the
// demo content, never a shared server), optionally restarting that database part-way through.
// Prints what became of the posts (scripts/lib/comment-load.ts) and exits 1 if any accepted
// comment was lost, any reader got a bare 5xx or an unexpected page, or a refusal lost the text.
// Loopback only; bounded in count and time.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { openSync } from "node:fs";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createPrismaClient } from "../lib/db/client";
import { ensureDatabase, freePort, restartEmbedded } from "../lib/db/embedded";
import { migrate } from "../lib/db/migrate";
import { seedDemoContent } from "../prisma/seed";
import { ensureBuild, holdBuild } from "./lib/builds";
import { formatReport, runCommentLoad } from "./lib/comment-load";
import { serverCommand } from "./lib/process";

const log = (message: string) => console.log(`[loadtest] ${message}`);
const option = (name: string, fallback: number, min: number, max: number) => {
  const index = process.argv.indexOf(`--${name}`);
  const value = index > 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    console.error(`[loadtest] --${name} must be an integer from ${min} to ${max}`);
    process.exit(2);
  }
  return value;
};
const count = option("count", 400, 1, 5_000);
const concurrency = option("concurrency", 20, 1, 100);
const downMs = option("down-ms", 2_400, 0, 30_000);
const restart = process.argv.includes("--restart-db");
const SEED_PATH = "/world/les-opinions-se-heurtent-alors-que-blinken-et-lavrov-discutent-de-lukraine";

const serverLog = path.join(tmpdir(), "lede-loadtest-server.log");
const dataDir = await mkdtemp(path.join(tmpdir(), "lede-loadtest-"));
await chmod(dataDir, 0o755); // the embedded server runs as the postgres user when we are root
const database = await ensureDatabase(log, { databaseUrl: "", dataDir });
// The build (when the current sources have none yet) and the server read these.
process.env.DATABASE_URL = database.url;
process.env.AUTH_SECRET ||= randomBytes(32).toString("base64url");
const db = createPrismaClient(database.url);
let server: ReturnType<typeof spawn> | null = null;
let failed = true;
try {
  await migrate(database.url, { log });
  log("Adding the demo content to the load test's database");
  await seedDemoContent(db, () => {});
  const distDir = await ensureBuild(log);
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  log(`Server log (warnings and errors): ${serverLog}`);
  server = spawn(process.execPath, serverCommand(), {
    stdio: ["ignore", openSync(serverLog, "w"), "inherit"],
    env: {
      ...process.env,
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      NEXT_DIST_DIR: distDir,
      TRUSTED_PROXIES: "127.0.0.1",
      LOG_LEVEL: "warn",
    },
  });
  if (server.pid) await holdBuild(distDir, server.pid);
  const deadline = Date.now() + 90_000;
  while (
    !(await fetch(`${origin}/readyz`).then(
      (answer) => answer.ok,
      () => false,
    ))
  ) {
    if (Date.now() > deadline || server.exitCode !== null) throw new Error("the server did not start");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  log(
    `${count} posts, ${concurrency} at a time, to ${SEED_PATH}` +
      (restart ? `; the database restarts (down ${downMs} ms) after a third of them` : ""),
  );
  const report = await runCommentLoad(db, {
    origin,
    articlePath: SEED_PATH,
    count,
    concurrency,
    during: restart
      ? {
          startAfter: Math.floor(count / 3),
          run: async () => {
            log("Restarting the database…");
            await restartEmbedded(dataDir, downMs);
            log("Database back");
          },
        }
      : undefined,
  });
  console.log(`\n${formatReport(report)}\n`);
  failed =
    report.acceptedButLost > 0 ||
    report.bare5xx > 0 ||
    report.other > 0 ||
    report.refusedKeptText < report.refusedWithMessage;
} catch (error) {
  console.error(`[loadtest] ${error instanceof Error ? error.message : String(error)}`);
} finally {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
  }
  await db.$disconnect();
  await database.stop();
  await rm(dataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
