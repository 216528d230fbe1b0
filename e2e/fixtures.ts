// Extra data for the end-to-end tests, added to their own database after the demo content:
// a section with enough stories for three pages.
import type { PrismaClient } from "@/lib/generated/prisma/client";

export const ARCHIVE_SECTION = { slug: "archive", name: "Archive", count: 45 };

/** An approved comment whose every field is an XSS attempt, on the first archive story. */
export const XSS = {
  name: `<img src=x onerror="window.__xss=1">Eve`,
  url: `https://evil.example/"><script>window.__xss=2</script>`,
  body: `<script>window.__xss=3</script>\n\n<b onmouseover="window.__xss=4">bold</b> javascript:alert(1)`,
};

export async function seedEndToEndFixtures(db: PrismaClient, now = new Date()): Promise<void> {
  const section = await db.section.create({
    data: { slug: ARCHIVE_SECTION.slug, name: ARCHIVE_SECTION.name, position: 99 },
  });
  // Two stories share each publication time, so pages must break ties by id.
  await db.article.createMany({
    data: Array.from({ length: ARCHIVE_SECTION.count }, (_, index) => ({
      slug: `archive-story-${String(index + 1).padStart(2, "0")}`,
      title: `Archive story ${String(index + 1).padStart(2, "0")}`,
      dek: "From the archive.",
      body: "An older story kept for the record.",
      lang: "en" as const,
      status: "PUBLISHED" as const,
      publishedAt: new Date(now.getTime() - (30 + Math.floor(index / 2)) * 86_400_000),
      sectionId: section.id,
    })),
  });
  const target = await db.article.findUniqueOrThrow({ where: { slug: "archive-story-01" } });
  const xss = await db.comment.create({
    data: {
      articleId: target.id,
      authorName: XSS.name,
      authorEmail: "eve@attacker.example",
      emailHash: "xss",
      authorUrl: XSS.url,
      body: XSS.body,
      status: "APPROVED",
      ipHash: "xss",
      reasons: ["e2e fixture"],
    },
  });
  await db.comment.update({ where: { id: xss.id }, data: { threadId: xss.id } });
  await db.article.update({ where: { slug: "archive-story-03" }, data: { commentsOpen: false } });
  // People take more than a second to fill in the form; the tests wait that long, not 3 s.
  await db.discussionSettings.update({ where: { id: 1 }, data: { minSecondsToSubmit: 1 } });
}
