import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { DEMO_STAFF, seedDemoContent } from "@/prisma/seed";

const db = createPrismaClient(process.env.DATABASE_URL!);

async function counts() {
  const [articles, comments, users, picks, readAlso, tags, revisions, statusChanges] = await Promise.all([
    db.article.count(),
    db.comment.count(),
    db.user.count(),
    db.editorPick.count(),
    db.readAlso.count(),
    db.tag.count(),
    db.articleRevision.count(),
    db.commentStatusChange.count(),
  ]);
  return { articles, comments, users, picks, readAlso, tags, revisions, statusChanges };
}

describe("demo seed", () => {
  beforeAll(() => seedDemoContent(db, () => {}));
  afterAll(() => db.$disconnect());

  it("creates the seed article with its three Lire aussi links where the page had them", async () => {
    const article = await db.article.findFirstOrThrow({
      where: { sourceName: "POLITICO", title: { startsWith: "Les opinions se heurtent" } },
      include: { readAlso: { orderBy: { afterParagraph: "asc" }, include: { target: true } }, section: true },
    });
    expect(article.lang).toBe("fr");
    expect(article.status).toBe("PUBLISHED");
    expect(article.readAlso.map((link) => [link.afterParagraph, link.target.title])).toEqual([
      [6, "Comment Biden a brisé l'OTAN"],
      [11, "Tour d'horizon de la WHL : Klassen domine alors que les Winterhawks battent les Chiefs 6-1"],
      [18, "Transports Canada affirme que l'administration portuaire est indépendante sur Ojibway Shores"],
    ]);
  });

  it("has the promised volume: 40+ articles in both languages over 5+ sections, ~300 comments", async () => {
    expect(await db.article.count({ where: { status: "PUBLISHED" } })).toBeGreaterThanOrEqual(41);
    expect(await db.article.count({ where: { lang: "fr" } })).toBeGreaterThan(10);
    expect(await db.article.count({ where: { lang: "en" } })).toBeGreaterThan(10);
    expect(await db.section.count({ where: { articles: { some: {} } } })).toBeGreaterThanOrEqual(5);
    const comments = await db.comment.count();
    expect(comments).toBeGreaterThanOrEqual(250);
    expect(comments).toBeLessThanOrEqual(400);
    expect(await db.comment.count({ where: { parentId: { not: null } } })).toBeGreaterThan(20);
    expect(await db.comment.count({ where: { status: "PENDING" } })).toBeGreaterThan(0);
    expect(await db.comment.count({ where: { status: "SPAM" } })).toBeGreaterThan(0);
    expect(await db.editorPick.count({ where: { isLead: false } })).toBeGreaterThanOrEqual(3);
  });

  it("creates the staff users of the README with argon2id hashes", async () => {
    // Other test files create staff of their own in the same database, at the same time.
    const users = await db.user.findMany({
      where: { email: { in: DEMO_STAFF.map((staff) => staff.email) } },
      orderBy: { id: "asc" },
    });
    expect(users.map((user) => [user.email, user.role])).toEqual(
      DEMO_STAFF.map((staff) => [staff.email, staff.role]),
    );
    for (const user of users) expect(user.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("changes nothing when run again", async () => {
    const before = await counts();
    const updatedAt = await db.article.aggregate({ _max: { updatedAt: true } });
    await seedDemoContent(db, () => {});
    expect(await counts()).toEqual(before);
    expect(await db.article.aggregate({ _max: { updatedAt: true } })).toEqual(updatedAt);
  });

  it("keeps replies in the thread of their parent, and every comment has its first status recorded", async () => {
    const replies = await db.comment.findMany({
      where: { parentId: { not: null } },
      include: { parent: true },
    });
    for (const reply of replies) {
      expect(reply.threadId).toBe(reply.parent!.threadId);
      expect(reply.depth).toBe(reply.parent!.depth + 1);
    }
    expect(await db.comment.count({ where: { statusChanges: { none: {} } } })).toBe(0);
  });
});
