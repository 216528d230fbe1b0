// Parsing of the reader search's query string (`/search?q=…&cursor=…`) and of its opaque
// "more results" cursor. Nothing here touches the database.
import { z } from "zod";

/** Longest query we run; longer ones get a friendly message instead of a search. */
export const MAX_QUERY_LENGTH = 200;
/** Results per page. */
export const SEARCH_PAGE_SIZE = 20;
/** "More results" stops after this many pages (200 results): refine the query beyond that. */
export const SEARCH_MAX_PAGES = 10;
/**
 * How many matches are ranked: the newest this many (every page a reader can reach). Ranking
 * every match of a common word among 100,000 articles read and scored thousands of stored
 * vectors per search; the newest few hundred come from walking the publication-date index (or,
 * for a rarer word, from the GIN index), whichever the planner's lexeme statistics favour.
 */
export const SEARCH_CANDIDATES = SEARCH_MAX_PAGES * SEARCH_PAGE_SIZE;

type RawParam = string | string[] | undefined;

/** First value of a query-string parameter (`?q=a&q=b` → "a"). */
function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * A query as searched: runs of whitespace (newlines from a pasted text included) made single
 * spaces, other control characters (PostgreSQL text cannot hold NUL) dropped, trimmed.
 */
export function normalizeQuery(q: string): string {
  return q
    .replace(/\s+/g, " ")
    .replace(/\p{Cc}/gu, "")
    .trim();
}

const queryText = z.preprocess(
  (value) => (typeof first(value) === "string" ? (first(value) as string) : ""),
  z.string().transform(normalizeQuery),
);

// Cursors are base64url text; anything else is ignored rather than rejected (a mangled link
// shows the first page, never an error).
const cursorText = z.preprocess(
  first,
  z
    .string()
    .max(300)
    .regex(/^[A-Za-z0-9_-]+$/)
    .optional()
    .catch(undefined),
);

export const searchParamsSchema = z.object({
  q: queryText,
  cursor: cursorText,
});

export type SearchParams =
  /** No query yet: show the form and a prompt. */
  | { status: "empty"; q: ""; cursor?: undefined }
  /** Longer than MAX_QUERY_LENGTH: show a message, run nothing. */
  | { status: "too-long"; q: string; cursor?: undefined }
  | { status: "ok"; q: string; cursor?: string };

/** Parses the page's `searchParams` (already awaited). Never throws. */
export function parseSearchParams(raw: Record<string, RawParam> | URLSearchParams): SearchParams {
  const input = raw instanceof URLSearchParams ? { q: raw.getAll("q"), cursor: raw.getAll("cursor") } : raw;
  const { q, cursor } = searchParamsSchema.parse(input);
  if (q === "") return { status: "empty", q: "" };
  if (q.length > MAX_QUERY_LENGTH) return { status: "too-long", q };
  return { status: "ok", q, cursor };
}

/** True when the text has at least one letter or digit (pure punctuation has nothing to find). */
export function hasSearchableCharacters(q: string): boolean {
  return /[\p{L}\p{N}]/u.test(q);
}

// ---------------------------------------------------------------------------------------------
// The cursor: a keyset position in the (rank, publishedAt, id) order of one query's results,
// plus the page number (to number results and stop at SEARCH_MAX_PAGES). Values are kept as
// the database's own text so they round-trip exactly (no float or time-zone conversion).

const cursorPayload = z.object({
  /** Page number of the page this cursor leads to (1 = second page). */
  n: z
    .number()
    .int()
    .min(1)
    .max(SEARCH_MAX_PAGES - 1),
  /** Rank key (an integer, as text) of the last result shown. */
  r: z.string().regex(/^\d{1,19}$/),
  /** publishedAt of the last result shown, "YYYY-MM-DD HH:MM:SS.mmm" (UTC, as stored). */
  p: z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?$/),
  /** id of the last result shown. */
  i: z.number().int().positive().max(2_147_483_647),
});

export type SearchCursor = z.infer<typeof cursorPayload>;

export function encodeSearchCursor(cursor: SearchCursor): string {
  return Buffer.from(JSON.stringify(cursor), "utf8").toString("base64url");
}

/** The cursor's position, or null for a missing or invalid one (treated as the first page). */
export function decodeSearchCursor(cursor: string | null | undefined): SearchCursor | null {
  if (!cursor) return null;
  try {
    const parsed = cursorPayload.safeParse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
