// What the feed and sitemap route handlers return: cached reads, a pure builder, headers. Kept
// here so each route file is one line and the whole path is testable without a server.
import "server-only";
import { env } from "@/lib/env";
import {
  ATOM_CONTENT_TYPE,
  buildAtom,
  buildRss,
  RSS_CONTENT_TYPE,
  sectionChannel,
  siteChannel,
} from "./feeds";
import {
  findSection,
  getFeedArticles,
  getNewsSitemapArticles,
  getSitemapArticles,
  getSitemapIndex,
  getSitemapPages,
} from "./queries";
import {
  buildNewsSitemap,
  buildSitemapIndex,
  buildUrlset,
  parseSitemapFile,
  XML_CONTENT_TYPE,
} from "./sitemaps";

export type FeedFormat = "rss" | "atom";

function site() {
  const { SITE_URL, SITE_NAME } = env();
  return { siteUrl: SITE_URL, siteName: SITE_NAME };
}

function xml(body: string, contentType: string): Response {
  return new Response(body, { headers: { "Content-Type": contentType } });
}

function notFound(): Response {
  return new Response("Not Found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

/** A site-wide (`sectionSlug` null) or section feed; 404 for an unknown section. */
export async function feedResponse(format: FeedFormat, sectionSlug: string | null): Promise<Response> {
  let channel = siteChannel(site());
  if (sectionSlug !== null) {
    const section = await findSection(sectionSlug);
    if (!section) return notFound();
    channel = sectionChannel(site(), section);
  }
  const articles = await getFeedArticles(sectionSlug);
  return format === "rss"
    ? xml(buildRss(articles, channel), RSS_CONTENT_TYPE)
    : xml(buildAtom(articles, channel), ATOM_CONTENT_TYPE);
}

/** `/sitemap.xml`: the index of the pages sitemap and the article sitemaps. */
export async function sitemapIndexResponse(): Promise<Response> {
  return xml(buildSitemapIndex(await getSitemapIndex(), site().siteUrl), XML_CONTENT_TYPE);
}

/** `/sitemaps/pages.xml` or `/sitemaps/articles-{n}.xml`; 404 for anything else or an empty range. */
export async function sitemapFileResponse(file: string): Promise<Response> {
  const which = parseSitemapFile(file);
  if (which === null) return notFound();
  const entries = which === "pages" ? await getSitemapPages() : await getSitemapArticles(which);
  if (entries.length === 0) return notFound();
  return xml(buildUrlset(entries, site().siteUrl), XML_CONTENT_TYPE);
}

/** `/news-sitemap.xml`: Google News sitemap of the last two days. */
export async function newsSitemapResponse(): Promise<Response> {
  const { generatedAt, articles } = await getNewsSitemapArticles();
  return xml(buildNewsSitemap(articles, site(), new Date(generatedAt)), XML_CONTENT_TYPE);
}
