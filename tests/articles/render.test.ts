import { describe, expect, it } from "vitest";
import { countParagraphs, renderArticleBody, renderMarkdown } from "@/lib/articles/render";

const body = ["First.", "Second.", "> A quote.", "Third.", "Fourth."].join("\n\n");

describe("article body rendering", () => {
  it("places Read-also lines after the chosen paragraphs", () => {
    const segments = renderArticleBody(body, [
      { afterParagraph: 1, title: "A", href: "/world/a" },
      { afterParagraph: 3, title: "B", href: "/world/b" },
    ]);
    expect(
      segments.map((segment) =>
        segment.kind === "html" ? segment.html.replace(/\s+/g, " ").trim() : `[${segment.links[0]!.title}]`,
      ),
    ).toEqual([
      "<p>First.</p>",
      "[A]",
      "<p>Second.</p> <blockquote> <p>A quote.</p> </blockquote> <p>Third.</p>",
      "[B]",
      "<p>Fourth.</p>",
    ]);
  });

  it("counts top-level paragraphs only", () => {
    expect(countParagraphs(body)).toBe(4);
  });

  it("shows positions beyond the body at its end rather than dropping them", () => {
    const segments = renderArticleBody("Only one.", [{ afterParagraph: 5, title: "Late", href: "/x/late" }]);
    expect(segments.at(-1)).toEqual({ kind: "readAlso", links: [{ title: "Late", href: "/x/late" }] });
  });

  it("strips scripts, event handlers and javascript: links", () => {
    const html = renderMarkdown(
      'Hi <script>alert(1)</script><img src=x onerror=alert(1)> [x](javascript:alert(1)) <a href="https://e.org" onclick="x()">e</a>',
    );
    expect(html).not.toMatch(/script|onerror|onclick|javascript:|<img/);
    expect(html).toContain('<a href="https://e.org" rel="noopener">e</a>');
  });
});
