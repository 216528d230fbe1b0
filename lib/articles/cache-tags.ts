// The reader cache tags an article appears under: its own page, the lists that show it, and
// the pages whose Read-also lines name it.
type TaggedArticle = {
  id: number;
  slug: string;
  section: { slug: string };
  tags: { tag: { slug: string } }[];
  authors: { author: { slug: string } }[];
};

export const articleTagSelect = {
  id: true,
  slug: true,
  section: { select: { slug: true } },
  tags: { select: { tag: { select: { slug: true } } } },
  authors: { select: { author: { select: { slug: true } } } },
} as const;

/** Every list on the reader side that shows published articles. */
export const SHARED_LIST_TAGS = ["home", "recent", "picks", "feeds", "search"] as const;

export function articleReaderTags(article: TaggedArticle, referrers: number[]): string[] {
  return [
    `article:${article.id}`,
    `article-slug:${article.slug}`,
    `section:${article.section.slug}`,
    ...article.tags.map(({ tag }) => `tag:${tag.slug}`),
    ...article.authors.map(({ author }) => `author:${author.slug}`),
    ...SHARED_LIST_TAGS,
    ...referrers.map((id) => `article:${id}`),
  ];
}
