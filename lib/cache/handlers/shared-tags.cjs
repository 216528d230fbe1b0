// @ts-check
// Cache-tag state shared by every instance through Redis (used only when REDIS_URL is set).
// Next keeps tag expiry times per process in one map (`tagsManifest`) that both its page cache
// and its "use cache" cache consult. This module copies expiries made on any instance into Redis
// and pulls those made elsewhere into that map before a request reads a cache, so a tag expired
// on one instance is expired on all. Redis keeps:
//   lede:cache:tags     hash  tag -> {"stale":ms,"expired":ms}  (merged: later times win)
//   lede:cache:tag-log  zset  tag -> time of the last change    (what changed since a sync)
// If Redis is unreachable, requests go on with the local state (a warning is logged, never an
// error page) and expiries made meanwhile are queued and written when Redis is back.
const { createClient } = require("redis");
const { tagsManifest } = require("next/dist/server/lib/incremental-cache/tags-manifest.external.js");

const TAGS_KEY = "lede:cache:tags";
const LOG_KEY = "lede:cache:tag-log";
/** Changes older than this are dropped from the log; a process that synced longer ago loads all. */
const LOG_KEEP_MS = 24 * 3600_000;
/** Re-read this much of the log on every sync, so clocks a little apart never hide a change. */
const CLOCK_MARGIN_MS = 10_000;
/** At most one sync per this many ms (each request would otherwise ask Redis). */
const SYNC_EVERY_MS = Number(process.env.LEDE_TAG_SYNC_MS ?? 50);
const RETRY_MS = 1_000;
const COMMAND_TIMEOUT_MS = 500;

const MERGE_SCRIPT = `
for i = 2, #ARGV, 2 do
  local tag = ARGV[i]
  local merged = cjson.decode(ARGV[i + 1])
  local current = redis.call('HGET', KEYS[1], tag)
  if current then
    local c = cjson.decode(current)
    if c.stale and (not merged.stale or c.stale > merged.stale) then merged.stale = c.stale end
    if c.expired and (not merged.expired or c.expired > merged.expired) then merged.expired = c.expired end
  end
  redis.call('HSET', KEYS[1], tag, cjson.encode(merged))
  redis.call('ZADD', KEYS[2], tonumber(ARGV[1]), tag)
end
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', tonumber(ARGV[1]) - ${LOG_KEEP_MS})
return 1
`;

/** @typedef {{ stale?: number, expired?: number }} TagTimes */

const state = {
  /** @type {ReturnType<typeof createClient> | null} */
  client: null,
  /** @type {Promise<void> | null} */
  syncing: null,
  lastSyncAt: 0,
  /** Time (local clock) of the last complete sync, 0 = never: load everything. */
  syncedUntil: 0,
  /** @type {Map<string, TagTimes>} expiries not yet written to Redis */
  pending: new Map(),
  /** @type {NodeJS.Timeout | null} */
  retryTimer: null,
  warned: false,
};

// Rounded down: an expiry is never "in the future" for a read in the same millisecond.
const now = () => Math.floor(performance.timeOrigin + performance.now());

/** @param {string} message */
function warn(message) {
  if (state.warned) return;
  state.warned = true;
  console.warn(`[cache] Redis unavailable (${message}): serving from this instance's memory meanwhile`);
}

function recovered() {
  if (!state.warned) return;
  state.warned = false;
  console.warn("[cache] Redis is back: shared cache and tag expiry resumed");
}

function redisUrl() {
  return process.env.REDIS_URL || "";
}

/** The shared client, connecting in the background; commands fail at once while it is down. */
function client() {
  if (state.client) return state.client;
  const created = createClient({
    url: redisUrl(),
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 1_000,
      reconnectStrategy: (retries) => Math.min(100 + retries * 200, 2_000),
    },
  });
  created.on("error", (/** @type {Error} */ error) => warn(error.message));
  created.on("ready", () => {
    // What changed while we were away is unknown: load the whole tag table on the next sync.
    state.syncedUntil = 0;
    recovered();
    void flushPending();
  });
  created.connect().catch(() => {});
  state.client = created;
  return created;
}

/**
 * @template T
 * @param {Promise<T>} promise
 * @returns {Promise<T>}
 */
function withTimeout(promise) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("Redis command timed out")), COMMAND_TIMEOUT_MS);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** @param {string} tag @param {TagTimes} times */
function mergeLocal(tag, times) {
  const current = tagsManifest.get(tag) || {};
  const merged = { ...current };
  if (typeof times.stale === "number" && !(current.stale >= times.stale)) merged.stale = times.stale;
  if (typeof times.expired === "number" && !(current.expired >= times.expired))
    merged.expired = times.expired;
  tagsManifest.set(tag, merged);
}

