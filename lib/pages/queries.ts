// Site pages (About, Contact, Legal notice…) for readers, cached like articles: a page under
// `page:<slug>`, the footer's list under `pages`; the dashboard's save action expires both.
import { tagCache, tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { renderMarkdown } from "@/lib/articles/render";
import { sitePageHref } from "./paths";

export type FooterLink = { title: string; href: string };
export type PublicSitePage = { slug: string; title: string; html: string; updatedAt: string };

export async function getFooterPages(): Promise<FooterLink[]> {
  "use cache";
  tagCache(tags.sitePages);
  const pages = await db.sitePage.findMany({
    where: { published: true },
    orderBy: [{ position: "asc" }, { title: "asc" }],
    select: { slug: true, title: true },
  });
  return pages.map((page) => ({ title: page.title, href: sitePageHref(page.slug) }));
}

export async function getSitePage(slug: string): Promise<PublicSitePage | null> {
  "use cache";
  tagCache(tags.sitePage(slug));
  const page = await db.sitePage.findFirst({
    where: { slug, published: true },
    select: { slug: true, title: true, body: true, updatedAt: true },
  });
  if (!page) return null;
  return {
    slug: page.slug,
    title: page.title,
    html: renderMarkdown(page.body),
    updatedAt: page.updatedAt.toISOString(),
  };
}

/** Published page slugs, prerendered at build. */
export async function getSitePageSlugs(): Promise<string[]> {
  "use cache";
  tagCache(tags.sitePages);
  const pages = await db.sitePage.findMany({ where: { published: true }, select: { slug: true } });
  return pages.map((page) => page.slug);
}

// ——— Dashboard ———

export type AdminSitePage = {
  id: number;
  slug: string;
  title: string;
  body: string;
  published: boolean;
  position: number;
  version: number;
  updatedAt: string;
};

const adminSelect = {
  id: true,
  slug: true,
  title: true,
  body: true,
  published: true,
  position: true,
  version: true,
  updatedAt: true,
} as const;

export async function listSitePagesForAdmin(): Promise<AdminSitePage[]> {
  const pages = await db.sitePage.findMany({
    orderBy: [{ position: "asc" }, { title: "asc" }],
    select: adminSelect,
  });
  return pages.map((page) => ({ ...page, updatedAt: page.updatedAt.toISOString() }));
}

export async function getSitePageForAdmin(id: number): Promise<AdminSitePage | null> {
  if (!Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647) return null;
  const page = await db.sitePage.findUnique({ where: { id }, select: adminSelect });
  return page ? { ...page, updatedAt: page.updatedAt.toISOString() } : null;
}

export function sitePageFormValues(page: AdminSitePage | null): Record<string, string> {
  if (!page) return { id: "", version: "0", title: "", slug: "", body: "", published: "on", position: "0" };
  return {
    id: String(page.id),
    version: String(page.version),
    title: page.title,
    slug: page.slug,
    body: page.body,
    published: page.published ? "on" : "",
    position: String(page.position),
  };
}
