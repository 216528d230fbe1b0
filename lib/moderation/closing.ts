/**
 * When comments close on an article: now if an editor closed them, else its own closing time,
 * else `closeAfterDays` after publication; null when they stay open.
 */
export function commentsClosedAt(
  article: { commentsOpen: boolean; commentsCloseAt: Date | null; publishedAt: Date | null },
  closeAfterDays: number | null,
): Date | null {
  if (!article.commentsOpen) return new Date(0);
  if (article.commentsCloseAt) return article.commentsCloseAt;
  if (closeAfterDays && article.publishedAt)
    return new Date(article.publishedAt.getTime() + closeAfterDays * 86_400_000);
  return null;
}
