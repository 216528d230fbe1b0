// Which articles readers can see, and how long a cached list of them stays true.
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Published and past its publication time: a scheduled article (PUBLISHED with a future
 * publishedAt) goes live at that time without anyone acting.
 */
export function visibleArticleWhere(now: Date): Prisma.ArticleWhereInput {
  return { status: "PUBLISHED", publishedAt: { lte: now } };
}

export function isVisible(article: { status: string; publishedAt: Date | null }, now: Date): boolean {
  return article.status === "PUBLISHED" && article.publishedAt !== null && article.publishedAt <= now;
}

export function articleHref(article: { slug: string; section: { slug: string } }): string {
  return `/${article.section.slug}/${article.slug}`;
}
