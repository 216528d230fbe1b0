// Every cache tag of the site, built in one place. Reader reads tag what they cache with
// `tagCache(…)` inside a "use cache" function; mutations expire tags with `expireTags(…)` (in a
// server action: read-your-own-writes) or `expireTagsNow(…)` (route handlers and background
// work). No other file calls Next's cacheTag / updateTag / revalidateTag or spells a tag
// (tests/cache/tags.test.ts checks it), so a tag that is expired is always one that is cached.
import { cacheTag, revalidateTag, updateTag } from "next/cache";

declare const cacheTagBrand: unique symbol;
/** A tag string made by `tags`: the only kind the helpers below accept. */
export type CacheTag = string & { readonly [cacheTagBrand]: true };

const tag = (value: string) => value as CacheTag;

/** Listing pages by owner: `/<section>`, `/tag/<slug>`, `/author/<slug>`. */
export type ListKind = "section" | "tag" | "author";

export const tags = {
  /** One article's page (and every page that shows its title: Read-also lines, translations). */
  article: (id: number) => tag(`article:${id}`),
  /** The lookup from a slug to an article (an unknown slug is cached too, as "not found"). */
  articleSlug: (slug: string) => tag(`article-slug:${slug}`),
  /** The approved comments shown under an article. */
  comments: (articleId: number) => tag(`comments:${articleId}`),
  section: (slug: string) => tag(`section:${slug}`),
  tag: (slug: string) => tag(`tag:${slug}`),
  author: (slug: string) => tag(`author:${slug}`),
  /** A listing page of any kind. */
  list: (kind: ListKind, slug: string) => tag(`${kind}:${slug}`),
  /** The home page's lead and sections. */
  home: tag("home"),
  /** "Recent News" and everything ordered by publication time. */
  recent: tag("recent"),
  /** The "Editor's Pick" sidebar. */
  picks: tag("picks"),
  /** RSS / Atom feeds and sitemaps. */
  feeds: tag("feeds"),
  /** Search results. */
  search: tag("search"),
  /** The list of sections (navigation, prerendered listing slugs). */
  sections: tag("sections"),
  /** Discussion settings (thread depth, closing rules, …). */
  settings: tag("settings"),
  /** The list of site pages (footer links). */
  sitePages: tag("pages"),
  /** The DSA transparency figures (/transparency). */
  transparency: tag("transparency"),
  /** One site page (About, Contact, Legal notice, …). */
  sitePage: (slug: string) => tag(`page:${slug}`),
} as const;

/** Inside a "use cache" function: what this cached entry depends on. */
export function tagCache(...list: CacheTag[]): void {
  cacheTag(...list);
}

/** In a server action: expire at once, and the acting browser sees its own write. */
export function expireTags(list: Iterable<CacheTag>): void {
  for (const each of new Set(list)) updateTag(each);
}

/** Outside server actions (route handlers, clocks): expire at once for the next reader. */
export function expireTagsNow(list: Iterable<CacheTag>): void {
  for (const each of new Set(list)) revalidateTag(each, { expire: 0 });
}

/**
 * Tags received from another process (a broadcast from a job or a command-line writer), which
 * built them with `tags` before sending: expired like `expireTagsNow`.
 */
export function expireReceivedTagsNow(list: Iterable<string>): void {
  expireTagsNow([...list] as CacheTag[]);
}
