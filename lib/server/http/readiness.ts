// /healthz and /readyz. Health: the process answers. Readiness: the database answers, every
// migration in prisma/migrations is applied, and Redis answers when REDIS_URL is set.
// A load balancer should use /readyz to stop sending *new* traffic to an instance that cannot
// reach its dependencies, but must not pull every instance during a database outage: reader
// pages are still served from cache then (see README, "Running several instances").
import net from "node:net";
import tls from "node:tls";
import pg from "pg";
import { readMigrations } from "@/lib/db/migrate";

export type Check = { ok: boolean; detail?: string };
export type Readiness = { ready: boolean; checks: Record<string, Check> };

const TIMEOUT_MS = 2_000;

/** True when the database answers within the timeout (used to tell a database outage apart). */
export async function databaseReachable(databaseUrl: string): Promise<boolean> {
  return (await checkDatabase(databaseUrl, null)).ok;
}

async function checkDatabase(databaseUrl: string, expectedMigrations: string[] | null): Promise<Check> {
  const client = new pg.Client({
    connectionString: databaseUrl,
    connectionTimeoutMillis: TIMEOUT_MS,
    query_timeout: TIMEOUT_MS,
  });
  client.on("error", () => {});
  try {
    await client.connect();
    if (!expectedMigrations) {
      await client.query("select 1");
      return { ok: true };
    }
    const { rows } = await client.query<{ migration_name: string }>(
      `select migration_name from "_prisma_migrations" where finished_at is not null and rolled_back_at is null`,
    );
    const applied = new Set(rows.map((row) => row.migration_name));
    const pending = expectedMigrations.filter((name) => !applied.has(name));
    return pending.length === 0
      ? { ok: true }
      : { ok: false, detail: `${pending.length} migration(s) not applied` };
  } catch {
    return { ok: false, detail: "database unreachable" };
  } finally {
    void client.end().catch(() => {});
  }
}

/** PING over RESP with a plain socket: no client library needed for one command. */
export function pingRedis(redisUrl: string, timeoutMs = TIMEOUT_MS): Promise<Check> {
  return new Promise((resolve) => {
    let url: URL;
    try {
      url = new URL(redisUrl);
    } catch {
      return resolve({ ok: false, detail: "REDIS_URL is not a URL" });
    }
    const port = Number(url.port || 6379);
    const host = url.hostname.replace(/^\[|\]$/g, "") || "127.0.0.1";
    const socket =
      url.protocol === "rediss:"
        ? tls.connect({ host, port, servername: host })
        : net.connect({ host, port });
    let buffer = "";
    const done = (check: Check) => {
      socket.destroy();
      resolve(check);
    };
    socket.setTimeout(timeoutMs, () => done({ ok: false, detail: "redis timeout" }));
    socket.on("error", () => done({ ok: false, detail: "redis unreachable" }));
    socket.on(url.protocol === "rediss:" ? "secureConnect" : "connect", () => {
      const command = (...parts: string[]) =>
        `*${parts.length}\r\n${parts.map((part) => `$${Buffer.byteLength(part)}\r\n${part}\r\n`).join("")}`;
      const password = decodeURIComponent(url.password);
      const username = decodeURIComponent(url.username);
      const auth = password
        ? username
          ? command("AUTH", username, password)
          : command("AUTH", password)
        : "";
      socket.write(auth + command("PING"));
    });
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      if (buffer.includes("+PONG")) done({ ok: true });
      else if (buffer.startsWith("-") || buffer.includes("\r\n-"))
        done({ ok: false, detail: "redis refused" });
    });
  });
}

export function createReadinessCheck({ databaseUrl, redisUrl }: { databaseUrl: string; redisUrl?: string }) {
  let expected: Promise<string[]> | undefined;
  return async function readiness(): Promise<Readiness> {
    expected ??= readMigrations().then((migrations) => migrations.map((migration) => migration.name));
    const [database, redis] = await Promise.all([
      checkDatabase(databaseUrl, await expected),
      redisUrl ? pingRedis(redisUrl) : Promise.resolve(undefined),
    ]);
    const checks: Record<string, Check> = { database };
    if (redis) checks.redis = redis;
    return { ready: Object.values(checks).every((check) => check.ok), checks };
  };
}
