// Known payloads in every field that reaches a page: commenters' and sources' addresses become
// links only when http(s), and article Markdown keeps only allow-listed tags, attributes and
// schemes. (e2e/naughty-strings.spec.ts checks the rendered pages in a browser.)
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CommentText } from "@/components/comments/CommentText";
import { renderMarkdown } from "@/lib/articles/render";
import { safeHttpUrl } from "@/lib/security/urls";

const URL_PAYLOADS = [
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  " javascript:alert(1)",
  "\tjavascript:alert(1)",
  "java\tscript:alert(1)",
  "java\nscript:alert(1)",
  "\u0000javascript:alert(1)",
  "&#106;avascript:alert(1)",
  "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "vbscript:msgbox(1)",
  "file:///etc/passwd",
  "//evil.example/x",
  "http:evil.example",
  "https:/evil.example",
  "ftp://evil.example",
  "mailto:someone@example.org",
  "",
  "   ",
];

const MARKDOWN_PAYLOADS = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "<svg/onload=alert(1)>",
  "<iframe src=https://evil.example></iframe>",
  "<object data=javascript:alert(1)></object>",
  "<embed src=javascript:alert(1)>",
  '<a href="javascript:alert(1)">x</a>',
  '<a href="&#x6A;avascript:alert(1)">x</a>',
  '<a href="data:text/html,<script>alert(1)</script>">x</a>',
  "[x](javascript:alert(1))",
  "[x](JAVASCRIPT:alert(1))",
  "[x](&#106;avascript:alert(1))",
  "[x](data:text/html;base64,PHNjcmlwdD4=)",
  "[x](vbscript:msgbox(1))",
  "[x](//evil.example)",
  "![x](javascript:alert(1))",
  "![x](data:image/svg+xml,<svg onload=alert(1)>)",
  "![x](https://tracker.example/pixel.gif)",
  '<details open ontoggle="alert(1)">x</details>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  "<style>body{background:url(javascript:alert(1))}</style>",
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '<base href="https://evil.example/">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<p style="background:url(javascript:alert(1))" onclick="alert(1)">x</p>',
  '<a href="https://ok.example" onmouseover="alert(1)">x</a>',
];

const ALLOWED_TAGS = new Set(
  "p a em strong blockquote ul ol li h2 h3 h4 code pre br hr figure figcaption cite q sup sub del img".split(
    " ",
  ),
);

/** Every tag and attribute of an HTML fragment (sanitize-html writes attributes double-quoted). */
function elements(html: string) {
  return [...html.matchAll(/<([a-zA-Z][\w:-]*)([^>]*)>/g)].map(([, tag, rest]) => ({
    tag: tag!.toLowerCase(),
    attributes: Object.fromEntries(
      [...rest!.matchAll(/([\w:-]+)(?:="([^"]*)")?/g)].map(([, name, value]) => [
        name!.toLowerCase(),
        value ?? "",
      ]),
    ),
  }));
}

describe("safeHttpUrl", () => {
  it.each(URL_PAYLOADS)("refuses %j", (payload) => {
    expect(safeHttpUrl(payload)).toBeNull();
  });

  it("keeps http(s) addresses, escaping what could break out of an attribute", () => {
    expect(safeHttpUrl("https://example.org/a?b=c#d")).toBe("https://example.org/a?b=c#d");
    expect(safeHttpUrl(" HTTP://Example.org ")).toBe("http://example.org/");
    expect(safeHttpUrl('https://evil.example/"><script>alert(1)</script>')).toBe(
      "https://evil.example/%22%3E%3Cscript%3Ealert(1)%3C/script%3E",
    );
  });
});

describe("article Markdown", () => {
  it.each(MARKDOWN_PAYLOADS)("renders %j without script, handler or foreign scheme", (payload) => {
    for (const markdown of [
      payload,
      `Text before.\n\n${payload}\n\nText after.`,
      `> ${payload}`,
      `- ${payload}`,
    ]) {
      const html = renderMarkdown(markdown);
      for (const { tag, attributes } of elements(html)) {
        expect(ALLOWED_TAGS, html).toContain(tag);
        for (const [name, value] of Object.entries(attributes)) {
          expect(name, html).not.toMatch(/^on|^style$|^xlink/);
          if (name === "href") expect(value, html).toMatch(/^(https?:\/\/|mailto:|#|\/(?!\/))/);
          if (name === "src") expect(value, html).toMatch(/^\/(?!\/)|^[\w.-]+$/);
        }
      }
    }
  });

  it("keeps the legitimate: links out, images of this site", () => {
    expect(renderMarkdown("[site](https://example.org) ![chart](/media/2026/chart.png)")).toBe(
      '<p><a href="https://example.org" rel="noopener">site</a> <img src="/media/2026/chart.png" alt="chart" /></p>\n',
    );
  });
});

describe("comment text", () => {
  it("links only http(s) addresses and interprets no HTML", () => {
    const html = renderToStaticMarkup(
      createElement(CommentText, {
        text: "see https://example.org/x. and javascript:alert(1) <b onmouseover=alert(1)>b</b>\n\ndata:text/html,x",
      }),
    );
    expect(html).toContain(
      '<a href="https://example.org/x" rel="ugc nofollow noopener">https://example.org/x</a>',
    );
    expect(html).not.toMatch(/href="(?!https?:)/);
    expect(html).toContain("&lt;b onmouseover=alert(1)&gt;");
  });
});
