import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ListingView } from "@/components/listing/ListingView";
import { Sidebar } from "@/components/layout/Sidebar";
import { getArticleList, prerenderedListSlugs, type ListKind } from "@/lib/articles/listing";
import { encodeCursor } from "@/lib/articles/schema";
import { getEditorsPicks, getRecentNews } from "@/lib/articles/queries";
import { env } from "@/lib/env";
import { feedAlternates } from "@/lib/feeds/alternates";

type Params = Promise<Record<string, string>>;

function pathFor(kind: ListKind, slug: string): string {
  return kind === "section" ? `/${slug}` : `/${kind}/${slug}`;
}

/**
 * Page and metadata of a section, tag or author route, first page or an "older stories" page
 * (`…/older/<cursor>`). The cursor is in the path, not the query string, so the page renders
 * from its params alone: whole on the first response (no JavaScript needed), with a real 404
 * status for an unknown slug or a bad cursor.
 */
export function listingRoute(kind: ListKind, slugParam: string) {
  async function load(params: Params) {
    const values = await params;
    const slug = values[slugParam]!;
    const before = values.cursor;
    const list = await getArticleList(kind, slug, before);
    if (!list) notFound();
    return { list, slug, before };
  }

  async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
    const { list, slug, before } = await load(params);
    const t = await getTranslations("Metadata");
    return {
      title: list.owner.name,
      description: list.owner.description || t("listingDescription", { name: list.owner.name }),
      alternates: {
        canonical: pathFor(kind, slug),
        types: feedAlternates(
          env().SITE_NAME,
          kind === "section" ? { slug, name: list.owner.name } : undefined,
        ),
      },
      // Older pages stay reachable, but the first page is the one to index.
      robots: before ? { index: false, follow: true } : undefined,
    };
  }

  async function Page({ params }: { params: Params }) {
    const { list, slug, before } = await load(params);
    const [recent, picks] = await Promise.all([getRecentNews(), getEditorsPicks()]);
    return (
      <div className="with-sidebar">
        <ListingView list={list} basePath={pathFor(kind, slug)} isFirstPage={!before} />
        <Sidebar recent={recent} picks={picks} />
      </div>
    );
  }

  /** First pages of the known slugs; other slugs render on their first visit, then stay cached. */
  async function generateStaticParams() {
    return (await prerenderedListSlugs(kind)).map((slug) => ({ [slugParam]: slug }));
  }

  /**
   * The second page of each of those. Cache Components needs at least one entry, and prerendered
   * params are what give an unknown slug or cursor a real 404 status; when no list has a second
   * page, the (empty) page before the epoch stands in.
   */
  async function generateOlderStaticParams() {
    const slugs = await prerenderedListSlugs(kind);
    const lists = await Promise.all(slugs.map((slug) => getArticleList(kind, slug)));
    const params = lists.flatMap((list) =>
      list?.nextCursor ? [{ [slugParam]: list.owner.slug, cursor: list.nextCursor }] : [],
    );
    if (params.length || !slugs[0]) return params;
    return [{ [slugParam]: slugs[0], cursor: encodeCursor({ publishedAt: new Date(0), id: 0 }) }];
  }

  return { Page, generateMetadata, generateStaticParams, generateOlderStaticParams };
}
