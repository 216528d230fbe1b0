import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { getArticleList, PAGE_SIZE } from "@/lib/articles/listing";
import {
  getArticlePage,
  getArticleRedirect,
  getEditorsPicks,
  getHomePage,
  getRecentNews,
} from "@/lib/articles/queries";
import { encodeCursor } from "@/lib/articles/schema";
import { getCommentSection } from "@/lib/comments/queries";
import { loadDiscussionSettings } from "@/lib/settings/discussion";

const HOUR = 3_600_000;
const now = Date.now();
let sectionId: number;
const ids: Record<string, number> = {};

async function article(
  slug: string,
  fields: Partial<{
    status: "DRAFT" | "PUBLISHED" | "ARCHIVED";
    publishedAt: Date | null;
    body: string;
  }> = {},
) {
  const row = await db.article.create({
    data: {
      slug: `q-${slug}`,
      title: `Story ${slug}`,
      body: fields.body ?? "One.\n\nTwo.\n\nThree.",
      status: fields.status ?? "PUBLISHED",
      publishedAt: fields.publishedAt === undefined ? new Date(now - HOUR) : fields.publishedAt,
      sectionId,
    },
  });
  ids[slug] = row.id;
  return row;
}

beforeAll(async () => {
  sectionId = (await db.section.create({ data: { slug: "q-section", name: "Queries" } })).id;
  await article("live");
  await article("draft", { status: "DRAFT", publishedAt: null });
  await article("archived", { status: "ARCHIVED" });
  await article("scheduled", { publishedAt: new Date(now + 2 * HOUR) });
  for (const target of ["live", "draft", "archived", "scheduled"]) {
    await db.readAlso.create({
      data: {
        articleId: (await article(`links-to-${target}`)).id,
        targetId: ids[target]!,
        afterParagraph: 1,
      },
    });
  }
});

afterAll(async () => {
  await db.article.deleteMany({ where: { sectionId } });
  await db.section.delete({ where: { id: sectionId } });
});

describe("article visibility", () => {
  it("shows published articles and hides drafts, archived (unpublished) and scheduled ones", async () => {
    expect(await getArticlePage("q-section", "q-live")).toMatchObject({
      id: ids.live,
      href: "/q-section/q-live",
    });
    for (const hidden of ["draft", "archived", "scheduled"])
      expect(await getArticlePage("q-section", `q-${hidden}`)).toBeNull();
    const listed = (await getArticleList("section", "q-section"))!.articles.map((card) => card.id);
    expect(listed).toContain(ids.live);
    for (const hidden of ["draft", "archived", "scheduled"]) expect(listed).not.toContain(ids[hidden]);
    expect((await getRecentNews(50)).map((card) => card.id)).not.toContain(ids.scheduled);
  });

  it("a scheduled article becomes visible once its time has passed, with nobody acting", async () => {
    await db.article.update({
      where: { id: ids.scheduled },
      data: { publishedAt: new Date(Date.now() - 1000) },
    });
    expect(await getArticlePage("q-section", "q-scheduled")).not.toBeNull();
    await db.article.update({
      where: { id: ids.scheduled },
      data: { publishedAt: new Date(now + 2 * HOUR) },
    });
  });

  it("needs the right section in the URL, and redirects moved or renamed articles", async () => {
    expect(await getArticlePage("world", "q-live")).toBeNull();
    expect(await getArticleRedirect("q-live")).toBe("/q-section/q-live");
    await db.slugRedirect.create({ data: { slug: "q-old-name", articleId: ids.live! } });
    expect(await getArticleRedirect("q-old-name")).toBe("/q-section/q-live");
    await db.slugRedirect.create({ data: { slug: "q-old-draft-name", articleId: ids.draft! } });
    expect(await getArticleRedirect("q-old-draft-name")).toBeNull();
    expect(await getArticleRedirect("q-never-existed")).toBeNull();
  });
});

describe("Read also", () => {
  it("keeps links to visible articles and drops links to drafts, archived and scheduled ones", async () => {
    const readAlso = async (target: string) =>
      (await getArticlePage("q-section", `q-links-to-${target}`))!.segments.filter(
        (segment) => segment.kind === "readAlso",
      );
    expect(await readAlso("live")).toEqual([
      { kind: "readAlso", links: [{ title: "Story live", href: "/q-section/q-live" }] },
    ]);
    for (const target of ["draft", "archived", "scheduled"]) expect(await readAlso(target)).toEqual([]);
  });
});

