// Cache tags are built only by lib/cache/tags.ts: a tag typed by hand elsewhere could be
// expired under one spelling and cached under another, and the page would never refresh.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { articleReaderTags } from "@/lib/articles/cache-tags";
import { tags } from "@/lib/cache/tags";

const ROOT = join(import.meta.dirname, "..", "..");
const TAGS_MODULE = "lib/cache/tags.ts";

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (name === "generated" || name === "node_modules") return [];
    if (statSync(join(ROOT, path)).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const files = ["lib", "app", "components"].flatMap(sources).filter((path) => path !== TAGS_MODULE);

describe("cache tags", () => {
  it("are cached and expired only through lib/cache/tags.ts", () => {
    const offenders = files.filter((path) =>
      /\b(cacheTag|updateTag|revalidateTag|unstable_cacheTag)\b/.test(readFileSync(join(ROOT, path), "utf8")),
    );
    expect(offenders).toEqual([]);
  });

  it("are never spelled by hand outside the module", () => {
    const kinds = ["article", "article-slug", "comments", "section", "tag", "author"].join("|");
    const handMade = new RegExp(`[\`"'](${kinds}):\\$\\{`);
    const offenders = files
      .map((path) => relative(ROOT, join(ROOT, path)))
      .filter((path) => handMade.test(readFileSync(join(ROOT, path), "utf8")));
    expect(offenders).toEqual([]);
  });

  it("build the same string for a listing page and its owner's own tag", () => {
    expect(tags.list("section", "politics")).toBe(tags.section("politics"));
    expect(tags.list("tag", "ukraine")).toBe(tags.tag("ukraine"));
    expect(tags.list("author", "ana")).toBe(tags.author("ana"));
  });

  it("name every page an article change touches", () => {
    const article = {
      id: 7,
      slug: "talks",
      section: { slug: "politics" },
      tags: [{ tag: { slug: "ukraine" } }],
      authors: [{ author: { slug: "ana" } }],
    };
    expect(articleReaderTags(article, [3])).toEqual([
      "article:7",
      "article-slug:talks",
      "section:politics",
      "tag:ukraine",
      "author:ana",
      "home",
      "recent",
      "picks",
      "feeds",
      "search",
      "article:3",
    ]);
  });
});
