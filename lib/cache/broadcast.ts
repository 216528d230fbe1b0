// Cache-tag expiry for every running server, from anywhere (a job, a command-line writer):
// a PostgreSQL NOTIFY on one channel that each server process LISTENs to, and then expires the
// tags in its own caches. Without a shared cache (no REDIS_URL) this is how one writer reaches
// the memory of every instance; with one, it also drops their first-level memory copies.
// A server that is down misses the message, and needs none: its memory starts empty.
import pg from "pg";
import type { SqlRunner } from "@/lib/jobs/runner";

export const TAG_EXPIRY_CHANNEL = "lede_expire_tags";
/** NOTIFY payloads are limited to 8,000 bytes: tags are sent in batches below that. */
const MAX_PAYLOAD_BYTES = 7_000;

function batches(tags: string[]): string[][] {
  const result: string[][] = [];
  let current: string[] = [];
  let size = 2;
  for (const tag of new Set(tags)) {
    const bytes = Buffer.byteLength(JSON.stringify(tag)) + 1;
    if (current.length > 0 && size + bytes > MAX_PAYLOAD_BYTES) {
      result.push(current);
      current = [];
      size = 2;
    }
    current.push(tag);
    size += bytes;
  }
  if (current.length > 0) result.push(current);
  return result;
}

/** Asks every running server to expire `tags` (delivered when `client`'s transaction commits). */
export async function broadcastTagExpiry(client: SqlRunner, tags: string[]): Promise<void> {
  for (const batch of batches(tags)) {
    await client.$executeRaw`SELECT pg_notify(${TAG_EXPIRY_CHANNEL}::text, ${JSON.stringify(batch)}::text)`;
  }
}

export type Listener = { stop(): Promise<void> };

/** Listens for tag expiries until stopped; reconnects after a lost connection. */
export function listenForTagExpiry(
  databaseUrl: string,
  onTags: (tags: string[]) => Promise<void>,
  log: (message: string) => void = (message) => console.warn(message),
): Listener {
  let stopped = false;
  let client: pg.Client | null = null;
  let retry: NodeJS.Timeout | undefined;

  const connect = async () => {
    if (stopped) return;
    const next = new pg.Client({ connectionString: databaseUrl });
    client = next;
    next.on("error", () => {}); // reported by "end" below
    next.on("end", () => {
      if (stopped || client !== next) return;
      log("[cache] tag-expiry listener lost its database connection; reconnecting");
      client = null;
      retry = setTimeout(connect, 1_000);
      retry.unref();
    });
    next.on("notification", (message) => {
      if (message.channel !== TAG_EXPIRY_CHANNEL || !message.payload) return;
      let tags: unknown;
      try {
        tags = JSON.parse(message.payload);
      } catch {
        return;
      }
      if (!Array.isArray(tags)) return;
      onTags(tags.filter((tag): tag is string => typeof tag === "string")).catch((error: unknown) =>
        log(`[cache] expiring broadcast tags failed: ${error instanceof Error ? error.message : error}`),
      );
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${TAG_EXPIRY_CHANNEL}`);
    } catch (error) {
      if (client === next) client = null;
      await next.end().catch(() => {});
      if (stopped) return;
      log(`[cache] tag-expiry listener cannot connect (${error instanceof Error ? error.message : error})`);
      retry = setTimeout(connect, 2_000);
      retry.unref();
    }
  };
  void connect();

  return {
    async stop() {
      stopped = true;
      clearTimeout(retry);
      await client?.end().catch(() => {});
    },
  };
}
