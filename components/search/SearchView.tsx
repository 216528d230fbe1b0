import Link from "next/link";
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
      /** 0-based position of the first result shown. */
      start: number;
      nextCursor: string | null;
    };

export function searchHref(q: string, cursor?: string | null): string {
  const params = new URLSearchParams({ q });
  if (cursor) params.set("cursor", cursor);
  return `/search?${params.toString()}`;
}

const plural = (count: number, word: string) =>
  `${count.toLocaleString("en-GB")} ${word}${count === 1 ? "" : "s"}`;

/** The /search page body: heading, form, then results or a helpful message. */
export function SearchView({ state }: { state: SearchViewState }) {
  const q = state.kind === "prompt" ? "" : state.q;
  return (
    <div className="search-page">
      <h1>Search</h1>
      <SearchForm q={q} />
      <SearchBody state={state} />
    </div>
  );
}

function SearchBody({ state }: { state: SearchViewState }) {
  switch (state.kind) {
    case "prompt":
      return (
        <div className="search-message">
          <p>Search every story by its headline, summary or text, in English and in French.</p>
          <ul className="search-tips">
            <li>
              Accents and word endings don’t matter: <kbd>election</kbd> also finds “élections”.
            </li>
            <li>
              Put words in quotes for an exact phrase: <kbd>&quot;climate summit&quot;</kbd>.
            </li>
            <li>
              Use <kbd>or</kbd> for either word, and a minus sign to leave a word out:{" "}
              <kbd>hockey -junior</kbd>.
            </li>
          </ul>
        </div>
      );
    case "too-long":
      return (
        <div className="search-message">
          <p>
            Your search is {plural(state.q.length, "character")} long; searches are limited to{" "}
            {MAX_QUERY_LENGTH}. Try a few distinctive words instead.
          </p>
        </div>
      );
    case "no-terms":
      return (
        <div className="search-message">
          <p>
            “{state.q}” only contains punctuation or very common words (like “the” or “de”), which the search
            ignores. Try more specific words.
          </p>
        </div>
      );
    case "no-results":
      return (
        <div className="search-message">
          <h2>No results for “{state.q}”</h2>
          <ul className="search-tips">
            <li>Check the spelling.</li>
            <li>Try fewer words, or more general ones.</li>
            <li>Try the word in the other language: the site publishes in English and in French.</li>
          </ul>
          {state.sections.length > 0 && (
            <>
              <h2>Browse a section</h2>
              <ul className="search-sections">
                {state.sections.map((section) => (
                  <li key={section.slug}>
                    <Link href={`/${section.slug}`}>{section.name}</Link>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      );
    case "results": {
      const { q, results, total, start, nextCursor } = state;
      if (results.length === 0) {
        // A "More results" link followed after the list changed.
        return (
          <div className="search-message">
            <p>No more results for “{q}”.</p>
            <p>
              <Link href={searchHref(q)}>Back to the first results</Link>
            </p>
          </div>
        );
      }
      const end = start + results.length;
      const capped = nextCursor === null && end < total;
      return (
        <>
          <p className="search-count">
            {start === 0 && end >= total
              ? `${plural(total, "result")} for “${q}”`
              : `Results ${start + 1}–${end} of ${total.toLocaleString("en-GB")} for “${q}”`}
          </p>
          <SearchResultList results={results} start={start} />
          {capped && (
            <p className="search-message">
              Only the {end} most relevant results are shown. Add words to narrow your search.
            </p>
          )}
          {(start > 0 || nextCursor) && (
            <nav className="search-pager" aria-label="Search results pages">
              {start > 0 && <Link href={searchHref(q)}>First results</Link>}
              {nextCursor && (
                <Link href={searchHref(q, nextCursor)} rel="next">
                  More results →
                </Link>
              )}
            </nav>
          )}
        </>
      );
    }
  }
}
