// @ts-check
// The page and route-handler cache (`cacheHandler`) when REDIS_URL is set: Next's own
// file-system cache (memory + .next on this instance) whose tag checks see the expiries made on
// every instance: before each read it pulls them from Redis (shared-tags.cjs, throttled), and an
// expiry made here is written there. Rendered pages stay per instance (each renders once from the
// shared "use cache" data); what must be shared, the moment a page stops being fresh, is.
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache.js").default;
const shared = require("./shared-tags.cjs");

class SharedTagsFileSystemCache extends FileSystemCache {
  /** @param {Parameters<FileSystemCache["get"]>} args */
  async get(...args) {
    await shared.syncTags();
    return super.get(...args);
  }

  /** @param {string | string[]} tags @param {{ expire?: number }} [durations] */
  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    await shared.expireTags(Array.isArray(tags) ? tags : [tags], durations);
  }
}

module.exports = SharedTagsFileSystemCache;
