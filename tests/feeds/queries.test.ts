// Feeds and sitemaps against the real database: which articles they list, the Google News
// window and cap, and what the route handlers answer. Fixtures use their own unique slugs and
// are removed afterwards (the test database is shared by the run's test files).
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { xml2js } from "xml-js";
import { GET as siteAtom } from "@/app/atom.xml/route";
import { GET as siteRss } from "@/app/feed.xml/route";
import { GET as newsSitemap } from "@/app/news-sitemap.xml/route";
import { GET as sitemapIndex } from "@/app/sitemap.xml/route";
import { GET as sitemapFile } from "@/app/sitemaps/[file]/route";
import { GET as sectionAtom } from "@/app/(site)/[section]/atom.xml/route";
import { GET as sectionRss } from "@/app/(site)/[section]/feed.xml/route";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { FEED_SIZE } from "@/lib/feeds/feeds";
import {
  getFeedArticles,
  getNewsSitemapArticles,
  getSitemapArticles,
  getSitemapIndex,
  getSitemapPages,
  listSitemapArticles,
} from "@/lib/feeds/queries";
import { articleSitemapPath, NEWS_MAX_URLS, NEWS_WINDOW_MS, SITEMAP_CHUNK_SIZE } from "@/lib/feeds/sitemaps";

// Parsed documents are walked loosely: a missing element fails the assertion that reads it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed XML has no static shape
type Node = Record<string, any>;

const run = randomBytes(4).toString("hex");
const slug = (name: string) => `feeds-${run}-${name}`;
const HOUR = 3_600_000;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;

let sectionId = 0;
let bulkSectionId = 0;
let userId = 0;
const ids: Record<string, number> = {};

function list<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function params<T>(value: T) {
  return { params: Promise.resolve(value) };
}

async function createArticle(
  name: string,
  status: ArticleStatus,
  publishedAt: Date | null,
  extra: { modifiedAt?: Date; lang?: "en" | "fr"; title?: string } = {},
) {
  const article = await db.article.create({
    data: {
      slug: slug(name),
      title: extra.title ?? `Feeds ${name}`,
      dek: `Dek ${name}`,
      body: "Body.",
      lang: extra.lang ?? "en",
      status,
      publishedAt,
      modifiedAt: extra.modifiedAt ?? null,
      sectionId,
    },
  });
  ids[name] = article.id;
  return article;
}

beforeAll(async () => {
  const now = Date.now();
  const user = await db.user.create({
    data: { email: `staff-${run}@example.com`, name: "Staff Writer", passwordHash: "x", role: "EDITOR" },
  });
  userId = user.id;
  const author = await db.author.create({ data: { slug: slug("author"), name: "Ann & Co", userId } });
  sectionId = (
    await db.section.create({
      data: { slug: slug("section"), name: `Feeds ${run}`, description: "Test section" },
    })
  ).id;
  bulkSectionId = (await db.section.create({ data: { slug: slug("bulk"), name: `Bulk ${run}` } })).id;

  await createArticle("fresh", "PUBLISHED", new Date(now - 5_000), {
    title: `Fresh & "new" <${run}>`,
    lang: "fr",
  });
  await createArticle("day-old", "PUBLISHED", new Date(now - 24 * HOUR), {
    modifiedAt: new Date(now - HOUR),
  });
  await createArticle("three-days", "PUBLISHED", new Date(now - 72 * HOUR));
  await createArticle("scheduled-past", "PUBLISHED", new Date(now - 2 * HOUR));
  await createArticle("scheduled-future", "PUBLISHED", new Date(now + 24 * HOUR));
  await createArticle("draft", "DRAFT", null);
  await createArticle("draft-dated", "DRAFT", new Date(now - 3 * HOUR));
  await createArticle("archived", "ARCHIVED", new Date(now - 4 * HOUR));
  await db.articleAuthor.create({ data: { articleId: ids.fresh!, authorId: author.id } });
  await db.comment.create({
    data: {
      articleId: ids.fresh!,
      authorName: "Reader",
      authorEmail: `reader-${run}@example.org`,
      emailHash: "hash",
      body: `secret comment ${run}`,
      status: "APPROVED",
      ipHash: "ip",
    },
  });
});

afterAll(async () => {
  await db.article.deleteMany({ where: { slug: { startsWith: `feeds-${run}-` } } });
  await db.author.deleteMany({ where: { slug: slug("author") } });
  await db.section.deleteMany({ where: { id: { in: [sectionId, bulkSectionId] } } });
  await db.user.deleteMany({ where: { id: userId } });
});

