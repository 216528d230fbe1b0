// Reader search: PostgreSQL full-text search over "ArticleSearch", a narrow, trigger-kept copy
// of each published article's Article."searchVector" (title A, dek B, body C; see the init and
// article_search migrations).
//
// - Each article is searched in its own language: the query is parsed once with lede_french
//   (French articles) and once with lede_english (English articles). Both configurations strip
//   accents, so "élection", "election" and "Élections" meet on the same stem.
// - The WHERE clause is `(vector @@ <french query> AND lang = 'fr') OR (vector @@ <english
//   query> AND lang = 'en')`: both queries are constants for the planner, so it can BitmapOr
//   two scans of the GIN index "ArticleSearch_vector_idx".
// - Candidates: the newest SEARCH_CANDIDATES matches (200, every page a reader can reach),
//   LIMITed before anything is ranked, so a common word costs a few hundred rows, not every
//   match in the archive; `total` counts up to that many and `more` says there were others.
// - Order: ts_rank_cd (the A/B/C weights are in the vector), then publishedAt desc, id desc.
// - Pages of 20 by keyset on (rank key, publishedAt, id), so pages never overlap or skip even
//   when articles are published between two clicks; at most SEARCH_MAX_PAGES pages (200
//   results), as nobody reads further and a narrower query serves better. The rank key is
//   round(ts_rank_cd × 10⁶), an integer, so the keyset comparison is exact.
// - Snippets come from ts_headline over dek + body, Markdown syntax removed, and are safe HTML:
//   the text is HTML-escaped *before* ts_headline (which would otherwise silently drop
//   anything that looks like a tag), highlights are marked with private-use sentinel
//   characters, and the result is escaped again before only the sentinels become <mark>.
import "server-only";
import { cacheLife } from "next/cache";
import { tagCache, tags } from "@/lib/cache/tags";
// Reader queries: a caught-up read replica when configured (lib/db/replicas.ts).
import { readerDb as db } from "@/lib/db";
import { estimatedRows } from "@/lib/db/estimate";
import { Prisma } from "@/lib/generated/prisma/client";
import { cardSelect, toCard, type ArticleCard } from "@/lib/articles/cards";
import { expireAtNextScheduledPublication } from "@/lib/articles/freshness";
import { visibleArticleWhere } from "@/lib/articles/visibility";
import {
  decodeSearchCursor,
  encodeSearchCursor,
  hasSearchableCharacters,
  MAX_QUERY_LENGTH,
  normalizeQuery,
  SEARCH_CANDIDATES,
  SEARCH_MAX_PAGES,
  SEARCH_PAGE_SIZE,
  type SearchCursor,
} from "./schema";

export type SearchResult = ArticleCard & {
  /** Safe HTML: escaped text with the matched words in <mark>…</mark>, nothing else. */
  snippet: string;
};

export type SearchNotice =
  /** Nothing to search for: no DB query was made. */
  | "empty"
  /** Longer than MAX_QUERY_LENGTH: no DB query was made. */
  | "too-long"
  /** Only punctuation, or only words too common to search for ("the", "de la"). */
  | "no-terms";

export type SearchResults = {
  results: SearchResult[];
  /** Opaque; pass back as `cursor` for the next page. Null on the last page. */
  nextCursor: string | null;
  /**
   * Number of matching articles, up to SEARCH_CANDIDATES (only the newest that many are ranked);
   * absent when nothing was searched.
   */
  total?: number;
  /** More articles match than `total`: older ones, not ranked. */
  more?: boolean;
  /** 0-based position of the first result of this page in the whole list. */
  start: number;
  /** Set when the query could not be run or found nothing to search for. */
  notice?: SearchNotice;
};

export type SearchInput = { q: string; cursor?: string | null };

/** Highlight sentinels: private-use characters, removed from the text before headlining. */
const MARK_START = "\uE000";
const MARK_END = "\uE001";
const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … "`;
const RANK_SCALE = 1_000_000;

/**
 * Full-text search of the articles readers can see. Never throws on user input: an empty,
 * too long or punctuation-only query returns no results (with a `notice`) without querying.
 */
