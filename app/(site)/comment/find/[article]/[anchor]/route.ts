import { NextResponse } from "next/server";
import { db } from "@/lib/db";
import { locateComment } from "@/lib/comments/queries";
import { env } from "@/lib/env";
import { findCommentByAnchor } from "@/lib/wordpress/redirects";

/**
 * Where an article page sends a #comment-<n> link whose comment is not on the page it opened
 * (see CommentAnchorFallback): <n> is a WordPress comment id (old links) or a Lede one, on a
 * later comments page. Redirects to the right page, to the comment itself.
 */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ article: string; anchor: string }> },
) {
  const { article, anchor } = await params;
  const commentId = await findCommentByAnchor(db, Number(article), Number(anchor));
  const location = commentId === null ? null : await locateComment(commentId);
  if (!location)
    return new NextResponse("Comment not found", {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  return NextResponse.redirect(new URL(`${location.path}#comment-${commentId}`, env().SITE_URL), 307);
}
