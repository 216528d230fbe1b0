import SiteLink from "@/components/layout/SiteLink";
import { Time } from "@/components/article/Time";
import type { SearchResult } from "@/lib/search/queries";

/**
 * Search results in rank order: headline link, highlighted snippet, section and date.
 * `start` is the 0-based position of the first result (later pages continue the numbering).
 */
export function SearchResultList({ results, start }: { results: SearchResult[]; start: number }) {
  return (
    <ol className="search-results" start={start + 1}>
      {results.map((result) => (
        <li key={result.id} className="search-result">
          <h2 className="search-result-title">
            <SiteLink href={result.href} lang={result.lang} className="story-link">
              {result.title}
            </SiteLink>
          </h2>
          {result.snippet && (
            // The snippet is built by lib/search/queries.ts `safeSnippet`: escaped text whose
            // only markup is <mark>. Nothing else may be rendered this way.
            <p
              className="search-snippet"
              lang={result.lang}
              dangerouslySetInnerHTML={{ __html: result.snippet }}
            />
          )}
          <p className="meta">
            <SiteLink href={`/${result.section.slug}`}>{result.section.name}</SiteLink> ·{" "}
            <Time iso={result.publishedAt} />
          </p>
        </li>
      ))}
    </ol>
  );
}
