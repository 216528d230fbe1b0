// One sitemap of the index: pages.xml or articles-{n}.xml; 404 for anything else.
import { sitemapFileResponse } from "@/lib/feeds/responses";

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ file: string }> },
): Promise<Response> {
  return sitemapFileResponse((await params).file);
}
