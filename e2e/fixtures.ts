// Extra data for the end-to-end tests, added to their own database after the demo content:
// a section with enough stories for three pages.
import type { PrismaClient } from "@/lib/generated/prisma/client";

export const ARCHIVE_SECTION = { slug: "archive", name: "Archive", count: 45 };

export async function seedEndToEndFixtures(db: PrismaClient, now = new Date()): Promise<void> {
  const section = await db.section.create({ data: { slug: ARCHIVE_SECTION.slug, name: ARCHIVE_SECTION.name, position: 99 } });
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
}
