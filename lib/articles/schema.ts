// Parsing of reader-side URL input.
import { z } from "zod";

export type ListCursor = { publishedAt: Date; id: number };

/** "Older stories" cursor: the last item's publication time and id, base64url-encoded. */
export function encodeCursor(cursor: ListCursor): string {
  return Buffer.from(`${cursor.publishedAt.toISOString()}_${cursor.id}`).toString("base64url");
}

const cursorText = z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z_\d{1,10}$/);

/** The cursor in `?before=`, or undefined (first page) when absent or malformed. */
export function parseCursor(value: unknown): ListCursor | undefined {
  if (typeof value !== "string" || value.length > 64) return undefined;
  const parsed = cursorText.safeParse(Buffer.from(value, "base64url").toString("utf8"));
  if (!parsed.success) return undefined;
  const [time, id] = parsed.data.split("_") as [string, string];
  const publishedAt = new Date(time);
  return Number.isNaN(publishedAt.getTime()) ? undefined : { publishedAt, id: Number(id) };
}

/** First path segments the site uses itself; a section cannot take one of these slugs. */
export const RESERVED_SECTION_SLUGS = [
  "admin",
  "api",
  "author",
  "tag",
  "comment",
  "search",
  "privacy",
  "feed.xml",
  "atom.xml",
  "sitemap.xml",
  "news-sitemap.xml",
  "robots.txt",
  "_next",
] as const;
