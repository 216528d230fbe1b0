// The article summary every list shows (home, sidebars, section pages, search, feeds): what
// to select and how to turn a row into plain, serialisable data.
import { articleHref } from "./visibility";

export type ArticleCard = {
  id: number;
  href: string;
  title: string;
  dek: string;
  lang: "en" | "fr";
  section: { slug: string; name: string };
  authors: { slug: string; name: string }[];
  publishedAt: string;
  heroImage: { url: string; alt: string; width: number; height: number } | null;
};

export const cardSelect = {
  id: true,
  slug: true,
  title: true,
  dek: true,
  lang: true,
  publishedAt: true,
  heroImageUrl: true,
  heroImageAlt: true,
  heroImageWidth: true,
  heroImageHeight: true,
  section: { select: { slug: true, name: true } },
  authors: { orderBy: { position: "asc" }, select: { author: { select: { slug: true, name: true } } } },
} as const;

export type CardRow = {
  id: number;
  slug: string;
  title: string;
  dek: string;
  lang: "en" | "fr";
  publishedAt: Date | null;
  heroImageUrl: string | null;
  heroImageAlt: string | null;
  heroImageWidth: number | null;
  heroImageHeight: number | null;
  section: { slug: string; name: string };
  authors: { author: { slug: string; name: string } }[];
};

export function toCard(row: CardRow): ArticleCard {
  return {
    id: row.id,
    href: articleHref(row),
    title: row.title,
    dek: row.dek,
    lang: row.lang,
    section: row.section,
    authors: row.authors.map(({ author }) => author),
    publishedAt: (row.publishedAt ?? new Date(0)).toISOString(),
    heroImage:
      row.heroImageUrl && row.heroImageWidth && row.heroImageHeight
        ? {
            url: row.heroImageUrl,
            alt: row.heroImageAlt ?? "",
            width: row.heroImageWidth,
            height: row.heroImageHeight,
          }
        : null,
  };
}
