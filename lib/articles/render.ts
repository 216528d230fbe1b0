// Article body: Markdown → sanitised HTML, split into segments so the "Read also" lines can be
// placed between paragraphs where the editor put them.
import { marked, type Token } from "marked";
import sanitizeHtml from "sanitize-html";

export type ReadAlsoLink = { afterParagraph: number; title: string; href: string };

export type BodySegment =
  { kind: "html"; html: string } | { kind: "readAlso"; links: { title: string; href: string }[] };

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "a",
    "em",
    "strong",
    "blockquote",
    "ul",
    "ol",
    "li",
    "h2",
    "h3",
    "h4",
    "code",
    "pre",
    "br",
    "hr",
    "figure",
    "figcaption",
    "cite",
    "q",
    "sup",
    "sub",
    "del",
    "img",
  ],
  allowedAttributes: { a: ["href", "title", "rel", "target"], img: ["src", "alt", "title"] },
  // Links: web and mail addresses only (no javascript:, data:, vbscript:…). Images: this site's
  // own files only (a path such as /media/…), which is also all the CSP lets a page load.
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: [] },
  allowProtocolRelative: false,
  // An image without a site path (`/media/…`) has nothing to show: drop it rather than keep a
  // broken or relative reference.
  exclusiveFilter: (frame) => frame.tag === "img" && !/^\/(?!\/)/.test(frame.attribs.src ?? ""),
  transformTags: {
    // Links in article bodies leave the site: no referrer tricks via window.opener.
    a: (tagName, attribs) => ({
      tagName,
      attribs: /^https?:/.test(attribs.href ?? "") ? { ...attribs, rel: "noopener" } : attribs,
    }),
  },
};

export function renderMarkdown(markdown: string): string {
  return sanitizeHtml(marked.parse(markdown, { async: false, gfm: true }), SANITIZE);
}

/** Number of top-level paragraphs in a Markdown body (Read-also positions count these). */
export function countParagraphs(markdown: string): number {
  return marked.lexer(markdown).filter((token) => token.type === "paragraph").length;
}

export function renderArticleBody(markdown: string, readAlso: ReadAlsoLink[]): BodySegment[] {
  const tokens = marked.lexer(markdown, { gfm: true });
  const byParagraph = new Map<number, ReadAlsoLink[]>();
  for (const link of readAlso)
    byParagraph.set(link.afterParagraph, [...(byParagraph.get(link.afterParagraph) ?? []), link]);
  const segments: BodySegment[] = [];
  let pending: Token[] = [];
  let paragraphs = 0;
  const flush = () => {
    if (pending.length === 0) return;
    const html = sanitizeHtml(marked.parser(pending, { gfm: true }), SANITIZE);
    segments.push({ kind: "html", html });
    pending = [];
  };
  for (const token of tokens) {
    pending.push(token);
    if (token.type !== "paragraph") continue;
    paragraphs += 1;
    const links = byParagraph.get(paragraphs);
    if (links) {
      flush();
      segments.push({ kind: "readAlso", links: links.map(({ title, href }) => ({ title, href })) });
    }
  }
  flush();
  // Positions past the end of the body (the body was shortened) are shown at the end.
  const overflow = readAlso.filter((link) => link.afterParagraph > paragraphs || link.afterParagraph < 1);
  if (overflow.length)
    segments.push({ kind: "readAlso", links: overflow.map(({ title, href }) => ({ title, href })) });
  return segments;
}
