import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isTickToken, tagsWentLive, tickToken } from "@/lib/articles/going-live";

const t0 = new Date("2030-01-01T12:00:00Z");
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
let ids: number[] = [];
let sectionId: number;

beforeAll(async () => {
  sectionId = (await db.section.create({ data: { slug: "live-clock", name: "Clock" } })).id;
  const tag = await db.tag.create({ data: { slug: "live-clock-tag", name: "Clock tag" } });
  const make = (slug: string, status: "PUBLISHED" | "DRAFT", publishedAt: Date) =>
    db.article.create({
      data: {
        slug,
        title: slug,
        body: "x",
        status,
        publishedAt,
        sectionId,
        tags: { create: { tagId: tag.id } },
      },
    });
  const due = await make("live-due", "PUBLISHED", at(10));
  const later = await make("live-later", "PUBLISHED", at(100));
  const draft = await make("live-draft", "DRAFT", at(10));
  const referrer = await make("live-referrer", "PUBLISHED", at(-1000));
  await db.readAlso.create({ data: { articleId: referrer.id, targetId: due.id, afterParagraph: 1 } });
  ids = [due.id, later.id, draft.id, referrer.id];
});

afterAll(async () => {
  await db.article.deleteMany({ where: { id: { in: ids } } });
  await db.tag.deleteMany({ where: { slug: "live-clock-tag" } });
  await db.section.delete({ where: { id: sectionId } });
});

describe("the going-live clock", () => {
  it("expires exactly the pages of what went live in the window, and the pages linking to it", async () => {
    const [due, , , referrer] = ids;
    const tags = await tagsWentLive(at(0), at(20));
    expect(tags).toEqual(
      expect.arrayContaining([
        `article:${due}`,
        "article-slug:live-due",
        "section:live-clock",
        "tag:live-clock-tag",
        "home",
        "recent",
        "feeds",
        "search",
        `article:${referrer}`,
        `comments:${due}`,
      ]),
    );
    expect(tags).not.toContain("article-slug:live-later");
    expect(tags).not.toContain("article-slug:live-draft");
    expect(await tagsWentLive(at(10), at(20))).toEqual([]); // the window is half-open: (since, until]
  });

  it("only accepts ticks signed with this server's secret", () => {
    expect(isTickToken(tickToken())).toBe(true);
    expect(isTickToken("forged")).toBe(false);
    expect(isTickToken(null)).toBe(false);
  });
});
