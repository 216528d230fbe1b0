// The page cache (lib/cache/handlers/isr.cjs) dates a rendered page from when its render began:
// an editor's change made while a page was rendering must not be hidden by that render.
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
type Cache = {
  get(key: string, ctx: object): Promise<{ lastModified: number } | null>;
  set(key: string, data: object, ctx: object): Promise<void>;
  revalidateTag(tags: string[], durations?: { expire?: number }): Promise<void>;
};
type CacheClass = new (options: object) => Cache;
const LedePageCache = require("../../lib/cache/handlers/isr.cjs") as CacheClass;
const NextPageCache = require("next/dist/server/lib/incremental-cache/file-system-cache.js")
  .default as CacheClass;
const { nodeFs } = require("next/dist/server/lib/node-fs-methods.js");

const distDir = mkdtempSync(path.join(tmpdir(), "lede-page-cache-"));
afterAll(() => rmSync(distDir, { recursive: true, force: true }));

const options = {
  fs: nodeFs,
  flushToDisk: false,
  serverDistDir: distDir,
  revalidatedTags: [],
  maxMemoryCacheSize: 8 * 1024 * 1024,
};
const readCtx = { kind: "APP_PAGE", isRoutePPREnabled: false, isFallback: false };
const page = (tag: string) => ({
  kind: "APP_PAGE",
  html: "<p>rendered</p>",
  rscData: Buffer.from("rsc"),
  headers: { "x-next-cache-tags": `${tag},_N_T_/layout` },
  postponed: undefined,
  status: 200,
  segmentData: undefined,
});
const writeCtx = { ...readCtx, cacheControl: { revalidate: 900, expire: 172800 } };
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
let run = 0;

/** A reader finds no page, the render starts; an editor expires the page's tag; the render is stored. */
async function raceAnEdit(cache: Cache) {
  const key = `/article-${++run}`;
  const tag = `article-race-${run}-${Date.now()}`;
  expect(await cache.get(key, readCtx)).toBeNull();
  await tick();
  await cache.revalidateTag([tag]); // the editor saves while the page renders
  await tick();
  await cache.set(key, page(tag), writeCtx);
  return { key, tag };
}

describe("the page cache", () => {
  it("treats a page whose data changed while it rendered as expired: the next reader gets a new render", async () => {
    const cache = new LedePageCache(options);
    const { key, tag } = await raceAnEdit(cache);
    expect(await cache.get(key, readCtx)).toBeNull();
    // That render began after the change: it is fresh and served.
    await tick();
    await cache.set(key, page(tag), writeCtx);
    expect(await cache.get(key, readCtx)).not.toBeNull();
  });

  it("keeps serving a page rendered with no change since (dated from the read that found none)", async () => {
    const cache = new LedePageCache(options);
    const key = "/quiet-article";
    expect(await cache.get(key, readCtx)).toBeNull();
    await tick();
    await cache.set(key, page(`quiet-${Date.now()}`), writeCtx);
    const served = await cache.get(key, readCtx);
    expect(served).not.toBeNull();
  });

  it("is needed: Next's own cache serves the render that missed the change", async () => {
    const { key } = await raceAnEdit(new NextPageCache(options));
    expect(await new NextPageCache(options).get(key, readCtx)).not.toBeNull();
  });
});
