// WordPress post content → the article body format (Markdown, see lib/articles/render.ts).
// WordPress stores HTML with block-editor comments (<!-- wp:paragraph -->), [caption]
// shortcodes and, for classic-editor posts, paragraphs separated by blank lines without <p>
// (its wpautop adds them at display time): each is normalised to plain HTML first, then
// turndown writes the Markdown.
import TurndownService from "turndown";

const BLOCK_START =
  /^<(?:p|div|h[1-6]|ul|ol|li|blockquote|figure|figcaption|table|thead|tbody|tr|td|th|pre|hr|dl|dd|dt|section|article|aside|header|footer|address|form|fieldset|iframe|video|audio|object|embed|details|summary)\b/i;

/** Removes HTML comments: block-editor delimiters, <!--more-->, <!--nextpage-->. */
export function stripBlockComments(html: string): string {
  return html.replace(/<!--[\s\S]*?-->/g, "");
}

/** [caption …]<img …> Text[/caption] → <figure><img …><figcaption>Text</figcaption></figure>. */
export function expandCaptions(html: string): string {
  return html.replace(
    /\[caption\b([^\]]*)\]([\s\S]*?)\[\/caption\]/gi,
    (_match, attributes: string, inner) => {
      const media = /^\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*<\/a>)?)([\s\S]*)$/i.exec(inner as string);
      const fromAttribute = /\bcaption="([^"]*)"/i.exec(attributes)?.[1];
      const image = media?.[1] ?? "";
      const caption = (fromAttribute ?? media?.[2] ?? (inner as string)).trim();
      return `\n\n<figure>${image}${caption ? `<figcaption>${caption}</figcaption>` : ""}</figure>\n\n`;
    },
  );
}

/** Shortcodes Lede has no use for are dropped; [embed]url[/embed] keeps its URL as a link. */
function expandOtherShortcodes(html: string): string {
  return html
    .replace(
      /\[embed\b[^\]]*\]([\s\S]*?)\[\/embed\]/gi,
      (_m, url: string) => `\n\n<p><a href="${url.trim()}">${url.trim()}</a></p>\n\n`,
    )
    .replace(/\[\/?(?:gallery|audio|video|playlist|wp_caption)\b[^\]]*\]/gi, "");
}

/**
 * WordPress's wpautop, simplified: text between blank lines that is not already a block
 * becomes a paragraph, and single line breaks inside it become <br>.
 */
export function addParagraphs(html: string): string {
  return html
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) => (BLOCK_START.test(chunk) ? chunk : `<p>${chunk.replace(/\s*\n\s*/g, "<br>\n")}</p>`))
    .join("\n\n");
}

let service: TurndownService | null = null;

function turndown(): TurndownService {
  if (service) return service;
  service = new TurndownService({
    headingStyle: "atx",
    codeBlockStyle: "fenced",
    bulletListMarker: "-",
    emDelimiter: "*",
    hr: "---",
  });
  // A caption is a paragraph of its own under its image, in italics.
  service.addRule("figcaption", {
    filter: "figcaption",
    replacement: (content) => (content.trim() ? `\n\n*${content.trim()}*\n\n` : ""),
  });
  service.addRule("figure", { filter: "figure", replacement: (content) => `\n\n${content.trim()}\n\n` });
  // Scripts, styles and embeds are not content.
  service.remove(["script", "style", "iframe", "object", "embed", "noscript"]);
  return service;
}

/** WordPress content (post_content) → Markdown. */
export function wordpressToMarkdown(html: string): string {
  const normalised = addParagraphs(
    expandOtherShortcodes(expandCaptions(stripBlockComments(html.replace(/\r\n?/g, "\n")))),
  );
  return turndown()
    .turndown(normalised)
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, entity: string) => {
    if (entity[0] === "#")
      return String.fromCodePoint(
        entity[1] === "x" || entity[1] === "X" ? parseInt(entity.slice(2), 16) : Number(entity.slice(1)),
      );
    return ENTITIES[entity.toLowerCase()] ?? match;
  });
}

/**
 * HTML (a WordPress comment or excerpt) → plain text with paragraphs, which is what Lede stores:
 * links keep their address when it differs from their text, tags are dropped, entities decoded.
 */
export function htmlToPlainText(html: string): string {
  return decodeEntities(
    html
      .replace(/\r\n?/g, "\n")
      .replace(/<a\b[^>]*href=["']([^"']*)["'][^>]*>([\s\S]*?)<\/a>/gi, (_m, href: string, text: string) => {
        const label = text.replace(/<[^>]*>/g, "").trim();
        return !label || label === href ? href : `${label} (${href})`;
      })
      .replace(/<br\s*\/?>/gi, "\n")
      .replace(/<\/p>\s*<p[^>]*>/gi, "\n\n")
      .replace(/<[^>]*>/g, ""),
  )
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

const FRENCH = /\b(?:le|la|les|des|du|est|une|et|que|qui|pour|dans|sur|pas|avec|aux|ont|été)\b/g;
const ENGLISH = /\b(?:the|and|of|is|are|was|with|for|that|this|from|have|has|were|will|on)\b/g;

/** French or English, from the commonest words of the text (Lede articles are one or the other). */
export function guessLanguage(text: string, fallback: "fr" | "en"): "fr" | "en" {
  const sample = text.slice(0, 5000).toLowerCase();
  const french = sample.match(FRENCH)?.length ?? 0;
  const english = sample.match(ENGLISH)?.length ?? 0;
  if (french === english) return fallback;
  return french > english ? "fr" : "en";
}
