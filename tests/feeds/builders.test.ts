// Pure builders of the feeds and sitemaps: no database. Documents are parsed back with xml-js
// (strict sax underneath; a dependency of `feed`), so a malformed document fails the test.
import { describe, expect, it } from "vitest";
import { xml2js } from "xml-js";
import robots from "@/app/robots";
import { env } from "@/lib/env";
import {
  ATOM_CONTENT_TYPE,
  buildAtom,
  buildRss,
  feedUpdated,
  RSS_CONTENT_TYPE,
  sectionChannel,
  siteChannel,
  type FeedArticle,
} from "@/lib/feeds/feeds";
import {
  buildNewsSitemap,
  buildSitemapIndex,
  buildUrlset,
  chunkIdRange,
  NEWS_MAX_URLS,
  parseSitemapFile,
  SITEMAP_CHUNK_SIZE,
  type NewsArticle,
} from "@/lib/feeds/sitemaps";
import { absoluteUrl, escapeXml, w3cDateTime } from "@/lib/feeds/xml";

const SITE = { siteUrl: "https://news.example.com", siteName: "Lede & <Co>" };
const NASTY = `Tom & "Jerry" <b>don't</b> ]]> twice ]]> <script>alert(1)</script>`;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;
const RFC822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const W3C_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

// Parsed documents are walked loosely: a missing element fails the assertion that reads it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed XML has no static shape
type Node = Record<string, any>;

function parse(xml: string): Node {
  return xml2js(xml, { compact: true }) as Node;
}

function list<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** Text of an element, whether written as text or CDATA. */
function text(node: Node | undefined): string {
  return String(node?._text ?? node?._cdata ?? "");
}

