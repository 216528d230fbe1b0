// A small run of the comment load test (npm run loadtest:comments) with its database restarted
// part-way: posts made as browsers without JavaScript do, against a server of the end-to-end
// build on an embedded PostgreSQL of its own (never the shared server other tests use).
// Nothing accepted is lost, no reader gets a bare server error, and every reader who is turned
// away gets a message with what they typed.
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
import { startServer, stop, type Server } from "./servers";

const PORT = BASE_PORT + 3;
const ORIGIN = `http://localhost:${PORT}`;
let dataDir: string;
let database: DatabaseHandle;
let server: Server;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  dataDir = await mkdtemp(path.join(tmpdir(), "lede-e2e-load-"));
  await chmod(dataDir, 0o755); // the embedded server runs as the postgres user when we are root
  database = await ensureDatabase(() => {}, { databaseUrl: "", dataDir });
  await migrate(database.url);
  const db = createPrismaClient(database.url);
  await seedDemoContent(db, () => {});
  await db.$disconnect();
  server = await startServer(
    PORT,
    { DATABASE_URL: database.url, TRUSTED_PROXIES: "127.0.0.1,::1", LOG_LEVEL: "error" },
    { waitFor: "/readyz" },
  );
});

test.afterAll(async () => {
  if (server) await stop(server);
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
