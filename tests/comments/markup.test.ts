import { describe, expect, it } from "vitest";
import { commentTextHtml, commentThreadsHtml } from "@/lib/comments/markup";
import type { PublicComment } from "@/lib/comments/queries";

const comment = (overrides: Partial<PublicComment> = {}): PublicComment => ({
  id: 7,
  parentId: null,
  depth: 0,
  authorName: "Ana",
  authorUrl: null,
  body: "Hello",
  createdAt: "2026-12-01T10:00:00.000Z",
  editedAt: null,
  featured: false,
  staff: false,
  wordpressId: null,
  replies: [],
  ...overrides,
});

describe("comment markup built on the server", () => {
  it("escapes everything a commenter typed, in text and in attributes", () => {
    const html = commentThreadsHtml(
      [
        comment({
          authorName: `<img src=x onerror="x()">Eve's`,
          authorUrl: `https://evil.example/"><script>x()</script>`,
          body: `<script>x()</script>\n\n<b onmouseover='x()'>bold</b>`,
        }),
      ],
      true,
    );
    expect(html).not.toMatch(/<(script|img|b)[\s>]/);
    expect(html).toContain("&lt;script&gt;x()&lt;/script&gt;");
    expect(html).toContain(
      // Normalised by the URL parser (lib/security/urls.ts): quotes and brackets percent-encoded.
      "href='https://evil.example/%22%3E%3Cscript%3Ex()%3C/script%3E' rel='ugc nofollow noopener'",
    );
    expect(html).toContain("aria-label='Comment by &lt;img src=x onerror=&quot;x()&quot;&gt;Eve&#39;s'");
  });

  it("keeps paragraphs and line breaks and links web addresses without trailing punctuation", () => {
    expect(commentTextHtml("One\ntwo\n\nSee https://example.org/a.")).toBe(
      "<div class='comment-text' dir='auto'><p>One<br>two</p><p>See <a href='https://example.org/a' " +
        "rel='ugc nofollow noopener'>https://example.org/a</a>.</p></div>",
    );
  });

  it("nests replies, anchors each comment and links Reply only while comments are open", () => {
    const thread = comment({ replies: [comment({ id: 8, parentId: 7, depth: 1 })] });
    const open = commentThreadsHtml([thread], true);
    expect(open).toContain('<article id="comment-7"');
    expect(open).toContain("<ol class='comment-replies'><li class='comment'><article id=\"comment-8\"");
    expect(open).toContain("<a href='/comment/8/reply' class='reply-link'>Reply</a>");
    expect(open).toContain("<a href='/comment/8/report' class='report-link'>Report</a>");
    const closed = commentThreadsHtml([thread], false);
    expect(closed).not.toContain("reply-link");
    expect(closed).toContain("report-link");
  });

  it("links only http(s) addresses, whatever a stored row holds", () => {
    const html = commentThreadsHtml(
      [comment({ authorUrl: "javascript:alert(1)", body: "see https://example.org/a and data:text/html,x" })],
      true,
    );
    expect(html).not.toContain("javascript:");
    expect(html).toContain("<span class='comment-author'>Ana</span>");
    expect(html).toContain("href='https://example.org/a'");
    expect(html).not.toContain("href='data:");
    const linked = commentThreadsHtml([comment({ authorUrl: "https://ana.example/" })], true);
    expect(linked).toContain("href='https://ana.example/'");
  });

  it("keeps an anchor for an imported comment's WordPress id", () => {
    expect(commentThreadsHtml([comment({ id: 7, wordpressId: 4521 })], true)).toContain("id='comment-4521'");
    expect(commentThreadsHtml([comment({ id: 7, wordpressId: null })], true)).not.toContain("comment-null");
  });
});
