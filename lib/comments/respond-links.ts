// The Reply and Report links under each comment lead here without JavaScript: to the respond
// page with the reply (or report) form for that comment, which posts the same server action.
import { NextResponse } from "next/server";
import { env } from "@/lib/env";
import { getApprovedCommentArticleId } from "./queries";
import { respondPath } from "./permalinks";

export async function redirectToRespondPage(id: string, purpose: "replyTo" | "report"): Promise<Response> {
  const commentId = /^\d{1,10}$/.test(id) ? Number(id) : 0;
  const articleId = commentId ? await getApprovedCommentArticleId(commentId) : null;
  if (!articleId)
    return new NextResponse("Comment not found", {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  return NextResponse.redirect(
    new URL(respondPath(articleId, { [purpose]: commentId }), env().SITE_URL),
    303,
  );
}
