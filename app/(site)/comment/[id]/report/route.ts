import { redirectToRespondPage } from "@/lib/comments/respond-links";

/** A comment's Report link without JavaScript: the report form for it, on the respond page. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return redirectToRespondPage((await params).id, "report");
}