export async function searchArticles({ q, cursor }: SearchInput): Promise<SearchResults> {
  const query = normalizeQuery(q);
  if (query === "") return { results: [], nextCursor: null, start: 0, notice: "empty" };
  if (query.length > MAX_QUERY_LENGTH) return { results: [], nextCursor: null, start: 0, notice: "too-long" };
  if (!hasSearchableCharacters(query))
    return { results: [], nextCursor: null, total: 0, start: 0, notice: "no-terms" };
  // Normalised arguments make the cache key: "  Élection " and "Élection" share an entry.
  return searchCached(query, decodeSearchCursor(cursor));
}

async function searchCached(q: string, after: SearchCursor | null): Promise<SearchResults> {
  "use cache";
  tagCache(tags.search);
  cacheLife("minutes");
  const now = new Date();
  // A scheduled article going live must not wait for the cache entry to expire.
  await expireAtNextScheduledPublication(now);

  const rows = await db.$queryRaw<SearchRow[]>(searchQuery({ q, now, after, shape: await searchShape(q) }));
  const page = after?.n ?? 0;
  const start = page * SEARCH_PAGE_SIZE;

  if (rows.length === 0) {
    const notice = page === 0 && (await hasNoSearchTerms(q)) ? ("no-terms" as const) : undefined;
    return { results: [], nextCursor: null, total: page === 0 ? 0 : undefined, start, notice };
  }

  // The cards of this page in one query, then back into rank order. Visibility is checked
  // again in case an article was unpublished between the two queries.
  const cards = await db.article.findMany({
    where: { id: { in: rows.map((row) => row.id) }, ...visibleArticleWhere(now) },
    select: cardSelect,
  });
  const cardsById = new Map(cards.map((card) => [card.id, toCard(card)]));
  const results: SearchResult[] = [];
  for (const row of rows) {
    const card = cardsById.get(row.id);
    if (!card) continue;
    tagCache(tags.article(row.id));
    results.push({ ...card, snippet: safeSnippet(row.snippet) });
  }

  const last = rows[rows.length - 1]!;
  const hasMore = last.remaining > rows.length && page + 1 < SEARCH_MAX_PAGES;
  return {
    results,
    nextCursor: hasMore
      ? encodeSearchCursor({ n: page + 1, r: last.rankKey, p: last.publishedAtKey, i: last.id })
      : null,
    total: last.total,
    more: last.more,
    start,
  };
}

type SearchRow = {
  id: number;
  /** Integer rank key as text (see RANK_SCALE). */
  rankKey: string;
  /** publishedAt as ISO-like text to the millisecond (its precision): an exact round trip. */
  publishedAtKey: string;
  /** Matches in all pages (the ranked candidates). */
  total: number;
  /** More matches than the candidates. */
  more: boolean;
  /** Matches from this page's first row to the end (more pages when > rows on this page). */
  remaining: number;
  /** ts_headline output: escaped text with sentinel-marked highlights. */
  snippet: string;
};

/** The query of each language, as SQL (`q` is always a bound parameter). */
function tsQuery(config: "lede_french" | "lede_english", q: string): Prisma.Sql {
  return config === "lede_french"
    ? Prisma.sql`websearch_to_tsquery('lede_french', ${q}::text)`
    : Prisma.sql`websearch_to_tsquery('lede_english', ${q}::text)`;
}

