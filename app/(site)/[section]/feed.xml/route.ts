// RSS 2.0 feed of one section, at /{section}/feed.xml (a static segment, so it wins over the
// article route [slug] for this path); 404 for an unknown section.
import { feedResponse } from "@/lib/feeds/responses";

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ section: string }> },
): Promise<Response> {
  return feedResponse("rss", (await params).section);
}
