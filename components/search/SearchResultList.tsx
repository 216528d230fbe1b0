import Link from "next/link";
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
            <Link href={result.href} lang={result.lang} className="story-link">
              {result.title}
            </Link>
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
            <Link href={`/${result.section.slug}`}>{result.section.name}</Link> ·{" "}
            <Time iso={result.publishedAt} />
          </p>
        </li>
      ))}
    </ol>
  );
}
