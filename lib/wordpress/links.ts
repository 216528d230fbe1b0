// Links inside imported bodies that point to the exported WordPress site's own posts and pages
// (permalinks or ?p= / ?page_id= links) are rewritten to the new Lede URLs; other links are
// left alone. Used by the importer and by the redirect of old URLs.
export type LinkTargets = { byPath: Map<string, string>; byId: Map<number, string> };

/** The new URL for an old site path and query ("/2021/12/02/slug/", "?p=12"), or null. */
export function resolveOldLink(
  pathname: string,
  search: URLSearchParams,
  targets: LinkTargets,
): string | null {
  const id = Number(search.get("p") ?? search.get("page_id") ?? search.get("post") ?? NaN);
  if ((pathname === "/" || pathname === "") && Number.isSafeInteger(id)) return targets.byId.get(id) ?? null;
  const path = pathname.endsWith("/") ? pathname : `${pathname}/`;
  return targets.byPath.get(path) ?? null;
}

/** Rewrites absolute links to `host` (http or https) in Markdown; returns the text and how many changed. */
export function rewriteSiteLinks(
  markdown: string,
  host: string,
  targets: LinkTargets,
): { text: string; count: number } {
  let count = 0;
  const escaped = host.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = new RegExp(`https?://${escaped}(/[^\\s)>"']*)?`, "g");
  const text = markdown.replace(pattern, (match) => {
    let url: URL;
    try {
      url = new URL(match);
    } catch {
      return match;
    }
    const target = resolveOldLink(url.pathname, url.searchParams, targets);
    if (!target) return match;
    count += 1;
    return `${target}${url.hash}`;
  });
  return { text, count };
}
