// Small, pure helpers shared by the feed and sitemap builders: absolute URLs, XML-safe text and
// the date formats the formats ask for.

/**
 * Characters XML 1.0 forbids anywhere in a document (C0 controls other than tab/LF/CR, lone
 * surrogates, U+FFFE/U+FFFF). A stray one pasted into a title would make the whole feed
 * unparsable, so they are dropped before anything is written.
 */
const INVALID_XML_CHARS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripInvalidXmlChars(text: string): string {
  return text.replace(INVALID_XML_CHARS, "");
}

const XML_ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** Text or attribute value escaped for XML (all five special characters). */
export function escapeXml(text: string): string {
  return stripInvalidXmlChars(text).replace(/[&<>"']/g, (char) => XML_ENTITIES[char]!);
}

const HTML_ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Plain text made into HTML that shows exactly that text: for feed fields whose content is HTML
 * (RSS `description`, Atom `type="html"` title and summary), so a `<` in a dek is shown, never
 * interpreted.
 */
export function plainTextToHtml(text: string): string {
  return stripInvalidXmlChars(text).replace(/[&<>"']/g, (char) => HTML_ENTITIES[char]!);
}

/**
 * Plain text for a field the `feed` library writes as CDATA. The library only splits the first
 * `]]>` of a value, so a second one would end the section early; a zero-width space between
 * `]]` and `>` keeps the output well-formed whatever the library does.
 */
export function cdataSafe(text: string): string {
  return stripInvalidXmlChars(text).replaceAll("]]>", "]]\u200B>");
}

/**
 * Absolute URL of a site path. `siteUrl` is `env().SITE_URL` (no trailing slash, maybe with a
 * base path); the result is normalised (non-ASCII percent-encoded) by the URL parser.
 */
export function absoluteUrl(siteUrl: string, path: string): string {
  const base = siteUrl.replace(/\/+$/, "");
  return new URL(`${base}${path.startsWith("/") ? path : `/${path}`}`).href;
}

/** W3C datetime (the sitemap and Google News format), to the second, in UTC. */
export function w3cDateTime(date: Date | string): string {
  return new Date(date).toISOString().replace(/\.\d{3}Z$/, "Z");
}
