// Sitemap index: /sitemaps/pages.xml (home and sections) and /sitemaps/articles-{n}.xml (visible
// articles by id range, at most 40,000 each). A route handler rather than app/sitemap.ts with
// generateSitemaps, which serves /sitemap/{id}.xml but no index at /sitemap.xml.
import { sitemapIndexResponse } from "@/lib/feeds/responses";

export function GET(): Promise<Response> {
  return sitemapIndexResponse();
}
