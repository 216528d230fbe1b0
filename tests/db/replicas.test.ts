// Read replicas against a real streaming replica that this test sets up on its own ports with
// Debian's PostgreSQL binaries (initdb, pg_basebackup, pg_ctl), never the shared server: a read
// uses the replica only when it has replayed everything the primary has; a lagging or stopped
// replica sends the read to the primary, so nothing stale is ever returned (and cached).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { createReaderClient, type ReaderClient } from "@/lib/db/replicas";
import type { PrismaClient } from "@/lib/generated/prisma/client";

const BIN = "/usr/lib/postgresql/15/bin";
const PRIMARY_PORT = Number(process.env.TEST_PG_PRIMARY_PORT ?? 3420);
const REPLICA_PORT = PRIMARY_PORT + 1;
const available = existsSync(`${BIN}/pg_basebackup`);
const asRoot = process.getuid?.() === 0;

let root = "";
let primary: PrismaClient;
let replica: PrismaClient;
let reader: ReaderClient;
const url = (port: number) => `postgresql://postgres@127.0.0.1:${port}/postgres`;

/** Runs a PostgreSQL binary, as the postgres user when we are root (initdb refuses root). */
function pg(binary: string, args: string[]) {
  const command = `${BIN}/${binary}`;
  if (asRoot) execFileSync("runuser", ["-u", "postgres", "--", command, ...args], { stdio: "pipe" });
  else execFileSync(command, args, { stdio: "pipe" });
}

const options = (port: number, dir: string) =>
  `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir} -c wal_level=replica -c max_wal_senders=4 -c fsync=off`;

beforeAll(async () => {
  if (!available) return;
  root = mkdtempSync(path.join(tmpdir(), "lede-replica-"));
  chmodSync(root, 0o777);
  const primaryDir = path.join(root, "primary");
  const replicaDir = path.join(root, "replica");
  pg("initdb", ["-D", primaryDir, "-U", "postgres", "-A", "trust", "--no-sync"]);
  pg("pg_ctl", [
    "-D",
    primaryDir,
    "-o",
    options(PRIMARY_PORT, root),
    "-l",
    path.join(root, "primary.log"),
    "-w",
    "start",
  ]);
  await migrate(url(PRIMARY_PORT), { jobs: false });
  pg("pg_basebackup", [
    "-h",
    "127.0.0.1",
    "-p",
    String(PRIMARY_PORT),
    "-U",
    "postgres",
    "-D",
    replicaDir,
    "-R",
    "-X",
    "stream",
  ]);
  pg("pg_ctl", [
    "-D",
    replicaDir,
    "-o",
    options(REPLICA_PORT, root),
    "-l",
    path.join(root, "replica.log"),
    "-w",
    "start",
  ]);
  primary = createPrismaClient(url(PRIMARY_PORT));
  replica = createPrismaClient(url(REPLICA_PORT));
  reader = createReaderClient(primary, [replica], () => {});
}, 120_000);

afterAll(async () => {
  if (!available) return;
  await Promise.all([primary?.$disconnect(), replica?.$disconnect()]);
  for (const dir of ["replica", "primary"]) {
    try {
      pg("pg_ctl", ["-D", path.join(root, dir), "-m", "immediate", "-w", "stop"]);
    } catch {
      // already stopped
    }
  }
  rmSync(root, { recursive: true, force: true });
});

async function caughtUp() {
  for (let attempt = 0; attempt < 100; attempt++) {
    const [{ lsn }] = (await primary.$queryRaw<
      { lsn: string }[]
    >`SELECT pg_current_wal_lsn()::text AS lsn`) as [{ lsn: string }];
    const [{ fresh }] = (await replica.$queryRaw<{ fresh: boolean }[]>`
      SELECT coalesce(pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn, false) AS fresh`) as [{ fresh: boolean }];
    if (fresh) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("the replica did not catch up");
}

describe.skipIf(!available)("reader queries on a streaming replica", () => {
  it("the replica is a real hot standby of the primary", async () => {
    const [{ standby }] = (await replica.$queryRaw<
      { standby: boolean }[]
    >`SELECT pg_is_in_recovery() AS standby`) as [{ standby: boolean }];
    expect(standby).toBe(true);
  });

  it("reads from a caught-up replica, and writes through the reader go to the primary", async () => {
    const section = await reader.section.create({ data: { slug: "replica-a", name: "Replica A" } });
    await caughtUp();
    const before = { ...reader.$replicaStats };
    expect(await reader.section.findUnique({ where: { id: section.id } })).toMatchObject({
      name: "Replica A",
    });
    expect(reader.$replicaStats.replica).toBe(before.replica + 1);
  });

  it("a lagging replica is never read: the read goes to the primary and sees the write", async () => {
    await replica.$executeRaw`SELECT pg_wal_replay_pause()`;
    try {
      const section = await primary.section.create({ data: { slug: "replica-lag", name: "Written" } });
      expect(await replica.section.findUnique({ where: { id: section.id } })).toBeNull(); // it lags
      const before = { ...reader.$replicaStats };
      expect(await reader.section.findUnique({ where: { id: section.id } })).toMatchObject({
        name: "Written",
      });
      expect(reader.$replicaStats.primary).toBe(before.primary + 1);
      expect(reader.$replicaStats.replica).toBe(before.replica);
    } finally {
      await replica.$executeRaw`SELECT pg_wal_replay_resume()`;
    }
  });

  it("a stopped replica sends reads to the primary, without an error", async () => {
    pg("pg_ctl", ["-D", path.join(root, "replica"), "-m", "fast", "-w", "stop"]);
    const before = { ...reader.$replicaStats };
    expect(await reader.section.count({ where: { slug: { startsWith: "replica-" } } })).toBe(2);
    expect(reader.$replicaStats.unreachable).toBe(before.unreachable + 1);
  });
});