function decodeHtml(html: string): string {
  return html
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

const withoutZwsp = (value: string) => value.replaceAll("\u200B", "");

function article(id: number, overrides: Partial<FeedArticle> = {}): FeedArticle {
  return {
    id,
    href: `/world/story-${id}`,
    title: `Story ${id}`,
    dek: `Dek of story ${id}`,
    section: { slug: "world", name: "World" },
    authors: [{ name: "Zoé O'Neil" }],
    publishedAt: new Date(Date.UTC(2026, 0, 10 - id, 8, 30)).toISOString(),
    modifiedAt: null,
    ...overrides,
  };
}

/** Inputs carrying private data in fields the feed must ignore (as a careless caller might). */
function leakyArticle(id: number): FeedArticle {
  const leaky = {
    ...article(id),
    authors: [{ name: "Ann Writer", email: "ann.writer@example.com", slug: "ann" }],
    authorEmail: "reader@example.org",
    comments: [{ authorName: "Reader", authorEmail: "reader@example.org", body: "my secret comment" }],
  };
  return leaky as FeedArticle;
}

describe("xml helpers", () => {
  it("escapes the five XML characters and drops characters XML forbids", () => {
    expect(escapeXml(`a&b<c>d"e'f\u0001g\uFFFEh`)).toBe("a&amp;b&lt;c&gt;d&quot;e&apos;fgh");
  });

  it("builds absolute URLs under the site's base path", () => {
    expect(absoluteUrl("https://example.com", "/world/x")).toBe("https://example.com/world/x");
    expect(absoluteUrl("https://example.com/news", "/world/x")).toBe("https://example.com/news/world/x");
    expect(absoluteUrl("https://example.com", "/")).toBe("https://example.com/");
    expect(absoluteUrl("https://example.com", "/café")).toBe("https://example.com/caf%C3%A9");
  });

  it("formats W3C datetimes in UTC to the second", () => {
    expect(w3cDateTime("2026-01-02T10:11:12.345Z")).toBe("2026-01-02T10:11:12Z");
  });

  it("parse() rejects malformed XML, so the tests below prove well-formedness", () => {
    expect(() => parse("<a>Tom & Jerry</a>")).toThrow();
    expect(() => parse("<a><b></a>")).toThrow();
  });
});

describe("RSS 2.0", () => {
  const articles = [article(1, { modifiedAt: "2026-01-12T09:00:00.000Z" }), article(2), article(3)];
  const channel = siteChannel(SITE);
  const xml = buildRss(articles, channel);
  const rss = parse(xml).rss as Node;
  const items = list(rss.channel.item) as Node[];

  it("is an RSS 2.0 channel with absolute links, a self link and the chrome language", () => {
    expect(rss._attributes.version).toBe("2.0");
    expect(text(rss.channel.title)).toBe("Lede & <Co>");
    expect(text(rss.channel.link)).toBe("https://news.example.com/");
    expect(text(rss.channel.language)).toBe("en");
    const self = list(rss.channel["atom:link"]).find((link: Node) => link._attributes.rel === "self") as Node;
    expect(self._attributes).toMatchObject({
      href: "https://news.example.com/feed.xml",
      type: "application/rss+xml",
    });
    expect(rss._attributes["xmlns:atom"]).toBe("http://www.w3.org/2005/Atom");
    expect(RSS_CONTENT_TYPE).toBe("application/rss+xml; charset=utf-8");
  });

  it("dates lastBuildDate from the newest item (RFC 822), never from the clock", () => {
    expect(text(rss.channel.lastBuildDate)).toMatch(RFC822);
    expect(text(rss.channel.lastBuildDate)).toBe(new Date("2026-01-12T09:00:00.000Z").toUTCString());
    expect(buildRss(articles, channel)).toBe(xml);
    expect(parse(buildRss([], channel)).rss.channel.lastBuildDate._text).toBe(new Date(0).toUTCString());
  });

  it("gives every item an absolute link, a stable non-permalink guid and an RFC 822 pubDate", () => {
    expect(items).toHaveLength(3);
    items.forEach((item, index) => {
      const source = articles[index]!;
      expect(text(item.link)).toBe(`https://news.example.com${source.href}`);
      expect(text(item.guid)).toBe(`https://news.example.com/articles/${source.id}`);
      expect(item.guid._attributes.isPermaLink).toBe("false");
      expect(text(item.pubDate)).toMatch(RFC822);
      expect(text(item.pubDate)).toBe(new Date(source.publishedAt).toUTCString());
    });
  });

  it("puts bylines in dc:creator, names only, and never an <author> (which RSS wants as an e-mail)", () => {
    const item = parse(
      buildRss([{ ...article(1), authors: [{ name: "A. One" }, { name: "B & Two" }] }], channel),
    ).rss.channel.item as Node;
    expect(
      list(item["dc:creator"]).map((creator: Node) => [text(creator), creator._attributes["xmlns:dc"]]),
    ).toEqual([
      ["A. One", "http://purl.org/dc/elements/1.1/"],
      ["B & Two", "http://purl.org/dc/elements/1.1/"],
    ]);
    expect(item.author).toBeUndefined();
  });

  it("escapes & < > \" ' in titles and deks (title plain text, description HTML)", () => {
    const built = buildRss(
      [article(1, { title: NASTY, dek: NASTY, section: { slug: "w", name: NASTY } })],
      channel,
    );
    const item = parse(built).rss.channel.item as Node;
    expect(withoutZwsp(text(item.title))).toBe(NASTY);
    expect(decodeHtml(text(item.description))).toBe(NASTY);
    expect(text(item.description)).not.toContain("<");
    expect(text(item.category)).toBe(NASTY);
  });

  it("lists the section's page and feeds for a section channel", () => {
    const section = parse(
      buildRss([article(1)], sectionChannel(SITE, { slug: "world", name: "World", description: "" })),
    ).rss.channel as Node;
    expect(text(section.link)).toBe("https://news.example.com/world");
    expect(section["atom:link"]._attributes.href).toBe("https://news.example.com/world/feed.xml");
    expect(text(section.title)).toBe("World – Lede & <Co>");
  });

  it("writes no e-mail address, even when the input objects carry some", () => {
    const built = buildRss([leakyArticle(1), leakyArticle(2)], channel);
    expect(built).not.toMatch(EMAIL);
    expect(built).not.toContain("secret comment");
    expect(parse(built).rss.channel.item).toHaveLength(2);
  });
});

describe("Atom 1.0", () => {
  const articles = [article(1, { modifiedAt: "2026-01-12T09:00:00.000Z" }), article(2, { authors: [] })];
  const xml = buildAtom(articles, siteChannel(SITE));
  const feed = parse(xml).feed as Node;
  const entries = list(feed.entry) as Node[];

  it("has an id, RFC 3339 updated = newest entry, a self and an alternate link, and a fallback author", () => {
    expect(feed._attributes.xmlns).toBe("http://www.w3.org/2005/Atom");
    expect(text(feed.id)).toBe("https://news.example.com/");
    expect(text(feed.updated)).toMatch(RFC3339);
    expect(text(feed.updated)).toBe("2026-01-12T09:00:00.000Z");
    expect(list(feed.link).map((link: Node) => [link._attributes.rel, link._attributes.href])).toEqual([
      ["alternate", "https://news.example.com/"],
      ["self", "https://news.example.com/atom.xml"],
    ]);
    expect(text(feed.author.name)).toBe("Lede & <Co>");
    expect(ATOM_CONTENT_TYPE).toBe("application/atom+xml; charset=utf-8");
    expect(buildAtom(articles, siteChannel(SITE))).toBe(xml);
  });

  it("gives entries stable ids, absolute links, updated = modifiedAt ?? publishedAt and published", () => {
    expect(entries.map((entry) => text(entry.id))).toEqual([
      "https://news.example.com/articles/1",
      "https://news.example.com/articles/2",
    ]);
    expect(entries.map((entry) => entry.link._attributes.href)).toEqual([
      "https://news.example.com/world/story-1",
      "https://news.example.com/world/story-2",
    ]);
    expect(text(entries[0]!.updated)).toBe("2026-01-12T09:00:00.000Z");
    expect(text(entries[0]!.published)).toBe(articles[0]!.publishedAt);
    expect(text(entries[1]!.updated)).toBe(articles[1]!.publishedAt);
    for (const entry of entries) {
      expect(text(entry.updated)).toMatch(RFC3339);
      expect(text(entry.published)).toMatch(RFC3339);
    }
  });

  it("names authors by name only", () => {
    expect(
      list(entries[0]!.author).map((author: Node) => [text(author.name), author.email, author.uri]),
    ).toEqual([["Zoé O'Neil", undefined, undefined]]);
    expect(entries[1]!.author).toBeUndefined();
  });

  it("escapes & < > \" ' in html titles and summaries", () => {
    const entry = parse(
      buildAtom(
        [article(1, { title: NASTY, dek: NASTY, section: { slug: "w", name: NASTY } })],
        siteChannel(SITE),
      ),
    ).feed.entry as Node;
    expect(entry.title._attributes.type).toBe("html");
    expect(decodeHtml(text(entry.title))).toBe(NASTY);
    expect(decodeHtml(text(entry.summary))).toBe(NASTY);
    expect(text(entry.title)).not.toContain("<");
  });

  it("writes no e-mail address, even when the input objects carry some", () => {
    const built = buildAtom([leakyArticle(1)], siteChannel(SITE));
    expect(built).not.toMatch(EMAIL);
    expect(built).not.toContain("secret comment");
  });

  it("dates an empty feed at the epoch rather than now", () => {
    expect(feedUpdated([]).toISOString()).toBe("1970-01-01T00:00:00.000Z");
  });
});

describe("sitemaps", () => {
  it("lists absolute, escaped locations with W3C lastmod dates", () => {
    const xml = buildUrlset(
      [
        { path: "/", lastModified: "2026-01-02T10:00:00.000Z" },
        { path: "/world/a?x=1&y=2", lastModified: null },
      ],
      SITE.siteUrl,
    );
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain("<loc>https://news.example.com/world/a?x=1&amp;y=2</loc>");
    const urls = list(parse(xml).urlset.url) as Node[];
    expect(urls.map((url) => [text(url.loc), url.lastmod && text(url.lastmod)])).toEqual([
      ["https://news.example.com/", "2026-01-02T10:00:00Z"],
      ["https://news.example.com/world/a?x=1&y=2", undefined],
    ]);
  });

  it("builds a sitemap index of absolute sitemap URLs", () => {
    const xml = buildSitemapIndex(
      [
        { path: "/sitemaps/pages.xml", lastModified: "2026-01-02T10:00:00.000Z" },
        { path: "/sitemaps/articles-0.xml", lastModified: null },
      ],
      SITE.siteUrl,
    );
    const refs = list(parse(xml).sitemapindex.sitemap) as Node[];
    expect(parse(xml).sitemapindex._attributes.xmlns).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    expect(refs.map((ref) => text(ref.loc))).toEqual([
      "https://news.example.com/sitemaps/pages.xml",
      "https://news.example.com/sitemaps/articles-0.xml",
    ]);
    expect(text(refs[0]!.lastmod)).toMatch(W3C_DATETIME);
  });

  it("splits articles into id ranges under the protocol's 50,000 URLs and parses file names strictly", () => {
    expect(SITEMAP_CHUNK_SIZE).toBeLessThanOrEqual(50_000);
    expect(chunkIdRange(0)).toEqual({ first: 1, last: SITEMAP_CHUNK_SIZE });
    expect(chunkIdRange(2)).toEqual({ first: 2 * SITEMAP_CHUNK_SIZE + 1, last: 3 * SITEMAP_CHUNK_SIZE });
    expect(parseSitemapFile("pages.xml")).toBe("pages");
    expect(parseSitemapFile("articles-0.xml")).toBe(0);
    expect(parseSitemapFile("articles-12.xml")).toBe(12);
    for (const bad of [
      "articles-01.xml",
      "articles--1.xml",
      "articles-1",
      "articles-1.xml.gz",
      "../x.xml",
      "articles-9999999.xml",
    ]) {
      expect(parseSitemapFile(bad)).toBeNull();
    }
  });
});

describe("Google News sitemap", () => {
  const now = new Date("2026-03-10T12:00:00.000Z");
  const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000).toISOString();

  it("uses the sitemap and news namespaces and escapes names and titles", () => {
    const xml = buildNewsSitemap(
      [{ href: "/monde/un-titre", title: NASTY, lang: "fr", publishedAt: hoursAgo(1) }],
      SITE,
      now,
    );
    expect(xml).toContain(
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    );
    expect(xml).toContain(
      "<news:title>Tom &amp; &quot;Jerry&quot; &lt;b&gt;don&apos;t&lt;/b&gt; ]]&gt; twice ]]&gt; &lt;script&gt;alert(1)&lt;/script&gt;</news:title>",
    );
    const url = parse(xml).urlset.url as Node;
    expect(text(url.loc)).toBe("https://news.example.com/monde/un-titre");
    const news = url["news:news"] as Node;
    expect(text(news["news:publication"]["news:name"])).toBe("Lede & <Co>");
    expect(text(news["news:publication"]["news:language"])).toBe("fr");
    expect(text(news["news:publication_date"])).toBe("2026-03-10T11:00:00Z");
    expect(text(news["news:publication_date"])).toMatch(W3C_DATETIME);
    expect(text(news["news:title"])).toBe(NASTY);
  });

  it("keeps the article's own language", () => {
    const xml = buildNewsSitemap(
      [
        { href: "/a", title: "A", lang: "en", publishedAt: hoursAgo(1) },
        { href: "/b", title: "B", lang: "fr", publishedAt: hoursAgo(2) },
      ],
      SITE,
      now,
    );
    const urls = list(parse(xml).urlset.url) as Node[];
    expect(urls.map((url) => text(url["news:news"]["news:publication"]["news:language"]))).toEqual([
      "en",
      "fr",
    ]);
  });

  it("lists only the last two days and nothing in the future", () => {
    const xml = buildNewsSitemap(
      [
        { href: "/in-47h", title: "in", lang: "en", publishedAt: hoursAgo(47) },
        { href: "/out-49h", title: "out", lang: "en", publishedAt: hoursAgo(49) },
        { href: "/future", title: "future", lang: "en", publishedAt: hoursAgo(-1) },
      ],
      SITE,
      now,
    );
    expect(list(parse(xml).urlset.url).map((url: Node) => text(url.loc))).toEqual([
      "https://news.example.com/in-47h",
    ]);
  });

  it("lists at most 1,000 articles, the newest", () => {
    const many: NewsArticle[] = Array.from({ length: 1_200 }, (_, index) => ({
      href: `/world/n-${index}`,
      title: `N ${index}`,
      lang: "en",
      publishedAt: new Date(now.getTime() - (index + 1) * 60_000).toISOString(),
    }));
    const urls = list(parse(buildNewsSitemap(many.reverse(), SITE, now)).urlset.url) as Node[];
    expect(urls).toHaveLength(NEWS_MAX_URLS);
    expect(text(urls[0]!.loc)).toBe("https://news.example.com/world/n-0");
    expect(text(urls.at(-1)!.loc)).toBe(`https://news.example.com/world/n-${NEWS_MAX_URLS - 1}`);
  });

  it("is well-formed when empty", () => {
    expect(parse(buildNewsSitemap([], SITE, now)).urlset.url).toBeUndefined();
  });
});

describe("robots.txt", () => {
  it("allows everything but the dashboard and the API and lists the sitemaps with absolute URLs", () => {
    const { SITE_URL } = env();
    const result = robots();
    expect(result.rules).toEqual({
      userAgent: "*",
      allow: "/",
      disallow: ["/admin/", "/admin$", "/api/", "/api$"],
    });
    expect(result.sitemap).toEqual([`${SITE_URL}/sitemap.xml`, `${SITE_URL}/news-sitemap.xml`]);
    expect(SITE_URL).toMatch(/^https?:\/\//);
  });
});