// Markdown syntax to remove before headlining, applied in order with PostgreSQL's
// regexp_replace (ARE syntax; flag "n" makes ^ and $ match at line breaks). Patterns are
// fixed strings bound as parameters, never built from input.
const MARKDOWN_STRIPS: [pattern: string, replacement: string, flags: string][] = [
  [String.raw`^[ \t]*(` + "```" + String.raw`|~~~).*$`, "", "gn"], // code fences
  [String.raw`^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S.*$`, "", "gn"], // reference definitions
  [String.raw`!?\[([^\]\n]*)\]\([^)\n]*\)`, String.raw`\1`, "g"], // [text](url), ![alt](src)
  [String.raw`\[([^\]\n]+)\]\[[^\]\n]*\]`, String.raw`\1`, "g"], // [text][ref]
  [String.raw`<((https?|mailto):[^>\s]+)>`, String.raw`\1`, "g"], // <https://…>
  [String.raw`^[ \t]{0,3}([-*_][ \t]*){3,}$`, "", "gn"], // horizontal rules
  [String.raw`^[ \t]{0,3}#{1,6}[ \t]+`, "", "gn"], // heading marks
  [String.raw`^[ \t]{0,3}(>[ \t]?)+`, "", "gn"], // blockquote marks
  [String.raw`^[ \t]*([-*+]|\d{1,9}[.)])[ \t]+`, "", "gn"], // list bullets
  [String.raw`\*+|~~|` + "`+", "", "g"], // emphasis, strikethrough, code spans
  [String.raw`(^|\W)_+(?=\w)`, String.raw`\1`, "g"], // _emphasis_ (not snake_case)
  [String.raw`(\w)_+(?=\W|$)`, String.raw`\1`, "g"],
  [String.raw`\\([\\*_{}()#+.!>~|\[\]-])`, String.raw`\1`, "g"], // backslash escapes
];

/** dek + body, as text ready for ts_headline: sentinels removed, Markdown stripped, escaped. */
function headlineSource(): Prisma.Sql {
  let text = Prisma.sql`translate(concat_ws(E'\n\n', nullif(a.dek, ''), a.body), ${MARK_START + MARK_END}::text, '')`;
  for (const [pattern, replacement, flags] of MARKDOWN_STRIPS) {
    text = Prisma.sql`regexp_replace(${text}, ${pattern}::text, ${replacement}::text, ${flags}::text)`;
  }
  return Prisma.sql`replace(replace(replace(${text}, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')`;
}

/** Where a search's matches are, in ArticleSearch (s); both language queries are constants. */
function matchCondition(q: string): Prisma.Sql {
  return Prisma.sql`((s."vector" @@ ${tsQuery("lede_french", q)} AND s."lang" = 'fr')
      OR (s."vector" @@ ${tsQuery("lede_english", q)} AND s."lang" = 'en'))`;
}

/**
 * Up to this many expected matches, a search reads them from the GIN index (a few hundred
 * narrow pages) and keeps the newest; beyond, it walks the articles newest first, checking each
 * one's document, and stops at SEARCH_CANDIDATES — fewer documents read for a common word. The
 * planner cannot choose between the two itself: walking costs a detoasted document per article
 * passed over, which its costing does not see. Measured at 100,000 articles: 4,128 matches
 * 7 ms from the index against 13 ms walking; 9,700 matches 9 ms against 5 ms.
 */
export const SEARCH_INDEX_LIMIT = 5_000;

/** Which of the two shapes a search takes (SEARCH_INDEX_LIMIT), from the planner's estimate. */
export async function searchShape(q: string): Promise<"index" | "walk"> {
  const expected = await estimatedRows(
    db,
    Prisma.sql`SELECT 1 FROM "ArticleSearch" s WHERE ${matchCondition(q)}`,
  );
  return expected <= SEARCH_INDEX_LIMIT ? "index" : "walk";
}

