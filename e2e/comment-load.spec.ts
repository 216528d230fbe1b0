// A small run of the comment load test (npm run loadtest:comments) with its database restarted
// part-way: posts made as browsers without JavaScript do, against a server of the end-to-end
// build on an embedded PostgreSQL of its own (never the shared server other tests use).
// Nothing accepted is lost, no reader gets a bare server error, and every reader who is turned
// away gets a message with what they typed.
import { spawn, type ChildProcess } from "node:child_process";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { createPrismaClient } from "@/lib/db/client";
import { ensureDatabase, restartEmbedded, type DatabaseHandle } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { seedDemoContent } from "../prisma/seed";
import { formatReport, runCommentLoad } from "../scripts/lib/comment-load";
import { PORT as BASE_PORT, SEED_PATH } from "./http";

const PORT = BASE_PORT + 3;
const ORIGIN = `http://localhost:${PORT}`;
let dataDir: string;
let database: DatabaseHandle;
let server: ChildProcess;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  dataDir = await mkdtemp(path.join(tmpdir(), "lede-e2e-load-"));
  await chmod(dataDir, 0o755); // the embedded server runs as the postgres user when we are root
  database = await ensureDatabase(() => {}, { databaseUrl: "", dataDir });
  await migrate(database.url);
  const db = createPrismaClient(database.url);
  await seedDemoContent(db, () => {});
  await db.$disconnect();
  server = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    env: {
      ...process.env,
      NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? ".next-e2e",
      DATABASE_URL: database.url,
      AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-secret-e2e-secret-e2e-secret-012345",
      AUTH_TRUST_HOST: "true",
      SITE_URL: `http://localhost:${BASE_PORT}`,
      PORT: String(PORT),
      TRUSTED_PROXIES: "127.0.0.1,::1",
      LOG_LEVEL: "error",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const deadline = Date.now() + 90_000;
  while (
    !(await fetch(`${ORIGIN}/readyz`).then(
      (answer) => answer.ok,
      () => false,
    ))
  ) {
    if (Date.now() > deadline || server.exitCode !== null)
      throw new Error("the load-test server did not start");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
});

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
  }
  await database?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

test("comment posts through a database restart: none lost, no bare 5xx, every refusal keeps the text", async () => {
  test.setTimeout(180_000);
  const db = createPrismaClient(database.url);
  try {
    const report = await runCommentLoad(db, {
      origin: ORIGIN,
      articlePath: SEED_PATH,
      count: 90,
      concurrency: 15,
      during: { startAfter: 25, run: () => restartEmbedded(dataDir, 2_400) },
    });
    console.log(formatReport(report));
    expect(report.acceptedButLost, "accepted but lost").toBe(0);
    expect(report.bare5xx, "bare 5xx pages").toBe(0);
    expect(report.other, "no answer or an unexpected page").toBe(0);
    expect(report.refusedKeptText, "refusals that gave the form back with the text").toBe(
      report.refusedWithMessage,
    );
    expect(report.accepted + report.refusedWithMessage).toBe(90);
  } finally {
    await db.$disconnect();
  }
});
