import type { MetadataRoute } from "next";
import { env } from "@/lib/env";

// Everything is crawlable but the dashboard and the API. Both are given as "/x/" (everything
// under it) plus "/x$" (the path itself, for crawlers that support `$`): a bare "/admin" or
// "/api" prefix would also hide sections such as /administration or /apiculture.
export default function robots(): MetadataRoute.Robots {
  const { SITE_URL } = env();
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/admin/", "/admin$", "/api/", "/api$"] },
    sitemap: [`${SITE_URL}/sitemap.xml`, `${SITE_URL}/news-sitemap.xml`],
  };
}
