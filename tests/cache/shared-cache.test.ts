// The Redis-backed caches used when REDIS_URL is set (lib/cache/handlers): entries shared
// between instances, tag expiry seen by every instance, and Redis going away (served from memory
// or recomputed, a warning, no error) with expiries made meanwhile written once it is back.
// Each test file starts its own redis-server on a port of its own, so it can stop it.
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createClient } from "redis";

const require = createRequire(import.meta.url);
const PORT = Number(process.env.TEST_REDIS_PORT ?? 3411);
process.env.REDIS_URL = `redis://127.0.0.1:${PORT}`;
process.env.LEDE_TAG_SYNC_MS = "0";

type Handler = {
  get(
    key: string,
    softTags: string[],
  ): Promise<{ value: ReadableStream<Uint8Array>; revalidate: number } | undefined>;
  set(key: string, entry: Promise<unknown>): Promise<void>;
  refreshTags(): Promise<void>;
  getExpiration(tags: string[]): Promise<number>;
  updateTags(tags: string[], durations?: { expire?: number }): Promise<void>;
};
type Shared = {
  syncTags(): Promise<void>;
  closeSharedTags(): Promise<void>;
  pendingCount(): number;
  client(): { isReady: boolean };
};

const shared = require("../../lib/cache/handlers/shared-tags.cjs") as Shared;
const { createHandler } = require("../../lib/cache/handlers/use-cache.cjs") as { createHandler(): Handler };
const { tagsManifest } = require("next/dist/server/lib/incremental-cache/tags-manifest.external.js") as {
  tagsManifest: Map<string, { stale?: number; expired?: number }>;
};

let redisServer: ChildProcess | null = null;
let probe: ReturnType<typeof createClient>;

