import { redirectToRespondPage } from "@/lib/comments/respond-links";

/** A comment's Reply link without JavaScript: the reply form for it, on the respond page. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return redirectToRespondPage((await params).id, "replyTo");
}
