// Where a comment form's result is shown when it was posted without JavaScript (see
// form-result.ts): the always-fresh respond page, for the main form, a reply, a report or an edit.
export function respondPath(
  articleId: number,
  purpose?: { replyTo?: number; report?: number; edit?: number },
): string {
  const [key, value] = Object.entries(purpose ?? {}).find(([, id]) => id !== undefined) ?? [];
  return `/comments/respond?article=${articleId}${key ? `&${key}=${value}` : ""}`;
}

/**
 * The address of page `page` of an article's comments: the article's own URL for the page it
 * shows by default, `<article>/comments/<page>` otherwise. Pages are anchored at the oldest
 * thread, so the address keeps naming the same threads as comments arrive (lib/comments/queries.ts).
 */
export function commentPagePath(articleHref: string, page: number, defaultPage: number): string {
  return page === defaultPage ? articleHref : `${articleHref}/comments/${page}`;
}
