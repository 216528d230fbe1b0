// Google News sitemap: visible articles published in the last two days (at most 1,000).
import { newsSitemapResponse } from "@/lib/feeds/responses";

export function GET(): Promise<Response> {
  return newsSitemapResponse();
}
