// RSS 2.0 and Atom 1.0 documents from article cards, with the `feed` library. Pure: no database,
// no environment; the route handlers pass the site's origin and name in.
//
// Validity notes (W3C feed validator):
// - every URL is absolute (built from SITE_URL);
// - RSS `<author>` must be an e-mail address and may appear once, so bylines go in
//   `<dc:creator>` (one per author, names only); Atom gets `<author><name>`;
// - RSS titles are plain text; RSS descriptions and Atom `type="html"` fields are HTML, so the
//   plain-text title/dek are HTML-escaped there;
// - `lastBuildDate` / `<updated>` is the newest item's date, so the output only changes when
//   the content does.
import { Feed, type Item } from "feed";
import type { ArticleCard } from "@/lib/articles/cards";
import { SITE_LOCALE } from "@/lib/i18n/locale";
import { translator } from "@/lib/i18n/messages";
import { absoluteUrl, cdataSafe, plainTextToHtml, stripInvalidXmlChars } from "./xml";

// The feeds' own words (channel descriptions) and language follow the interface's.
const t = translator("Feeds");

export const RSS_CONTENT_TYPE = "application/rss+xml; charset=utf-8";
export const ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8";

/** How many articles a feed lists. */
export const FEED_SIZE = 30;

const DUBLIN_CORE = "http://purl.org/dc/elements/1.1/";

/** A feed entry: the shared article card plus its "Updated" time. */
export type FeedArticle = Pick<ArticleCard, "id" | "href" | "title" | "dek" | "section" | "publishedAt"> & {
  authors: { name: string }[];
  modifiedAt: string | null;
};

export type FeedChannel = {
  /** `env().SITE_URL`: origin (and base path) without a trailing slash. */
  siteUrl: string;
  siteName: string;
  title: string;
  description: string;
  /** The HTML page the feed mirrors ("/" or "/{section}"). */
  pagePath: string;
  rssPath: string;
  atomPath: string;
  /** Language of the site chrome. */
  language: string;
};

/** A stable identifier for an article that survives renames (slug or section changes). */
export function articleGuid(siteUrl: string, articleId: number): string {
  return absoluteUrl(siteUrl, `/articles/${articleId}`);
}

/** When an entry last changed: its public "Updated" time, else its publication time. */
function entryDate(article: FeedArticle): Date {
  return new Date(article.modifiedAt ?? article.publishedAt);
}

/** The newest entry date, or the Unix epoch for an empty feed (never "now": stable output). */
export function feedUpdated(articles: FeedArticle[]): Date {
  return new Date(Math.max(0, ...articles.map((article) => entryDate(article).getTime())));
}

function createFeed(articles: FeedArticle[], channel: FeedChannel): Feed {
  const link = absoluteUrl(channel.siteUrl, channel.pagePath);
  return new Feed({
    id: link,
    title: stripInvalidXmlChars(channel.title),
    description: stripInvalidXmlChars(channel.description),
    link,
    language: channel.language,
    updated: feedUpdated(articles),
    generator: false,
    feedLinks: {
      rss: absoluteUrl(channel.siteUrl, channel.rssPath),
      atom: absoluteUrl(channel.siteUrl, channel.atomPath),
    },
    // Atom requires an author for every entry; the site is the fallback for unsigned articles.
    author: { name: stripInvalidXmlChars(channel.siteName) },
  });
}

/** Item fields common to both formats; only names of authors, never any other field. */
function baseItem(article: FeedArticle, channel: FeedChannel): Omit<Item, "title"> {
  return {
    id: articleGuid(channel.siteUrl, article.id),
    guid: articleGuid(channel.siteUrl, article.id),
    link: absoluteUrl(channel.siteUrl, article.href),
    date: entryDate(article),
    published: new Date(article.publishedAt),
  };
}

export function buildRss(articles: FeedArticle[], channel: FeedChannel): string {
  const feed = createFeed(articles, channel);
  for (const article of articles) {
    const creators = article.authors.map((author) => ({
      // Declared on the element itself: the library only declares `dc` on <rss> when items
      // have full content, which ours do not.
      _attributes: { "xmlns:dc": DUBLIN_CORE },
      _text: stripInvalidXmlChars(author.name),
    }));
    feed.addItem({
      ...baseItem(article, channel),
      title: cdataSafe(article.title),
      description: article.dek ? plainTextToHtml(article.dek) : undefined,
      category: [{ name: stripInvalidXmlChars(article.section.name) }],
      extensions:
        creators.length > 0
          ? [{ name: "dc:creator", objects: creators as unknown as Record<string, unknown> }]
          : [],
    });
  }
  return feed.rss2();
}

export function buildAtom(articles: FeedArticle[], channel: FeedChannel): string {
  const feed = createFeed(articles, channel);
  for (const article of articles) {
    feed.addItem({
      ...baseItem(article, channel),
      // type="html": the plain-text title and dek are escaped into HTML.
      title: plainTextToHtml(article.title),
      description: article.dek ? plainTextToHtml(article.dek) : undefined,
      author:
        article.authors.length > 0
          ? article.authors.map((author) => ({ name: stripInvalidXmlChars(author.name) }))
          : undefined,
      // The library writes `label` unescaped for `<`; the section slug as `term` is safe.
      category: [{ term: article.section.slug }],
    });
  }
  return feed.atom1();
}

/** Channel of the site-wide feeds. */
export function siteChannel(site: { siteUrl: string; siteName: string }): FeedChannel {
  return {
    ...site,
    title: site.siteName,
    description: t("siteDescription", { site: site.siteName }),
    pagePath: "/",
    rssPath: "/feed.xml",
    atomPath: "/atom.xml",
    language: SITE_LOCALE,
  };
}

/** Channel of one section's feeds. */
export function sectionChannel(
  site: { siteUrl: string; siteName: string },
  section: { slug: string; name: string; description: string },
): FeedChannel {
  const path = `/${encodeURIComponent(section.slug)}`;
  return {
    ...site,
    title: `${section.name} – ${site.siteName}`,
    description:
      section.description || t("sectionDescription", { section: section.name, site: site.siteName }),
    pagePath: path,
    rssPath: `${path}/feed.xml`,
    atomPath: `${path}/atom.xml`,
    language: SITE_LOCALE,
  };
}
