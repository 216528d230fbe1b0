// Dashboard reads for Editor's Pick: every pick (expired and hidden ones too, marked), the
// home lead, and the title search for stories to add. Fresh on every request, never cached.
import "server-only";
import { db } from "@/lib/db";
import { articleHref, isVisible, visibleArticleWhere } from "@/lib/articles/visibility";
import { formatDate, formatDateTime } from "@/lib/site/format";
import { toNewsroomDateTimeInput } from "@/lib/site/newsroom-time";

export type CuratedPick = {
  id: number;
  articleId: number;
  rank: number;
  title: string;
  href: string;
  lang: "en" | "fr";
  note: string | null;
  /** ISO time, or null when the pick stays until removed. */
  expiresAt: string | null;
  /** The expiry on the newsroom's clock, for people and for the datetime-local field. */
  expiresLabel: string | null;
  expiresInput: string;
  expired: boolean;
  /** False when the article was unpublished since: readers do not see the pick. */
  visible: boolean;
  pickedBy: string | null;
};

export type Curation = { lead: CuratedPick | null; picks: CuratedPick[] };

const pickSelect = {
  id: true,
  articleId: true,
  rank: true,
  note: true,
  expiresAt: true,
  isLead: true,
  pickedBy: { select: { name: true } },
  article: {
    select: {
      title: true,
      slug: true,
      lang: true,
      status: true,
      publishedAt: true,
      section: { select: { slug: true } },
    },
  },
} as const;

export async function getCuration(now = new Date()): Promise<Curation> {
  const rows = await db.editorPick.findMany({
    orderBy: [{ rank: "asc" }, { id: "asc" }],
    select: pickSelect,
  });
  const cards = rows.map((row) => ({
    isLead: row.isLead,
    card: {
      id: row.id,
      articleId: row.articleId,
      rank: row.rank,
      title: row.article.title,
      href: articleHref(row.article),
      lang: row.article.lang,
      note: row.note,
      expiresAt: row.expiresAt?.toISOString() ?? null,
      expiresLabel: row.expiresAt ? formatDateTime(row.expiresAt.toISOString()) : null,
      expiresInput: row.expiresAt ? toNewsroomDateTimeInput(row.expiresAt) : "",
      expired: row.expiresAt !== null && row.expiresAt <= now,
      visible: isVisible(row.article, now),
      pickedBy: row.pickedBy?.name ?? null,
    } satisfies CuratedPick,
  }));
  return {
    lead: cards.find((row) => row.isLead)?.card ?? null,
    picks: cards.filter((row) => !row.isLead).map((row) => row.card),
  };
}

export type PickCandidate = {
  id: number;
  title: string;
  href: string;
  lang: "en" | "fr";
  section: string;
  published: string;
  /** Where the story already is, if anywhere. */
  placement: "pick" | "lead" | null;
};

export const SEARCH_LIMIT = 20;

/** Stories readers can see whose title contains `query` (case-insensitive), newest first. */
export async function searchPickCandidates(query: string, now = new Date()): Promise<PickCandidate[]> {
  const q = query.trim();
  if (!q) return [];
  const rows = await db.article.findMany({
    where: { ...visibleArticleWhere(now), title: { contains: q, mode: "insensitive" } },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: SEARCH_LIMIT,
    select: {
      id: true,
      title: true,
      slug: true,
      lang: true,
      publishedAt: true,
      section: { select: { slug: true, name: true } },
      picks: { select: { isLead: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    href: articleHref(row),
    lang: row.lang,
    section: row.section.name,
    published: formatDate((row.publishedAt ?? now).toISOString()),
    placement: row.picks[0] ? (row.picks[0].isLead ? "lead" : "pick") : null,
  }));
}