/** The search statement; exported for the index-usage test. */
export function searchQuery({
  q,
  now,
  after,
  shape,
}: {
  q: string;
  now: Date;
  after: SearchCursor | null;
  shape: "index" | "walk";
}): Prisma.Sql {
  const french = tsQuery("lede_french", q);
  const english = tsQuery("lede_english", q);
  const ownQuery = (lang: Prisma.Sql) =>
    Prisma.sql`CASE WHEN ${lang} = 'fr' THEN ${french} ELSE ${english} END`;
  const keyset = after
    ? Prisma.sql`WHERE (m.rank_key, m."publishedAt", m.id) < (${after.r}::bigint, ${after.p}::timestamp(3), ${after.i}::int)`
    : Prisma.empty;
  // ArticleSearch holds the published articles; a scheduled one (published, its time still to
  // come) is left out here, as visibleArticleWhere(now) does (lib/articles/visibility.ts).
  const visibleNow = Prisma.sql`"publishedAt" <= (${now.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
  const newest = Prisma.sql`ORDER BY "publishedAt" DESC, "articleId" DESC LIMIT ${SEARCH_CANDIDATES + 1}::int`;
  // The candidates' ids and times only: their documents are read once, for the ranked ones.
  const candidates =
    shape === "index"
      ? Prisma.sql`found AS MATERIALIZED (
          SELECT s."articleId", s."publishedAt" FROM "ArticleSearch" s WHERE ${matchCondition(q)}
        ),
        candidates AS (SELECT * FROM found WHERE ${visibleNow} ${newest}),`
      : Prisma.sql`candidates AS (
          SELECT s."articleId", s."publishedAt" FROM "ArticleSearch" s
          WHERE ${matchCondition(q)} AND ${visibleNow} ${newest}
        ),`;
  return Prisma.sql`
    WITH ${candidates}
    counted AS (
      SELECT c.*, row_number() OVER (ORDER BY c."publishedAt" DESC, c."articleId" DESC) AS recency,
             count(*) OVER () AS found
      FROM candidates c
    ),
    matches AS (
      SELECT c."articleId" AS id, c."publishedAt",
             round(ts_rank_cd(s."vector", ${ownQuery(Prisma.sql`s."lang"`)})::float8 * ${RANK_SCALE}::int)::bigint AS rank_key,
             least(c.found, ${SEARCH_CANDIDATES}::int) AS total,
             c.found > ${SEARCH_CANDIDATES}::int AS more
      FROM counted c
      JOIN "ArticleSearch" s ON s."articleId" = c."articleId"
      WHERE c.recency <= ${SEARCH_CANDIDATES}::int
    ),
    page AS (
      SELECT m.*, count(*) OVER () AS remaining
      FROM matches m
      ${keyset}
      ORDER BY m.rank_key DESC, m."publishedAt" DESC, m.id DESC
      LIMIT ${SEARCH_PAGE_SIZE}::int
    )
    SELECT p.id,
           p.rank_key::text AS "rankKey",
           to_char(p."publishedAt", 'YYYY-MM-DD HH24:MI:SS.MS') AS "publishedAtKey",
           p.total::int AS total,
           p.remaining::int AS remaining,
           p.more,
           ts_headline(article_search_config(a.lang), ${headlineSource()}, ${ownQuery(Prisma.sql`a.lang`)}, ${HEADLINE_OPTIONS}::text) AS snippet
    FROM page p
    JOIN "Article" a ON a.id = p.id
    ORDER BY p.rank_key DESC, p."publishedAt" DESC, p.id DESC`;
}

/**
 * True when the query has nothing to search for in at least one language: only stopwords
 * there ("the", "de la"), so a search that found nothing deserves that explanation.
 */
async function hasNoSearchTerms(q: string): Promise<boolean> {
  const [row] = await db.$queryRaw<{ empty: boolean }[]>`
    SELECT numnode(${tsQuery("lede_french", q)}) = 0 OR numnode(${tsQuery("lede_english", q)}) = 0 AS empty`;
  return row?.empty ?? false;
}

const ESCAPES: Record<string, string> = { "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * ts_headline output → safe HTML. The text was escaped before headlining; anything that
 * could still be markup is escaped here (a stray `&` included), then only the sentinels
 * become <mark> tags.
 */
export function safeSnippet(headline: string): string {
  return headline
    .replace(/[<>"']/g, (char) => ESCAPES[char]!)
    .replace(/&(?!(?:amp|lt|gt|quot|#39);)/g, "&amp;")
    .replace(/\s+/g, " ")
    .trim()
    .replaceAll(`${MARK_START}${MARK_END}`, "")
    .replaceAll(`${MARK_END} ${MARK_START}`, " ")
    .replaceAll(MARK_START, "<mark>")
    .replaceAll(MARK_END, "</mark>");
}