/** Pulls expiries made by other instances into this process (throttled; never throws). */
async function syncTags() {
  if (!redisUrl()) return;
  if (state.syncing) return state.syncing;
  if (now() - state.lastSyncAt < SYNC_EVERY_MS) return;
  // Cleared in .finally, which always runs after this assignment: a sync that fails before its
  // first await (Redis not connected yet, as at start) would otherwise leave it set for good.
  state.syncing = (async () => {
    const started = now();
    state.lastSyncAt = started;
    try {
      const redis = client();
      if (!redis.isReady) throw new Error("not connected");
      /** @type {Record<string, string>} */
      let rows = {};
      if (state.syncedUntil === 0 || started - state.syncedUntil > LOG_KEEP_MS - CLOCK_MARGIN_MS) {
        rows = await withTimeout(redis.hGetAll(TAGS_KEY));
      } else {
        const changed = await withTimeout(
          redis.zRangeByScore(LOG_KEY, state.syncedUntil - CLOCK_MARGIN_MS, "+inf"),
        );
        if (changed.length > 0) {
          const values = await withTimeout(redis.hmGet(TAGS_KEY, changed));
          changed.forEach((tag, index) => {
            const value = values[index];
            if (value) rows[tag] = value;
          });
        }
      }
      for (const [tag, value] of Object.entries(rows)) {
        try {
          mergeLocal(tag, JSON.parse(value));
        } catch {
          // A malformed row: ignore it.
        }
      }
      state.syncedUntil = started;
      recovered();
    } catch (error) {
      warn(error instanceof Error ? error.message : String(error));
    }
  })().finally(() => {
    state.syncing = null;
  });
  return state.syncing;
}

/** Writes queued expiries to Redis; on failure keeps them and tries again later. */
async function flushPending() {
  if (state.pending.size === 0 || !redisUrl()) return;
  const batch = new Map(state.pending);
  state.pending.clear();
  try {
    const redis = client();
    if (!redis.isReady) throw new Error("not connected");
    const args = [String(now())];
    for (const [tag, times] of batch) args.push(tag, JSON.stringify(times));
    await withTimeout(redis.eval(MERGE_SCRIPT, { keys: [TAGS_KEY, LOG_KEY], arguments: args }));
    recovered();
  } catch (error) {
    for (const [tag, times] of batch) {
      const queued = state.pending.get(tag) || {};
      state.pending.set(tag, {
        stale: Math.max(queued.stale ?? 0, times.stale ?? 0) || undefined,
        expired: Math.max(queued.expired ?? 0, times.expired ?? 0) || undefined,
      });
    }
    warn(error instanceof Error ? error.message : String(error));
    if (!state.retryTimer) {
      state.retryTimer = setTimeout(() => {
        state.retryTimer = null;
        void flushPending();
      }, RETRY_MS);
      state.retryTimer.unref();
    }
  }
}

/**
 * Records an expiry made on this instance: locally at once, in Redis as soon as it can.
 * `durations` as in Next's updateTags: absent = expired now; present = stale now, expired after
 * `durations.expire` seconds.
 * @param {string[]} tags
 * @param {{ expire?: number }} [durations]
 */
async function expireTags(tags, durations) {
  const at = now();
  for (const tag of tags) {
    /** @type {TagTimes} */
    const times = durations
      ? { stale: at, ...(durations.expire !== undefined ? { expired: at + durations.expire * 1000 } : {}) }
      : { expired: at };
    mergeLocal(tag, times);
    const queued = state.pending.get(tag) || {};
    state.pending.set(tag, {
      stale: Math.max(queued.stale ?? 0, times.stale ?? 0) || undefined,
      expired: Math.max(queued.expired ?? 0, times.expired ?? 0) || undefined,
    });
  }
  await flushPending();
}

/** Closes the client (tests and command-line scripts). */
async function closeSharedTags() {
  const current = state.client;
  state.client = null;
  if (state.retryTimer) clearTimeout(state.retryTimer);
  state.retryTimer = null;
  if (current) await current.close().catch(() => current.destroy());
}

function pendingCount() {
  return state.pending.size;
}

module.exports = {
  syncTags,
  expireTags,
  closeSharedTags,
  pendingCount,
  client,
  withTimeout,
  warn,
  recovered,
};
