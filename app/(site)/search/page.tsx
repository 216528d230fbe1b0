import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SearchView, type SearchViewState } from "@/components/search/SearchView";
import { getSections } from "@/lib/articles/queries";
import { searchArticles } from "@/lib/search/queries";
import { parseSearchParams } from "@/lib/search/schema";

// Search depends on the URL's query string, so the page is rendered per request. It awaits
// searchParams at the top, outside any <Suspense>: the whole page, results included, is in
// the first HTML response (works without JavaScript; a Suspense fallback would stay on
// screen without it). With cacheComponents, reading searchParams outside <Suspense> is only
// allowed on a route that opts out of the static-shell requirement, hence `instant = false`.
// The results themselves are cached per query in searchArticles ("use cache", tag "search").
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function shorten(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const params = parseSearchParams(await searchParams);
  const t = await getTranslations("Metadata");
  return {
    title: params.status === "empty" ? t("search") : t("searchFor", { q: shorten(params.q) }),
    robots: { index: false },
  };
}

export default async function SearchPage({ searchParams }: Props) {
  const params = parseSearchParams(await searchParams);
  return <SearchView state={await viewState(params)} />;
}

async function viewState(params: ReturnType<typeof parseSearchParams>): Promise<SearchViewState> {
  if (params.status === "empty") return { kind: "prompt" };
  if (params.status === "too-long") return { kind: "too-long", q: params.q };
  const { q } = params;
  const found = await searchArticles({ q, cursor: params.cursor });
  if (found.notice === "empty") return { kind: "prompt" };
  if (found.notice === "too-long") return { kind: "too-long", q };
  if (found.notice === "no-terms") return { kind: "no-terms", q };
  if (found.results.length === 0 && found.start === 0)
    return { kind: "no-results", q, sections: await getSections() };
  return {
    kind: "results",
    q,
    results: found.results,
    total: found.total ?? found.start + found.results.length,
    more: found.more,
    start: found.start,
    nextCursor: found.nextCursor,
  };
}