describe("keyset pagination", () => {
  let pagedSection: number;
  beforeAll(async () => {
    pagedSection = (await db.section.create({ data: { slug: "q-paged", name: "Paged" } })).id;
    // 2 × PAGE_SIZE + 1 stories, in pairs sharing a publication time: boundaries fall on ties.
    await db.article.createMany({
      data: Array.from({ length: 2 * PAGE_SIZE + 1 }, (_, index) => ({
        slug: `q-paged-${index}`,
        title: `Paged ${index}`,
        body: "x",
        status: "PUBLISHED" as const,
        publishedAt: new Date(now - (10 + Math.floor(index / 2)) * HOUR),
        sectionId: pagedSection,
      })),
    });
  });
  afterAll(async () => {
    await db.article.deleteMany({ where: { sectionId: pagedSection } });
    await db.section.delete({ where: { id: pagedSection } });
  });

  it("walks every story exactly once, newest first, ties broken by id", async () => {
    const seen: { id: number; publishedAt: string }[] = [];
    let cursor: string | undefined;
    const sizes: number[] = [];
    do {
      const page = (await getArticleList("section", "q-paged", cursor))!;
      sizes.push(page.articles.length);
      seen.push(...page.articles);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(sizes).toEqual([PAGE_SIZE, PAGE_SIZE, 1]);
    expect(new Set(seen.map((card) => card.id)).size).toBe(2 * PAGE_SIZE + 1);
    const sorted = [...seen].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || b.id - a.id);
    expect(seen).toEqual(sorted);
  });

  it("has no next page when the last page is exactly full", async () => {
    await db.article.deleteMany({ where: { slug: `q-paged-${2 * PAGE_SIZE}` } });
    const first = (await getArticleList("section", "q-paged"))!;
    const second = (await getArticleList("section", "q-paged", first.nextCursor!))!;
    expect(second.articles).toHaveLength(PAGE_SIZE);
    expect(second.nextCursor).toBeNull();
  });

  it("rejects malformed cursors and unknown slugs, and serves an empty page past the end", async () => {
    expect(await getArticleList("section", "q-paged", "not-a-cursor")).toBeNull();
    expect(await getArticleList("tag", "q-no-such-tag")).toBeNull();
    const pastEnd = await getArticleList(
      "section",
      "q-paged",
      encodeCursor({ publishedAt: new Date(0), id: 0 }),
    );
    expect(pastEnd).toMatchObject({ articles: [], nextCursor: null });
  });
});

describe("query count", () => {
  it("an article page costs the same number of queries whatever its comment and link counts", async () => {
    const countQueries = async (slug: string) => {
      const spy = vi.spyOn(pg.Client.prototype, "query");
      try {
        const page = (await getArticlePage("q-section", slug))!;
        await getCommentSection(page.id);
        return spy.mock.calls.length;
      } finally {
        spy.mockRestore();
      }
    };
    const small = await article("small");
    const big = await article("big", {
      body: Array.from({ length: 12 }, (_, i) => `Paragraph ${i}.`).join("\n\n"),
    });
    const others = await Promise.all(Array.from({ length: 10 }, (_, i) => article(`target-${i}`)));
    await db.readAlso.createMany({
      data: others.map((other, i) => ({ articleId: big.id, targetId: other.id, afterParagraph: i + 1 })),
    });
    await db.readAlso.create({ data: { articleId: small.id, targetId: others[0]!.id, afterParagraph: 1 } });
    const comment = (articleId: number, i: number) => ({
      articleId,
      authorName: `R${i}`,
      authorEmail: `r${i}@example.com`,
      emailHash: `h${i}`,
      body: `c${i}`,
      status: "APPROVED" as const,
      ipHash: "x",
    });
    await db.comment.createMany({ data: Array.from({ length: 40 }, (_, i) => comment(big.id, i)) });
    await db.comment.createMany({ data: [comment(small.id, 0)] });
    await loadDiscussionSettings(); // created on first use: not part of what a page costs
    const forSmall = await countQueries("q-small");
    expect(forSmall).toBeGreaterThan(0);
    expect(await countQueries("q-big")).toBe(forSmall);
  });
});

describe("home and sidebars", () => {
  it("Editor's Pick follows rank, hides expired picks and invisible articles, and leaves out the lead", async () => {
    const pick = (slug: string, rank: number, extra: object = {}) =>
      db.editorPick.create({ data: { articleId: ids[slug]!, rank, ...extra } });
    await pick("links-to-live", 2);
    await pick("live", 1);
    await pick("links-to-draft", 3, { expiresAt: new Date(now - 1000) });
    await pick("draft", 0);
    await pick("links-to-archived", 5, { isLead: true });
    const picks = await getEditorsPicks(50);
    const mine = picks.filter((card) => Object.values(ids).includes(card.id)).map((card) => card.id);
    expect(mine).toEqual([ids.live, ids["links-to-live"]]);
    expect((await getHomePage()).lead?.id).toBe(ids["links-to-archived"]);
    await db.editorPick.deleteMany({ where: { articleId: { in: Object.values(ids) } } });
  });
});
