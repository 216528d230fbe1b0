import { describe, expect, it } from "vitest";
import {
  metaSignals,
  textSignals,
  tokensForComment,
  tokensForMessage,
  tokensForText,
  type CommentForSpam,
} from "@/lib/spam/signals";

const comment = (overrides: Partial<CommentForSpam> = {}): CommentForSpam => ({
  body: "Très bon article, merci.",
  authorName: "Claire Bouchard",
  authorEmail: "claire@example.org",
  authorUrl: null,
  userAgent: "Mozilla/5.0 (Macintosh) Safari/605.1.15",
  elapsedMs: 42_000,
  history: { approved: 0, spam: 0 },
  ...overrides,
});

describe("spam signals", () => {
  it("buckets the links of the body", () => {
    expect(textSignals("no link")).toContain("links:0");
    expect(textSignals("one https://a.example.com")).toContain("links:1");
    const two = textSignals("http://a.example.com http://b.example.com");
    expect(two).toContain("links:2+");
    expect(two).not.toContain("links:5+");
    expect(textSignals("shop-a.com shop-b.com www.c.org http://d.example e-mail.info")).toEqual(
      expect.arrayContaining(["links:2+", "links:5+"]),
    );
  });

  it("reads the author URL: absent, or present with its domain", () => {
    expect(metaSignals(comment())).toContain("author-url:none");
    expect(metaSignals(comment({ authorUrl: "https://www.Best-Casino.example.co.uk/page" }))).toEqual(
      expect.arrayContaining(["author-url:present", "author-url:example.co.uk", "author-url-tld:uk"]),
    );
    expect(metaSignals(comment({ authorUrl: "blog.example.com" }))).toContain("author-url:example.com");
  });

  it("flags a missing or scripted user agent", () => {
    expect(metaSignals(comment({ userAgent: null }))).toContain("ua:missing");
    expect(metaSignals(comment({ userAgent: "  " }))).toContain("ua:missing");
    expect(metaSignals(comment({ userAgent: "python-requests/2.31" }))).toContain("ua:script");
    expect(metaSignals(comment())).toContain("ua:present");
  });

  it("buckets the time to submit", () => {
    expect(metaSignals(comment({ elapsedMs: 1_200 }))).toContain("fast:<3s");
    expect(metaSignals(comment({ elapsedMs: 7_000 }))).toContain("fast:<10s");
    expect(metaSignals(comment({ elapsedMs: 45_000 }))).toContain("time:<1m");
    expect(metaSignals(comment({ elapsedMs: null }))).toContain("time:unknown");
    expect(metaSignals(comment({ elapsedMs: 3 * 86_400_000 }))).toContain("time:1d+");
  });

  it("describes the author's history", () => {
    expect(metaSignals(comment())).toContain("history:new");
    expect(metaSignals(comment({ history: { approved: 6, spam: 0 } }))).toEqual(
      expect.arrayContaining(["history:approved", "history:approved:5+"]),
    );
    const mixed = metaSignals(comment({ history: { approved: 1, spam: 2 } }));
    expect(mixed).toEqual(expect.arrayContaining(["history:approved", "history:spam"]));
    expect(mixed).not.toContain("history:new");
  });

  it("reads the e-mail's TLD (never the address) and odd names", () => {
    const signals = metaSignals(
      comment({ authorEmail: "john84521@mail.ru", authorName: "Best SEO Services Agency 2025" }),
    );
    expect(signals).toEqual(
      expect.arrayContaining(["email-tld:ru", "email:digits", "name:digits", "name:long"]),
    );
    expect(signals.join(" ")).not.toContain("john");
    expect(metaSignals(comment({ authorEmail: "nope" }))).toContain("email:invalid");
  });

  it("gives a comment's tokens: body, name, author URL and signals, de-duplicated", () => {
    const tokens = tokensForComment(
      comment({ authorName: "Casino Royale", authorUrl: "https://royal-casino.example.net" }),
    );
    expect(tokens).toEqual(
      expect.arrayContaining([
        "article",
        "merci",
        "casino",
        "royale",
        "url:royal-casino.example.net",
        "author-url:example.net",
        "links:0",
        "history:new",
      ]),
    );
    expect(tokens).not.toContain("has:url"); // the author URL is not a link in the body
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it("reads a corpus e-mail as the comment it would be, a bare text as text", () => {
    const text = "Cheap pills at http://pills.example.com";
    expect(tokensForMessage({ text })).toEqual(tokensForText(text));
    const author = { name: "Pill Shop 24", email: "sales@pills.example.ru", userAgent: null };
    expect(tokensForMessage({ text, author })).toEqual(
      tokensForComment({
        body: text,
        authorName: author.name,
        authorEmail: author.email,
        authorUrl: null,
        userAgent: null,
        elapsedMs: null,
        history: { approved: 0, spam: 0 },
      }),
    );
    expect(tokensForMessage({ text, author })).toEqual(
      expect.arrayContaining(["links:1", "email-tld:ru", "name:digits", "ua:missing", "shop"]),
    );
  });

  it("counts the links of the body, not those of the name", () => {
    expect(tokensForComment(comment({ authorName: "see www.shop.example.com" }))).toContain("links:0");
    expect(tokensForComment(comment({ body: "http://a.example.com and b.example.org" }))).toContain(
      "links:2+",
    );
  });
});
