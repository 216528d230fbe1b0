import { NextResponse } from "next/server";
import { locateComment } from "@/lib/comments/queries";
import { env } from "@/lib/env";

/**
 * A comment's permanent link: finds the page of the article's comments it is on (threads
 * page, and their order is a setting) and redirects there, to the comment itself.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const commentId = Number(id);
  const location = Number.isSafeInteger(commentId) && commentId > 0 ? await locateComment(commentId) : null;
  if (!location)
    return new NextResponse("Comment not found", {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  return NextResponse.redirect(new URL(`${location.path}#comment-${commentId}`, env().SITE_URL), 307);
}
