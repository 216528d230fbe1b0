// Which articles readers can see, and how long a cached list of them stays true.
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Published, or scheduled and past its time: a scheduled article goes live at its publish
 * time without anyone acting.
 */
export function visibleArticleWhere(now: Date): Prisma.ArticleWhereInput {
  return { status: { in: ["PUBLISHED", "SCHEDULED"] }, publishedAt: { lte: now } };
}

export function articleHref(article: { slug: string; section: { slug: string } }): string {
  return `/${article.section.slug}/${article.slug}`;
}
