// Site-wide RSS 2.0 feed: the 30 newest visible articles.
import { feedResponse } from "@/lib/feeds/responses";

export function GET(): Promise<Response> {
  return feedResponse("rss", null);
}