describe("feed queries", () => {
  it("list the visible articles of a section, newest first, with the dek and author names", async () => {
    const articles = await getFeedArticles(slug("section"));
    expect(articles.map((article) => article.id)).toEqual([
      ids.fresh,
      ids["scheduled-past"],
      ids["day-old"],
      ids["three-days"],
    ]);
    const fresh = articles[0]!;
    expect(fresh).toMatchObject({
      href: `/${slug("section")}/${slug("fresh")}`,
      dek: "Dek fresh",
      authors: [{ name: "Ann & Co" }],
    });
    expect(articles[2]!.modifiedAt).not.toBeNull();
    expect(JSON.stringify(articles)).not.toMatch(EMAIL);
  });

  it("list at most 30 articles site-wide", async () => {
    const articles = await getFeedArticles(null);
    expect(articles.length).toBeLessThanOrEqual(FEED_SIZE);
    expect(articles.map((article) => article.id)).toContain(ids.fresh);
    const times = articles.map((article) => Date.parse(article.publishedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });
});

describe("feed routes", () => {
  it("serve the section's RSS with the right content type and no comment data or e-mail", async () => {
    const response = await sectionRss(new Request("http://test/x"), params({ section: slug("section") }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
    const body = await response.text();
    const channel = (xml2js(body, { compact: true }) as Node).rss.channel as Node;
    const site = env().SITE_URL;
    expect(channel["atom:link"]._attributes.href).toBe(`${site}/${slug("section")}/feed.xml`);
    const items = list(channel.item) as Node[];
    expect(items.map((item) => item.link._text)).toEqual(
      ["fresh", "scheduled-past", "day-old", "three-days"].map(
        (name) => `${site}/${slug("section")}/${slug(name)}`,
      ),
    );
    expect(items[0]!.title._cdata).toBe(`Fresh & "new" <${run}>`);
    expect(items[0]!.guid._text).toBe(`${site}/articles/${ids.fresh}`);
    expect(body).not.toMatch(EMAIL);
    expect(body).not.toContain("secret comment");
    for (const hidden of ["scheduled-future", "draft", "draft-dated", "archived"])
      expect(body).not.toContain(slug(hidden));
  });

  it("serve the section's Atom feed", async () => {
    const response = await sectionAtom(new Request("http://test/x"), params({ section: slug("section") }));
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const feed = (xml2js(await response.text(), { compact: true }) as Node).feed as Node;
    expect(list(feed.entry)).toHaveLength(4);
  });

  it("answer 404 for an unknown section", async () => {
    for (const handler of [sectionRss, sectionAtom]) {
      const response = await handler(
        new Request("http://test/x"),
        params({ section: slug("no-such-section") }),
      );
      expect(response.status).toBe(404);
    }
  });

  it("serve the site-wide RSS and Atom feeds", async () => {
    const rss = await siteRss();
    expect(rss.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
    expect(
      list((xml2js(await rss.text(), { compact: true }) as Node).rss.channel.item).length,
    ).toBeLessThanOrEqual(FEED_SIZE);
    const atom = await siteAtom();
    expect(atom.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    expect(await atom.text()).toContain(`<id>${env().SITE_URL}/articles/${ids.fresh}</id>`);
  });
});

describe("sitemap", () => {
  const chunkOf = (id: number) => Math.floor((id - 1) / SITEMAP_CHUNK_SIZE);

  it("lists published and due scheduled articles, with lastmod = modifiedAt ?? publishedAt, and no drafts, future or archived ones", async () => {
    const entries = await getSitemapArticles(chunkOf(ids.fresh!));
    const ours = new Map(
      entries
        .filter((entry) => entry.path.includes(`feeds-${run}-`))
        .map((entry) => [entry.path, entry.lastModified]),
    );
    const path = (name: string) => `/${slug("section")}/${slug(name)}`;
    expect([...ours.keys()].sort()).toEqual(
      ["fresh", "day-old", "three-days", "scheduled-past"].map(path).sort(),
    );
    const dayOld = await db.article.findUniqueOrThrow({ where: { id: ids["day-old"]! } });
    expect(ours.get(path("day-old"))).toBe(dayOld.modifiedAt!.toISOString());
    const threeDays = await db.article.findUniqueOrThrow({ where: { id: ids["three-days"]! } });
    expect(ours.get(path("three-days"))).toBe(threeDays.publishedAt!.toISOString());
  });

  it("reads a range in keyset batches without losing or repeating rows", async () => {
    const now = new Date();
    const whole = await listSitemapArticles(0, now);
    const batched = await listSitemapArticles(0, now, 3);
    expect(batched).toEqual(whole);
    expect(new Set(batched.map((entry) => entry.path)).size).toBe(batched.length);
  });

  it("indexes the pages sitemap and the article ranges that have articles", async () => {
    const refs = await getSitemapIndex();
    expect(refs[0]!.path).toBe("/sitemaps/pages.xml");
    expect(refs.map((ref) => ref.path)).toContain(articleSitemapPath(chunkOf(ids.fresh!)));
    const response = await sitemapIndex();
    expect(response.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    const index = (xml2js(await response.text(), { compact: true }) as Node).sitemapindex as Node;
    expect(list(index.sitemap).map((ref: Node) => ref.loc._text)).toContain(
      `${env().SITE_URL}${articleSitemapPath(chunkOf(ids.fresh!))}`,
    );
  });

  it("lists home and every section page, with absolute URLs", async () => {
    const pages = await getSitemapPages();
    expect(pages[0]!.path).toBe("/");
    expect(pages.map((page) => page.path)).toEqual(
      expect.arrayContaining([`/${slug("section")}`, `/${slug("bulk")}`]),
    );
    const response = await sitemapFile(new Request("http://test/x"), params({ file: "pages.xml" }));
    const urls = list((xml2js(await response.text(), { compact: true }) as Node).urlset.url) as Node[];
    expect(urls[0]!.loc._text).toBe(`${env().SITE_URL}/`);
    expect(urls.map((url) => url.loc._text)).toContain(`${env().SITE_URL}/${slug("section")}`);
  });

  it("serves article sitemaps and 404s for unknown or empty files", async () => {
    const file = articleSitemapPath(chunkOf(ids.fresh!)).split("/").pop()!;
    const ok = await sitemapFile(new Request("http://test/x"), params({ file }));
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain(`<loc>${env().SITE_URL}/${slug("section")}/${slug("fresh")}</loc>`);
    for (const bad of ["nope.xml", "articles-x.xml", "articles-999.xml"]) {
      expect((await sitemapFile(new Request("http://test/x"), params({ file: bad }))).status).toBe(404);
    }
  });
});

describe("Google News sitemap", () => {
  it("lists articles of the last two days only, with their language and escaped title", async () => {
    const { generatedAt, articles } = await getNewsSitemapArticles();
    const ours = articles
      .filter((article) => article.href.includes(`feeds-${run}-`))
      .map((article) => article.href.split("/").pop());
    expect(ours).toEqual([slug("fresh"), slug("scheduled-past"), slug("day-old")]);
    const since = Date.parse(generatedAt) - NEWS_WINDOW_MS;
    for (const article of articles) expect(Date.parse(article.publishedAt)).toBeGreaterThan(since);

    const response = await newsSitemap();
    expect(response.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    const body = await response.text();
    expect(body).toContain(`<news:title>Fresh &amp; &quot;new&quot; &lt;${run}&gt;</news:title>`);
    const urls = list((xml2js(body, { compact: true }) as Node).urlset.url) as Node[];
    const fresh = urls.find((url) => url.loc._text.endsWith(slug("fresh")))!;
    expect(fresh["news:news"]["news:publication"]["news:language"]._text).toBe("fr");
    expect(fresh["news:news"]["news:publication"]["news:name"]._text).toBe(env().SITE_NAME);
    expect(body).not.toContain(slug("three-days"));
  });

  it("lists at most 1,000 articles, the newest", async () => {
    const now = Date.now();
    await db.article.createMany({
      data: Array.from({ length: NEWS_MAX_URLS + 5 }, (_, index) => ({
        slug: slug(`bulk-${index}`),
        title: `Bulk ${index}`,
        body: "Body.",
        status: "PUBLISHED" as const,
        publishedAt: new Date(now - 2 * HOUR - index * 60_000),
        sectionId: bulkSectionId,
      })),
    });
    const { articles } = await getNewsSitemapArticles();
    expect(articles).toHaveLength(NEWS_MAX_URLS);
    const times = articles.map((article) => Date.parse(article.publishedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // The newest of ours are in; the oldest bulk ones fell off the end.
    const hrefs = new Set(articles.map((article) => article.href));
    expect(hrefs.has(`/${slug("section")}/${slug("fresh")}`)).toBe(true);
    expect(hrefs.has(`/${slug("bulk")}/${slug(`bulk-${NEWS_MAX_URLS + 4}`)}`)).toBe(false);
    const response = await newsSitemap();
    expect(list((xml2js(await response.text(), { compact: true }) as Node).urlset.url)).toHaveLength(
      NEWS_MAX_URLS,
    );
  });
});
