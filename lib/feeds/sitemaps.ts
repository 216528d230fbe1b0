// Sitemap documents (sitemaps.org protocol, sitemap index, Google News). Pure string builders:
// every value goes through escapeXml, every URL is absolute.
import { absoluteUrl, escapeXml, w3cDateTime } from "./xml";

export const XML_CONTENT_TYPE = "application/xml; charset=utf-8";

const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
const NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

/** The protocol allows 50,000 URLs per sitemap; article sitemaps cover this many ids each. */
export const SITEMAP_CHUNK_SIZE = 40_000;

/** Google News: articles published in the last two days, at most 1,000 per sitemap. */
export const NEWS_WINDOW_MS = 2 * 24 * 3_600_000;
export const NEWS_MAX_URLS = 1_000;

export type SitemapEntry = { path: string; lastModified: string | null };

export type SitemapRef = { path: string; lastModified: string | null };

export type NewsArticle = { href: string; title: string; lang: "en" | "fr"; publishedAt: string };

type Site = { siteUrl: string; siteName: string };

const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

function lastmod(value: string | null): string {
  return value ? `<lastmod>${w3cDateTime(value)}</lastmod>` : "";
}

/** A `<urlset>` of site paths (the caller keeps it under 50,000 entries). */
export function buildUrlset(entries: SitemapEntry[], siteUrl: string): string {
  const urls = entries.map(
    (entry) =>
      `<url><loc>${escapeXml(absoluteUrl(siteUrl, entry.path))}</loc>${lastmod(entry.lastModified)}</url>`,
  );
  return `${DECLARATION}<urlset xmlns="${SITEMAP_NS}">\n${urls.map((url) => `${url}\n`).join("")}</urlset>\n`;
}

/** A `<sitemapindex>` pointing at the other sitemaps. */
export function buildSitemapIndex(sitemaps: SitemapRef[], siteUrl: string): string {
  const refs = sitemaps.map(
    (sitemap) =>
      `<sitemap><loc>${escapeXml(absoluteUrl(siteUrl, sitemap.path))}</loc>${lastmod(sitemap.lastModified)}</sitemap>`,
  );
  return `${DECLARATION}<sitemapindex xmlns="${SITEMAP_NS}">\n${refs.map((ref) => `${ref}\n`).join("")}</sitemapindex>\n`;
}

/** Start of the Google News window: articles published after this are listed. */
export function newsWindowStart(now: Date): Date {
  return new Date(now.getTime() - NEWS_WINDOW_MS);
}

/**
 * A Google News sitemap. Keeps only articles inside the two-day window ending at `now` (the
 * query already does; this keeps the builder honest on its own) and at most 1,000, newest first.
 */
export function buildNewsSitemap(articles: NewsArticle[], site: Site, now: Date): string {
  const since = newsWindowStart(now).getTime();
  const listed = articles
    .filter((article) => {
      const published = new Date(article.publishedAt).getTime();
      return published > since && published <= now.getTime();
    })
    .sort((a, b) => new Date(b.publishedAt).getTime() - new Date(a.publishedAt).getTime())
    .slice(0, NEWS_MAX_URLS);
  const name = escapeXml(site.siteName);
  const urls = listed.map((article) =>
    [
      "<url>",
      `<loc>${escapeXml(absoluteUrl(site.siteUrl, article.href))}</loc>`,
      "<news:news>",
      `<news:publication><news:name>${name}</news:name><news:language>${escapeXml(article.lang)}</news:language></news:publication>`,
      `<news:publication_date>${w3cDateTime(article.publishedAt)}</news:publication_date>`,
      `<news:title>${escapeXml(article.title)}</news:title>`,
      "</news:news>",
      "</url>\n",
    ].join(""),
  );
  return `${DECLARATION}<urlset xmlns="${SITEMAP_NS}" xmlns:news="${NEWS_NS}">\n${urls.join("")}</urlset>\n`;
}

/** File name of an article sitemap (`/sitemaps/articles-{n}.xml`) and back. */
export function articleSitemapPath(chunk: number): string {
  return `/sitemaps/articles-${chunk}.xml`;
}

export const PAGES_SITEMAP_PATH = "/sitemaps/pages.xml";

/** "pages.xml" → "pages", "articles-3.xml" → 3, anything else → null. */
export function parseSitemapFile(file: string): "pages" | number | null {
  if (file === "pages.xml") return "pages";
  const match = /^articles-(0|[1-9]\d{0,5})\.xml$/.exec(file);
  return match ? Number(match[1]) : null;
}

/** Inclusive id range of article sitemap `chunk`. */
export function chunkIdRange(chunk: number): { first: number; last: number } {
  return { first: chunk * SITEMAP_CHUNK_SIZE + 1, last: (chunk + 1) * SITEMAP_CHUNK_SIZE };
}
