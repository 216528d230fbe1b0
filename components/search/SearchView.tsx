import SiteLink from "@/components/layout/SiteLink";
import { useTranslations } from "next-intl";
import type { Section } from "@/lib/articles/queries";
import type { SearchResult } from "@/lib/search/queries";
import { MAX_QUERY_LENGTH } from "@/lib/search/schema";
import { SearchForm } from "./SearchForm";
import { SearchResultList } from "./SearchResultList";

/** What the search page shows; decided by the route from the query and the results. */
export type SearchViewState =
  /** No query yet. */
  | { kind: "prompt" }
  | { kind: "too-long"; q: string }
  /** Only punctuation or very common words. */
  | { kind: "no-terms"; q: string }
  | { kind: "no-results"; q: string; sections: Section[] }
  | {
      kind: "results";
      q: string;
      results: SearchResult[];
      total: number;
      /** More articles match than `total` (older ones, not ranked). */
      more?: boolean;
      /** 0-based position of the first result shown. */
      start: number;
      nextCursor: string | null;
    };

export function searchHref(q: string, cursor?: string | null): string {
  const params = new URLSearchParams({ q });
  if (cursor) params.set("cursor", cursor);
  return `/search?${params.toString()}`;
}

/** The /search page body: heading, form, then results or a helpful message. */
export function SearchView({ state }: { state: SearchViewState }) {
  const t = useTranslations("Search");
  const q = state.kind === "prompt" ? "" : state.q;
  return (
    <div className="search-page">
      <h1>{t("heading")}</h1>
      <SearchForm q={q} />
      <SearchBody state={state} />
    </div>
  );
}

const kbd = (chunks: React.ReactNode) => <kbd>{chunks}</kbd>;

function SearchBody({ state }: { state: SearchViewState }) {
  const t = useTranslations("Search");
  switch (state.kind) {
    case "prompt":
      return (
        <div className="search-message">
          <p>{t("prompt")}</p>
          <ul className="search-tips">
            <li>{t.rich("tipAccents", { kbd })}</li>
            <li>{t.rich("tipPhrase", { kbd })}</li>
            <li>{t.rich("tipOperators", { kbd })}</li>
          </ul>
        </div>
      );
    case "too-long":
      return (
        <div className="search-message">
          <p>{t("tooLong", { length: state.q.length, max: MAX_QUERY_LENGTH })}</p>
        </div>
      );
    case "no-terms":
      return (
        <div className="search-message">
          <p>{t("noTerms", { q: state.q })}</p>
        </div>
      );
    case "no-results":
      return (
        <div className="search-message">
          <h2>{t("noResults", { q: state.q })}</h2>
          <ul className="search-tips">
            <li>{t("tipSpelling")}</li>
            <li>{t("tipFewer")}</li>
            <li>{t("tipLanguage")}</li>
          </ul>
          {state.sections.length > 0 && (
            <>
              <h2>{t("browseSection")}</h2>
              <ul className="search-sections">
                {state.sections.map((section) => (
                  <li key={section.slug}>
                    <SiteLink href={`/${section.slug}`}>{section.name}</SiteLink>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      );
    case "results": {
      const { q, results, total, more, start, nextCursor } = state;
      if (results.length === 0) {
        // A "More results" link followed after the list changed.
        return (
          <div className="search-message">
            <p>{t("noMore", { q })}</p>
            <p>
              <SiteLink href={searchHref(q)}>{t("backToFirst")}</SiteLink>
            </p>
          </div>
        );
      }
      const end = start + results.length;
      const capped = nextCursor === null && (end < total || Boolean(more));
      return (
        <>
          <p className="search-count">
            {more
              ? t("countRangeMore", { from: start + 1, to: end, total, q })
              : start === 0 && end >= total
                ? t("countAll", { total, q })
                : t("countRange", { from: start + 1, to: end, total, q })}
          </p>
          <SearchResultList results={results} start={start} />
          {capped && <p className="search-message">{t("capped", { count: end })}</p>}
          {(start > 0 || nextCursor) && (
            <nav className="search-pager" aria-label={t("pages")}>
              {start > 0 && <SiteLink href={searchHref(q)}>{t("first")}</SiteLink>}
              {nextCursor && (
                <SiteLink href={searchHref(q, nextCursor)} rel="next">
                  {t("more")}
                </SiteLink>
              )}
            </nav>
          )}
        </>
      );
    }
  }
}
