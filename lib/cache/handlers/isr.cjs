// @ts-check
// The page and route-handler cache (`cacheHandler`): Next's own file-system cache (memory +
// .next on this instance) with two changes.
// 1. A page is as old as the data it was rendered from. Next dates a rendered page when it is
//    stored, so a render that began before an editor's change and finished after it would pass
//    for fresh and hide the change until the page's revalidate time. Here a page is dated from
//    the first read that found no fresh copy (the render follows that read), so a tag expired
//    while it rendered makes it stale at once and the next reader gets a new render.
// 2. With REDIS_URL, its tag checks see the expiries made on every instance: before each read it
//    pulls them from Redis (shared-tags.cjs, throttled), and an expiry made here is written there.
//    Rendered pages stay per instance (each renders once from the shared "use cache" data); what
//    must be shared, the moment a page stops being fresh, is.
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache.js").default;
const { areTagsStale } = require("next/dist/server/lib/incremental-cache/tags-manifest.external.js");
const shared = require("./shared-tags.cjs");

const sharing = () => Boolean(process.env.REDIS_URL);
const now = () => performance.timeOrigin + performance.now();
/** Pages whose render may be under way; bounded (a read that no render follows leaves an entry). */
const MAX_PENDING = 10_000;

/** @param {any} data @returns {boolean} */
function isFresh(data) {
  if (!data || !data.value || data.lastModified === -1) return false;
  const revalidate = data.cacheControl?.revalidate;
  if (typeof revalidate === "number" && now() - data.lastModified > revalidate * 1000) return false;
  const tags = data.value.headers?.["x-next-cache-tags"];
  return !(typeof tags === "string" && areTagsStale(tags.split(","), data.lastModified));
}

class LedePageCache extends FileSystemCache {
  /** @type {Map<string, number>} key -> time of the first read since its last write that found no fresh page */
  static renderingSince = new Map();

  /** @param {Parameters<FileSystemCache["get"]>} args */
  async get(...args) {
    if (sharing()) await shared.syncTags();
    const data = await super.get(...args);
    const [key] = args;
    const pending = LedePageCache.renderingSince;
    if (!isFresh(data) && !pending.has(key)) {
      if (pending.size >= MAX_PENDING) pending.delete(pending.keys().next().value ?? "");
      pending.set(key, now());
    }
    return data;
  }

  /** @param {Parameters<FileSystemCache["set"]>} args */
  async set(...args) {
    const [key] = args;
    const since = LedePageCache.renderingSince.get(key);
    LedePageCache.renderingSince.delete(key);
    // Next's set puts the entry in memory before its first await: date it right after.
    const writing = super.set(...args);
    const stored = FileSystemCache.memoryCache?.get(key);
    if (since !== undefined && stored) stored.lastModified = Math.min(stored.lastModified, Math.floor(since));
    await writing;
  }

  /** @param {string | string[]} tags @param {{ expire?: number }} [durations] */
  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    if (sharing()) await shared.expireTags(Array.isArray(tags) ? tags : [tags], durations);
  }
}

module.exports = LedePageCache;
