// @ts-check
// The "use cache" handler when REDIS_URL is set (next.config.js): entries in this process's
// memory (first level, size-bounded LRU) and in Redis (shared by every instance, kept until the
// entry's `expire`); tag expiry through shared-tags.cjs. Redis trouble never fails a request:
// a read that cannot reach Redis is a miss (the function runs), a write is dropped, a warning is
// logged once per outage.
const { readFileSync } = require("node:fs");
const path = require("node:path");
const {
  areTagsExpired,
  areTagsStale,
  tagsManifest,
} = require("next/dist/server/lib/incremental-cache/tags-manifest.external.js");
const shared = require("./shared-tags.cjs");

const MEMORY_BYTES = Number(process.env.LEDE_CACHE_MEMORY_BYTES ?? 64 * 1024 * 1024);

/** @typedef {{ tags: string[], stale: number, timestamp: number, expire: number, revalidate: number }} Meta */
/** @typedef {{ meta: Meta, value: Buffer }} Stored */

/** Entries of another build are never read: keys carry the build id. */
function keyPrefix() {
  let build = "dev";
  try {
    build = readFileSync(
      path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"),
      "utf8",
    ).trim();
  } catch {
    // No build id (dev server): one namespace.
  }
  return `lede:cache:uc:${build}:`;
}

/** @param {Buffer} bytes */
function streamOf(bytes) {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new Uint8Array(bytes));
      controller.close();
    },
  });
}

/** @param {Meta} meta @param {Buffer} value */
function encode(meta, value) {
  const header = Buffer.from(JSON.stringify(meta));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(header.length);
  return Buffer.concat([length, header, value]);
}

/** @param {Buffer} bytes @returns {Stored | null} */
function decode(bytes) {
  if (bytes.length < 4) return null;
  const length = bytes.readUInt32BE(0);
  const meta = JSON.parse(bytes.subarray(4, 4 + length).toString("utf8"));
  return { meta, value: bytes.subarray(4 + length) };
}

function createHandler() {
  const prefix = keyPrefix();
  /** @type {Map<string, Stored>} insertion order = least recently used first */
  const memory = new Map();
  let memoryBytes = 0;
  /** @type {Map<string, Promise<void>>} */
  const pendingSets = new Map();

  /** @param {string} key @param {Stored} stored */
  function remember(key, stored) {
    const previous = memory.get(key);
    if (previous) {
      memoryBytes -= previous.value.length;
      memory.delete(key);
    }
    memory.set(key, stored);
    memoryBytes += stored.value.length;
    for (const [oldKey, old] of memory) {
      if (memoryBytes <= MEMORY_BYTES) break;
      memory.delete(oldKey);
      memoryBytes -= old.value.length;
    }
  }

  /** @param {string} key @returns {Promise<Stored | null>} */
  async function fromRedis(key) {
    try {
      const redis = shared.client();
      if (!redis.isReady) return null;
      const bytes = await shared.withTimeout(
        redis.withTypeMapping({ [require("redis").RESP_TYPES.BLOB_STRING]: Buffer }).get(prefix + key),
      );
      return bytes ? decode(/** @type {Buffer} */ (bytes)) : null;
    } catch (error) {
      shared.warn(error instanceof Error ? error.message : String(error));
      return null;
    }
  }

  return {
    /** @param {string} cacheKey */
    async get(cacheKey) {
      const pending = pendingSets.get(cacheKey);
      if (pending) await pending;
      let stored = memory.get(cacheKey) ?? null;
      if (stored) {
        memory.delete(cacheKey); // refresh its place in the LRU order
        memory.set(cacheKey, stored);
      } else {
        stored = await fromRedis(cacheKey);
        if (stored) remember(cacheKey, stored);
      }
      if (!stored) return undefined;
      const { meta } = stored;
      // Like Next's own in-memory handler: past `revalidate` the entry is not served.
      if (now() > meta.timestamp + meta.revalidate * 1000) return undefined;
      if (areTagsExpired(meta.tags, meta.timestamp)) return undefined;
      const revalidate = areTagsStale(meta.tags, meta.timestamp) ? -1 : meta.revalidate;
      return { ...meta, revalidate, value: streamOf(stored.value) };
    },

    /** @param {string} cacheKey @param {Promise<any>} pendingEntry */
    async set(cacheKey, pendingEntry) {
      /** @type {() => void} */
      let done = () => {};
      pendingSets.set(cacheKey, new Promise((resolve) => (done = () => resolve(undefined))));
      try {
        const entry = await pendingEntry;
        const value = Buffer.from(await new Response(entry.value).arrayBuffer());
        if (entry.expire === 0) return; // dynamic: never served from a cache
        /** @type {Meta} */
        const meta = {
          tags: entry.tags,
          stale: entry.stale,
          timestamp: entry.timestamp,
          expire: entry.expire,
          revalidate: entry.revalidate,
        };
        remember(cacheKey, { meta, value });
        done();
        const redis = shared.client();
        if (!redis.isReady) return;
        const ttl = Number.isFinite(meta.expire)
          ? { PX: Math.max(1_000, Math.ceil(meta.expire * 1000)) }
          : {};
        await shared.withTimeout(redis.set(prefix + cacheKey, encode(meta, value), ttl));
      } catch (error) {
        shared.warn(error instanceof Error ? error.message : String(error));
      } finally {
        done();
        pendingSets.delete(cacheKey);
      }
    },

    async refreshTags() {
      await shared.syncTags();
    },

    /** @param {string[]} tags */
    async getExpiration(tags) {
      return Math.max(0, ...tags.map((tag) => tagsManifest.get(tag)?.expired ?? 0));
    },

    /** @param {string[]} tags @param {{ expire?: number }} [durations] */
    async updateTags(tags, durations) {
      await shared.expireTags(tags, durations);
    },
  };
}

const now = () => performance.timeOrigin + performance.now();

module.exports = createHandler();
module.exports.createHandler = createHandler;
