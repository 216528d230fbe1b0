// Where a comment form's result is shown when it was posted without JavaScript (see
// form-result.ts): the always-fresh respond page, for the main form, a reply, a report or an edit.
export function respondPath(
  articleId: number,
  purpose?: { replyTo?: number; report?: number; edit?: number },
): string {
  const [key, value] = Object.entries(purpose ?? {}).find(([, id]) => id !== undefined) ?? [];
  return `/comments/respond?article=${articleId}${key ? `&${key}=${value}` : ""}`;
}
