import { cookies } from "next/headers";
import { clearOwnHint, ownCommentIds } from "@/lib/comments/cookies";
import { getOwnComments, hasOwnCommentsToShow } from "@/lib/comments/queries";

// The visitor's own comments on one article (held for moderation, or still editable), for the
// island on the cached article page. Per visitor: private, never stored by any cache. Only what
// the visitor wrote themselves is returned (no email). When nothing of theirs is held or
// editable on any article any more, the hint cookie is removed so pages stop asking.
export async function GET(request: Request) {
  const article = new URL(request.url).searchParams.get("article") ?? "";
  const articleId = /^\d{1,10}$/.test(article) ? Number(article) : 0;
  const jar = await cookies();
  const ids = ownCommentIds(jar);
  const now = new Date();
  const comments = articleId ? await getOwnComments(ids, articleId, now) : [];
  if (comments.length === 0 && !(await hasOwnCommentsToShow(ids, now))) clearOwnHint(jar);
  return Response.json(
    { comments },
    { headers: { "cache-control": "private, no-store", "x-robots-tag": "noindex" } },
  );
}