async function startRedis() {
  redisServer = spawn("redis-server", ["--port", String(PORT), "--save", "", "--appendonly", "no"], {
    stdio: "ignore",
  });
  for (let attempt = 0; attempt < 100; attempt++) {
    const client = createClient({ url: process.env.REDIS_URL, socket: { reconnectStrategy: false } });
    client.on("error", () => {});
    try {
      await client.connect();
      await client.close();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  throw new Error("redis-server did not start");
}

async function stopRedis() {
  const server = redisServer;
  redisServer = null;
  if (!server) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill("SIGTERM");
  await exited;
}

const until = async (check: () => boolean | Promise<boolean>, ms = 5_000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

function entry(text: string, tags: string[], timestamp = Date.now()) {
  return Promise.resolve({
    value: new Response(text).body!,
    tags,
    stale: 300,
    timestamp,
    expire: 3600,
    revalidate: 900,
  });
}

const read = async (handler: Handler, key: string) => {
  const found = await handler.get(key, []);
  return found ? await new Response(found.value).text() : undefined;
};

beforeAll(async () => {
  await startRedis();
  probe = createClient({ url: process.env.REDIS_URL });
  probe.on("error", () => {});
  await probe.connect();
  shared.client();
  await until(() => shared.client().isReady);
});

afterAll(async () => {
  await probe.close().catch(() => {});
  await shared.closeSharedTags();
  await stopRedis();
});

describe('the shared "use cache" handler', () => {
  it("serves an entry written by one instance to another (shared through Redis)", async () => {
    const a = createHandler();
    const b = createHandler();
    await a.set("key-shared", entry("from A", ["article:1"]));
    expect(await read(b, "key-shared")).toBe("from A");
    expect(await read(b, "key-missing")).toBeUndefined();
  });

  it("a tag expired on one instance is expired on the others", async () => {
    const a = createHandler();
    await a.set("key-tagged", entry("tagged", ["article:2", "home"], Date.now() - 10));
    expect(await read(a, "key-tagged")).toBe("tagged");
    // Another instance expires "home": it writes the time in Redis (same script as ours).
    const other = createHandler();
    tagsManifest.delete("home");
    await other.updateTags(["home"]);
    tagsManifest.delete("home"); // this process has not heard of it yet
    expect(await read(a, "key-tagged")).toBe("tagged");
    await a.refreshTags();
    expect(tagsManifest.get("home")?.expired).toBeGreaterThan(0);
    expect(await read(a, "key-tagged")).toBeUndefined();
    expect(await a.getExpiration(["home", "never-expired"])).toBe(tagsManifest.get("home")!.expired);
    expect(await a.getExpiration(["never-expired"])).toBe(0);
  });

  it("a stale tag (revalidateTag with a profile) serves the entry and asks for a refresh", async () => {
    const a = createHandler();
    await a.set("key-stale", entry("stale", ["section:x"], Date.now() - 10));
    await a.updateTags(["section:x"], { expire: 3600 });
    const found = await a.get("key-stale", []);
    expect(found?.revalidate).toBe(-1);
  });
});

describe("an instance that starts before Redis answers", () => {
  it("still pulls the expiries made elsewhere once connected (its first, failed sync does not block the next)", async () => {
    // A second copy of the module: a process whose first request came before its client connected.
    const modulePath = require.resolve("../../lib/cache/handlers/shared-tags.cjs");
    const loaded = require.cache[modulePath];
    delete require.cache[modulePath];
    const starting = require(modulePath) as Shared;
    require.cache[modulePath] = loaded;
    try {
      await starting.syncTags(); // not connected yet: fails at once
      await until(() => starting.client().isReady);
      const tag = `expired-elsewhere-${Date.now()}`;
      const at = Date.now();
      await probe.hSet("lede:cache:tags", tag, JSON.stringify({ expired: at }));
      await probe.zAdd("lede:cache:tag-log", { score: at, value: tag });
      await starting.syncTags();
      expect(tagsManifest.get(tag)?.expired).toBe(at);
    } finally {
      await starting.closeSharedTags();
    }
  });
});

describe("when Redis goes away", () => {
  it("keeps serving from memory, recomputes on a miss, warns, and writes the expiries made meanwhile once back", async () => {
    const warnings = vi.spyOn(console, "warn").mockImplementation(() => {});
    const a = createHandler();
    await a.set("key-down", entry("kept in memory", ["article:9"], Date.now() - 10));
    await stopRedis();
    await until(() => !shared.client().isReady);

    expect(await read(a, "key-down")).toBe("kept in memory");
    expect(await read(a, "key-not-in-memory")).toBeUndefined(); // a miss: the function runs
    await expect(a.refreshTags()).resolves.toBeUndefined();
    await expect(a.set("key-new", entry("new", ["x"]))).resolves.toBeUndefined();
    await a.updateTags(["article:9"]); // made while Redis is down
    expect(await read(a, "key-down")).toBeUndefined(); // expired here at once
    expect(shared.pendingCount()).toBeGreaterThan(0);
    expect(warnings.mock.calls.some(([message]) => String(message).includes("Redis unavailable"))).toBe(true);

    await startRedis();
    await until(() => shared.pendingCount() === 0, 8_000);
    const fresh = createClient({ url: process.env.REDIS_URL });
    fresh.on("error", () => {});
    await fresh.connect();
    const stored = await fresh.hGet("lede:cache:tags", "article:9");
    await fresh.close();
    expect(JSON.parse(stored!).expired).toBe(tagsManifest.get("article:9")!.expired);
    warnings.mockRestore();
  });
});

describe("command-line writers", () => {
  it("expire on running servers over PostgreSQL and in Redis", async () => {
    const { db } = await import("@/lib/db");
    const { listenForTagExpiry } = await import("@/lib/cache/broadcast");
    const { expireOnRunningServers } = await import("@/lib/cache/command-line");
    const received: string[] = [];
    const listener = listenForTagExpiry(process.env.DATABASE_URL!, async (tags) => {
      received.push(...tags);
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    await expireOnRunningServers(db, ["tag:from-cli", "home"], () => {});
    await until(() => received.includes("tag:from-cli"));
    await listener.stop();
    const stored = await probe.hGet("lede:cache:tags", "tag:from-cli");
    expect(JSON.parse(stored!).expired).toBeGreaterThan(Date.now() - 10_000);
  });
});
