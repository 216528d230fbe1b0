// Site-wide Atom 1.0 feed: the 30 newest visible articles.
import { feedResponse } from "@/lib/feeds/responses";

export function GET(): Promise<Response> {
  return feedResponse("atom", null);
}
