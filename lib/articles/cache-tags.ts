// The reader cache tags an article appears under: its own page, the lists that show it, and
// the pages whose Read-also lines name it. Built from lib/cache/tags.ts.
import { tags, type CacheTag } from "@/lib/cache/tags";

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
export const SHARED_LIST_TAGS: readonly CacheTag[] = [
  tags.home,
  tags.recent,
  tags.picks,
  tags.feeds,
  tags.search,
];

export function articleReaderTags(article: TaggedArticle, referrers: number[]): CacheTag[] {
  return [
    tags.article(article.id),
    tags.articleSlug(article.slug),
    tags.section(article.section.slug),
    ...article.tags.map(({ tag }) => tags.tag(tag.slug)),
    ...article.authors.map(({ author }) => tags.author(author.slug)),
    ...SHARED_LIST_TAGS,
    ...referrers.map((id) => tags.article(id)),
  ];
}
