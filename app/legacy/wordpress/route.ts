import { db } from "@/lib/db";
import { findWordPressRedirect } from "@/lib/wordpress/redirects";

/**
 * Old WordPress URLs of imported posts and pages, rewritten here by proxy.ts (which matches only
 * their shapes: /YYYY/…, /?p=ID, /?page_id=ID): a permanent redirect to the new URL.
 */
export async function GET(request: Request) {
  // After the proxy's rewrite, request.url is still the URL the reader asked for.
  const url = new URL(request.url);
  const query = url.searchParams;
  const number = (key: string) => (query.has(key) ? Number(query.get(key)) : null);
  const target = await findWordPressRedirect(db, {
    path: query.get("path") ?? url.pathname,
    postId: number("p"),
    pageId: number("page_id"),
  });
  if (!target)
    return new Response("Not found", {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  return new Response(null, { status: 308, headers: { location: target } });
}
