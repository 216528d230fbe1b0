// The shape of an article page (public page and the dashboard's draft preview): what to
// select, and how a row becomes plain, serialisable page data.
import type { Prisma } from "@/lib/generated/prisma/client";
import { cardSelect, toCard, type ArticleCard } from "./cards";
import { renderArticleBody, type BodySegment } from "./render";
import { articleHref, isVisible } from "./visibility";

export type ArticlePage = ArticleCard & {
  slug: string;
  modifiedAt: string | null;
  source: { name: string; url: string | null } | null;
  heroCaption: string | null;
  heroCredit: string | null;
  correction: string | null;
  tags: { slug: string; name: string }[];
  segments: BodySegment[];
  seoTitle: string | null;
  seoDescription: string | null;
  commentsOpen: boolean;
  commentsCloseAt: string | null;
  /** Visible translations of this article (for hreflang). */
  translations: { lang: "en" | "fr"; href: string }[];
};

export const articlePageSelect = {
  ...cardSelect,
  status: true,
  body: true,
  modifiedAt: true,
  sourceName: true,
  sourceUrl: true,
  heroImageCaption: true,
  heroImageCredit: true,
  correction: true,
  seoTitle: true,
  seoDescription: true,
  commentsOpen: true,
  commentsCloseAt: true,
  translationGroup: true,
  tags: { select: { tag: { select: { slug: true, name: true } } }, orderBy: { tag: { name: "asc" } } },
  readAlso: {
    orderBy: { afterParagraph: "asc" },
    select: {
      afterParagraph: true,
      targetId: true,
      target: {
        select: {
          slug: true,
          title: true,
          status: true,
          publishedAt: true,
          section: { select: { slug: true } },
        },
      },
    },
  },
} satisfies Prisma.ArticleSelect;

export type ArticlePageRow = Prisma.ArticleGetPayload<{ select: typeof articlePageSelect }>;

/**
 * Page data of an article row. Read-also links to articles readers cannot see at `visibleAt`
 * are left out (never a dead link).
 */
export function toArticlePage(
  row: ArticlePageRow,
  visibleAt: Date,
  translations: ArticlePage["translations"] = [],
): ArticlePage {
  const links = row.readAlso.filter(({ target }) => isVisible(target, visibleAt));
  return {
    ...toCard(row),
    slug: row.slug,
    modifiedAt: row.modifiedAt?.toISOString() ?? null,
    source: row.sourceName ? { name: row.sourceName, url: row.sourceUrl } : null,
    heroCaption: row.heroImageCaption,
    heroCredit: row.heroImageCredit,
    correction: row.correction,
    tags: row.tags.map(({ tag }) => tag),
    segments: renderArticleBody(
      row.body,
      links.map(({ afterParagraph, target }) => ({
        afterParagraph,
        title: target.title,
        href: articleHref(target),
      })),
    ),
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    commentsOpen: row.commentsOpen,
    commentsCloseAt: row.commentsCloseAt?.toISOString() ?? null,
    translations,
  };
}
