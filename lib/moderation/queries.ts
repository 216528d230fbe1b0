// Reads of the moderation queue (/admin/comments). Never cached: moderators must see the queue
// as it is. A page costs a fixed number of statements whatever its size: the tab counts in one,
// the page's rows by keyset (with their articles) in one, and everything shown around them
// (parents, author history and standing, status history, open reports) in one.
// Built for a million comments: counts come from trigger-kept counters, every tab and filter
// pages by keyset on an index that serves it ((status, createdAt, id), (articleId, status,
// createdAt, id)), the text filter is a word search on a GIN-indexed tsvector, a name filter a
// range of a folded-name btree (or a trigram GIN index for part of a name), an email filter a
// trigram GIN index (tests/moderation/plans).
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { estimatedRows } from "@/lib/db/estimate";
import { Prisma, type Article, type Comment } from "@/lib/generated/prisma/client";
import type { CommentStatus, CommenterStanding, ReportReason } from "@/lib/generated/prisma/enums";
import { articleHref, isVisible } from "@/lib/articles/visibility";
import { emailHash } from "@/lib/comments/identity";
import type { SpamSignal } from "@/lib/spam";
import {
  COUNT_CAP,
  EXACT_COUNT_LIMIT,
  QUEUE_PAGE_SIZE,
  STAFF_IP_HASH,
  TABS,
  readSpamSignals,
  textFilterWords,
  type QueueCounts,
  type QueueCursor,
  type QueueQuery,
  type TabCounts,
  type TabId,
  type Training,
} from "./schema";

export type QueueComment = {
  id: number;
  status: CommentStatus;
  createdAt: string;
  editedAt: string | null;
  body: string;
  authorName: string;
  /** Private: for staff eyes only (the dashboard), never the public site. */
  authorEmail: string;
  emailHash: string;
  authorUrl: string | null;
  ipHash: string;
  featured: boolean;
  staff: boolean;
  /** Why the moderation pipeline decided what it did. */
  reasons: string[];
  spamScore: number | null;
  /** The tokens behind the score, strongest first. */
  topSignals: SpamSignal[];
  trained: Training;
  article: { id: number; title: string; href: string; visible: boolean };
  parent: { id: number; authorName: string; excerpt: string; status: CommentStatus } | null;
  author: { approved: number; pending: number; spam: number; trash: number; standing: CommenterStanding };
  history: {
    id: number;
    at: string;
    from: CommentStatus | null;
    to: CommentStatus;
    actor: string | null;
    reason: string;
  }[];
  /** Open reports (none a moderator dealt with yet), by reason. */
  reports: { count: number; byReason: { reason: ReportReason; count: number }[]; details: string[] } | null;
};

export type QueuePage = { comments: QueueComment[]; newer: QueueCursor | null; older: QueueCursor | null };

export const TOP_SIGNALS = 5;
const EXCERPT_LENGTH = 160;

// ——— Filters, as SQL over "Comment" c ———

const REPORTED = Prisma.sql`c.id IN (SELECT r."commentId" FROM "CommentReport" r WHERE r."resolvedAt" IS NULL)`;

function tabCondition(tab: TabId): Prisma.Sql {
  const status = TABS.find((candidate) => candidate.id === tab)!.status;
  return status ? Prisma.sql`c.status = ${status}::"CommentStatus"` : REPORTED;
}

function likePattern(value: string): string {
  return `%${value.replace(/[\\%_]/g, "\\$&")}%`;
}

/**
 * A queue query's filters, resolved: a name is read as a prefix of names when some name begins
 * with it (from their folded-name index), else as part of one (trigram index); `expected` is
 * the planner's estimate of the matches, which picks the shape of the counts and of a text
 * filter's page (0 when there is no filter, or only a name prefix: see getTabCounts).
 */
type Filters = Pick<QueueQuery, "article" | "q" | "author"> & {
  nameMatch?: "prefix" | "part";
  expected: number;
};

/**
 * A hash is SHA-256 hex (IP and email hashes), or the IP hash of staff replies (the queue links
 * to both); text with an "@" is part of an email; anything else is a name.
 */
const isHash = (author: string) => author === STAFF_IP_HASH || /^[0-9a-f]{64}$/.test(author);
const isName = (author: string) => !isHash(author) && !author.includes("@");

/**
 * Resolved once per request (React's cache, keyed by the filter values): the dashboard asks for
 * a query's counts and its page at the same time, and both need the same lookups.
 */
const resolveFilters = cache(
  async (
    article: number | undefined,
    q: string | undefined,
    author: string | undefined,
  ): Promise<Filters> => {
    const filters: Filters = { article, q, author, expected: 0 };
    if (author && isName(author)) {
      const [row] = await db.$queryRaw<{ found: boolean }[]>`
        SELECT EXISTS (SELECT 1 FROM "Comment" c WHERE ${namePrefixCondition(author)}) AS found`;
      filters.nameMatch = row?.found ? "prefix" : "part";
    }
    // A name prefix is one range of an index that holds everything counted: counting up to
    // EXACT_COUNT_LIMIT of it costs a millisecond, whatever the planner would expect.
    if (q || (author && filters.nameMatch !== "prefix"))
      filters.expected = await estimatedRows(
        db,
        Prisma.sql`SELECT 1 FROM "Comment" c ${where(filterConditions(filters))}`,
      );
    return filters;
  },
);

/**
 * Names beginning with `name`, case and accents aside: one range of the "C"-ordered
 * lede_name_key index (see the comment_author_name_prefix migration), [key, key || U+10FFFF).
 */
function namePrefixCondition(name: string): Prisma.Sql {
  const key = Prisma.sql`(lede_name_key(c."authorName") COLLATE "C")`;
  return Prisma.sql`(${key} >= (lede_name_key(${name}::text) COLLATE "C")
    AND ${key} < ((lede_name_key(${name}::text) || chr(1114111)) COLLATE "C"))`;
}

/** The article, text and author filters (not the tab). */
function filterConditions(query: Filters): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (query.article !== undefined) conditions.push(Prisma.sql`c."articleId" = ${query.article}`);
  if (query.q) conditions.push(textCondition(query.q));
  if (query.author) conditions.push(authorCondition(query.author, query.nameMatch));
  return conditions;
}

/**
 * The text filter: every word of it begins a word of the comment (textFilterWords), one lookup
 * in the GIN index on "bodySearch" per word. Its lexeme statistics tell the planner how common a
 * word is: a rare one is read from the index, a common one by walking the tab newest first and
 * checking each row's stored vector, which stops as soon as the page is full.
 */
function textCondition(q: string): Prisma.Sql {
  const words = textFilterWords(q);
  if (!words.length) return Prisma.sql`FALSE`;
  const tsquery = words.map((word) => `${word}:*`).join(" & ");
  return Prisma.sql`c."bodySearch" @@ to_tsquery('lede_simple', ${tsquery}::text)`;
}

/**
 * The author filter: an exact IP or email hash (btrees), part of an email (when it has an "@",
 * trigram GIN), or a name (resolveFilters: the names beginning with it, else those containing
 * it). Asking only the column the input can match keeps the plan an index lookup: an OR over
 * every column let the planner misjudge and read a whole tab at a million comments.
 */
function authorCondition(author: string, nameMatch: Filters["nameMatch"]): Prisma.Sql {
  if (isHash(author)) return Prisma.sql`(c."ipHash" = ${author} OR c."emailHash" = ${author})`;
  if (!isName(author))
    return Prisma.sql`(c."authorEmail" ILIKE ${likePattern(author)} OR c."emailHash" = ${emailHash(author)})`;
  return nameMatch === "prefix"
    ? namePrefixCondition(author)
    : Prisma.sql`c."authorName" ILIKE ${likePattern(author)}`;
}

function where(conditions: Prisma.Sql[]): Prisma.Sql {
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}

// Timestamps are stored without a time zone, in UTC.
const at = (date: Date) => Prisma.sql`(${date.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;

// ——— Counts ———

const ZERO: TabCounts = { pending: 0, reported: 0, approved: 0, spam: 0, trash: 0 };

/**
 * How many comments each tab holds under the current filters. Without a text or author filter
 * the counts are exact and cost no scan: statuses come from the counters the triggers keep
 * (whole site, or one article), the Reported tab from the open reports (a short index range:
 * moderators resolve them). With a filter, the planner's estimate of its matches (an EXPLAIN,
 * no execution) picks the shape (see COUNT_CAP): one exact pass over a few thousand matches at
 * most, else counts that stop at COUNT_CAP — per tab, each by the plan that serves that tab's
 * page, for a text filter; in one pass for an author filter.
 */
export async function getTabCounts(query: QueueQuery): Promise<QueueCounts> {
  if (!query.q && !query.author) {
    const scope =
      query.article === undefined
        ? Prisma.sql`SELECT status, count FROM "CommentStatusCount"`
        : Prisma.sql`SELECT status, count FROM "ArticleCommentCount" WHERE "articleId" = ${query.article}`;
    const [row] = await db.$queryRaw<TabCounts[]>`
      WITH counted AS (${scope})
      SELECT
        coalesce((SELECT sum(count) FROM counted WHERE status = 'PENDING'), 0)::int AS pending,
        (SELECT count(DISTINCT r."commentId") FROM "CommentReport" r
          ${query.article === undefined ? Prisma.empty : Prisma.sql`JOIN "Comment" c ON c.id = r."commentId" AND c."articleId" = ${query.article}`}
          WHERE r."resolvedAt" IS NULL)::int AS reported,
        coalesce((SELECT sum(count) FROM counted WHERE status = 'APPROVED'), 0)::int AS approved,
        coalesce((SELECT sum(count) FROM counted WHERE status = 'SPAM'), 0)::int AS spam,
        coalesce((SELECT sum(count) FROM counted WHERE status = 'TRASH'), 0)::int AS trash`;
    return { counts: row ?? ZERO, capped: [] };
  }
  const filtered = await resolveFilters(query.article, query.q, query.author);
  const { expected } = filtered;
  const filters = where(filterConditions(filtered));
  const allTabs = TABS.map((tab) => tab.id);

  if (expected > EXACT_COUNT_LIMIT && query.q) {
    // A common word: each tab walks its own index newest first and stops at COUNT_CAP + 1.
    const upToCap = (tab: TabId) => Prisma.sql`(SELECT count(*) FROM (
        SELECT 1 FROM "Comment" c ${where([tabCondition(tab), ...filterConditions(filtered)])} LIMIT ${COUNT_CAP + 1}
      ) matches)::int`;
    const [row] = await db.$queryRaw<TabCounts[]>`
      SELECT ${upToCap("pending")} AS pending, ${upToCap("reported")} AS reported,
        ${upToCap("approved")} AS approved, ${upToCap("spam")} AS spam, ${upToCap("trash")} AS trash`;
    const counts = { ...(row ?? ZERO) };
    const capped = allTabs.filter((tab) => counts[tab] > COUNT_CAP);
    for (const tab of capped) counts[tab] = COUNT_CAP;
    return { counts, capped };
  }

  // One pass over the matches (one index scan, not one per tab): exact when there are at most
  // EXACT_COUNT_LIMIT of them, as expected; else it stops and every count is a lower bound.
  const limit = expected > EXACT_COUNT_LIMIT ? COUNT_CAP : EXACT_COUNT_LIMIT;
  const [row] = await db.$queryRaw<(TabCounts & { total: number })[]>`
    WITH matches AS (
      SELECT c.id, c.status FROM "Comment" c ${filters} LIMIT ${limit + 1}
    )
    SELECT
      count(*) FILTER (WHERE status = 'PENDING')::int AS pending,
      count(*) FILTER (WHERE id IN (SELECT r."commentId" FROM "CommentReport" r WHERE r."resolvedAt" IS NULL))::int AS reported,
      count(*) FILTER (WHERE status = 'APPROVED')::int AS approved,
      count(*) FILTER (WHERE status = 'SPAM')::int AS spam,
      count(*) FILTER (WHERE status = 'TRASH')::int AS trash,
      count(*)::int AS total
    FROM matches`;
  if (!row) return { counts: ZERO, capped: [] };
  const { total, ...counts } = row;
  return { counts, capped: total > limit ? allTabs : [] };
}

/** How far back the article filter looks for its choices: the tab's latest comments. */
const CHOICES_LOOK_BACK = 2000;

/**
 * The article filter's choices: the articles most recently commented in a tab (among its latest
 * CHOICES_LOOK_BACK comments, one index range), with their exact counts from the counters.
 */
export async function getArticleChoices(
  tab: TabId,
  selected?: number,
): Promise<{ id: number; title: string; comments: number }[]> {
  const status = TABS.find((candidate) => candidate.id === tab)!.status;
  const count = status
    ? Prisma.sql`coalesce((SELECT sum(n.count) FROM "ArticleCommentCount" n
        WHERE n."articleId" = a.id AND n.status = ${status}::"CommentStatus"), 0)::int`
    : Prisma.sql`latest.comments::int`;
  const choices = await db.$queryRaw<{ id: number; title: string; comments: number }[]>`
    WITH recent AS (
      SELECT c."articleId", c."createdAt" FROM "Comment" c
      WHERE ${tabCondition(tab)}
      ORDER BY c."createdAt" DESC, c.id DESC
      LIMIT ${CHOICES_LOOK_BACK}
    ), latest AS (
      SELECT "articleId", max("createdAt") AS last, count(*) AS comments FROM recent
      GROUP BY "articleId" ORDER BY last DESC LIMIT 100
    )
    SELECT a.id, a.title, ${count} AS comments
    FROM latest JOIN "Article" a ON a.id = latest."articleId"
    ORDER BY latest.last DESC`;
  if (selected !== undefined && !choices.some((choice) => choice.id === selected)) {
    const article = await db.article.findUnique({
      where: { id: selected },
      select: { id: true, title: true },
    });
    if (article) choices.unshift({ ...article, comments: 0 });
  }
  return choices;
}

// ——— The page ———

/** A page's comments with their article (the stored columns the queue shows). */
type Row = Pick<
  Comment,
  | "id"
  | "status"
  | "createdAt"
  | "editedAt"
  | "body"
  | "authorName"
  | "authorEmail"
  | "emailHash"
  | "authorUrl"
  | "ipHash"
  | "featured"
  | "staffAuthorId"
  | "parentId"
  | "reasons"
  | "spamScore"
  | "spamSignals"
> & {
  article: Pick<Article, "id" | "title" | "slug" | "status" | "publishedAt"> & { section: { slug: string } };
};

/**
 * A page's comments with their articles, in the page's order: `found` (the statement picking
 * the page's ids) and the rows in one round trip. (Prisma's nested select read the articles
 * and their sections in two more: 4.5 ms of a 50-comment page against 1.4 ms joined.)
 */
async function pageRows(found: Prisma.Sql, order: Prisma.Sql): Promise<Row[]> {
  type Joined = Omit<Row, "article"> & {
    articleTitle: string;
    articleSlug: string;
    articleStatus: Article["status"];
    articlePublishedAt: Date | null;
    sectionSlug: string;
    articleId: number;
  };
  const joined = await db.$queryRaw<Joined[]>`
    WITH found AS MATERIALIZED (${found})
    SELECT c.id, c.status, c."createdAt", c."editedAt", c.body, c."authorName", c."authorEmail",
      c."emailHash", c."authorUrl", c."ipHash", c.featured, c."staffAuthorId", c."parentId",
      c.reasons, c."spamScore", c."spamSignals", c."articleId", a.title AS "articleTitle",
      a.slug AS "articleSlug", a.status AS "articleStatus", a."publishedAt" AS "articlePublishedAt",
      s.slug AS "sectionSlug"
    FROM found
    JOIN "Comment" c ON c.id = found.id
    JOIN "Article" a ON a.id = c."articleId"
    JOIN "Section" s ON s.id = a."sectionId"
    ORDER BY ${order}`;
  return joined.map(
    ({ articleId, articleTitle, articleSlug, articleStatus, articlePublishedAt, sectionSlug, ...row }) => ({
      ...row,
      article: {
        id: articleId,
        title: articleTitle,
        slug: articleSlug,
        status: articleStatus,
        publishedAt: articlePublishedAt,
        section: { slug: sectionSlug },
      },
    }),
  );
}

/** One page of a tab, newest first, after or before a keyset position. */
export async function getQueuePage(query: QueueQuery, now = new Date()): Promise<QueuePage> {
  const cursor = query.after ?? query.before;
  const newerFirst = !query.before;
  const keyset = cursor
    ? newerFirst
      ? Prisma.sql`(c."createdAt", c.id) < (${at(cursor.createdAt)}, ${cursor.id})`
      : Prisma.sql`(c."createdAt", c.id) > (${at(cursor.createdAt)}, ${cursor.id})`
    : null;
  const filtered = await resolveFilters(query.article, query.q, query.author);
  const conditions = [tabCondition(query.tab), ...filterConditions(filtered), ...(keyset ? [keyset] : [])];
  const order = newerFirst
    ? Prisma.sql`c."createdAt" DESC, c.id DESC`
    : Prisma.sql`c."createdAt" ASC, c.id ASC`;
  // A text filter on a word the planner expects in at most EXACT_COUNT_LIMIT comments: read its
  // matches from the GIN index alone, then keep the tab's. Left to itself the planner would AND
  // that index with the tab's status index, whose bitmap of a whole tab costs more than the
  // matches. A common word takes the plain statement below: the tab's index, newest first.
  const rare = query.q !== undefined && filtered.expected <= EXACT_COUNT_LIMIT;
  // Row comparison on (createdAt, id) seeks straight into the (status, createdAt, id) index.
  const found = rare
    ? Prisma.sql`
        WITH c AS MATERIALIZED (
          SELECT c.id, c.status, c."createdAt" FROM "Comment" c ${where(filterConditions(filtered))}
        )
        SELECT c.id FROM c ${where([tabCondition(query.tab), ...(keyset ? [keyset] : [])])}
        ORDER BY ${order} LIMIT ${QUEUE_PAGE_SIZE + 1}`
    : Prisma.sql`
        SELECT c.id FROM "Comment" c
        ${where(conditions)}
        ORDER BY ${order}
        LIMIT ${QUEUE_PAGE_SIZE + 1}`;
  const rows = await pageRows(found, order);
  const more = rows.length > QUEUE_PAGE_SIZE;
  // Back at the newest comments: show the first page, full, rather than what was left of it.
  if (query.before && !more) return getQueuePage({ ...query, before: undefined }, now);
  const ordered = rows.slice(0, QUEUE_PAGE_SIZE);
  if (!newerFirst) ordered.reverse();
  const comments = await withSurroundings(ordered, now);

  const first = ordered[0];
  const last = ordered.at(-1);
  const position = (row: { createdAt: Date; id: number } | undefined) =>
    row ? { createdAt: row.createdAt, id: row.id } : null;
  return {
    comments,
    newer: (newerFirst ? Boolean(query.after) : more) ? position(first) : null,
    older: (newerFirst ? more : true) ? position(last) : null,
  };
}

type Surroundings = {
  parents: { id: number; authorName: string; body: string; status: CommentStatus }[];
  authorCounts: { emailHash: string; status: CommentStatus; count: number }[];
  commenters: { emailHash: string; standing: CommenterStanding }[];
  changes: {
    id: number;
    commentId: number;
    fromStatus: CommentStatus | null;
    toStatus: CommentStatus;
    reason: string;
    /** ISO 8601, UTC (stored without a time zone, in UTC). */
    at: string;
    actor: string | null;
  }[];
  reports: { commentId: number; reason: ReportReason; details: string }[];
};

/** Parents, author history and standing, status history and open reports of a page's comments. */
async function withSurroundings(rows: Row[], now: Date): Promise<QueueComment[]> {
  const ids = rows.map((row) => row.id);
  const parentIds = [...new Set(rows.flatMap((row) => (row.parentId === null ? [] : [row.parentId])))];
  const hashes = [...new Set(rows.map((row) => row.emailHash))];
  if (!rows.length) return [];
  // Everything around the page in one statement (each part one index lookup): on a 50-comment
  // page, five statements cost more in round trips than in the database.
  const [{ parents, authorCounts, commenters, changes, reports }] = await db.$queryRaw<[Surroundings]>`
    SELECT
      (SELECT coalesce(json_agg(json_build_object(
          'id', p.id, 'authorName', p."authorName", 'body', p.body, 'status', p.status)), '[]')
        FROM "Comment" p WHERE p.id = ANY(${parentIds}::int[])) AS parents,
      (SELECT coalesce(json_agg(json_build_object('emailHash', g."emailHash", 'status', g.status, 'count', g.count)), '[]')
        FROM (SELECT "emailHash", status, count(*)::int AS count FROM "Comment"
              WHERE "emailHash" = ANY(${hashes}::text[]) GROUP BY "emailHash", status) g) AS "authorCounts",
      (SELECT coalesce(json_agg(json_build_object('emailHash', m."emailHash", 'standing', m.standing)), '[]')
        FROM "Commenter" m WHERE m."emailHash" = ANY(${hashes}::text[])) AS commenters,
      (SELECT coalesce(json_agg(json_build_object(
          'id', h.id, 'commentId', h."commentId", 'fromStatus', h."fromStatus", 'toStatus', h."toStatus",
          'reason', h.reason, 'at', to_char(h."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'actor', u.name)
          ORDER BY h."createdAt", h.id), '[]')
        FROM "CommentStatusChange" h LEFT JOIN "User" u ON u.id = h."actorId"
        WHERE h."commentId" = ANY(${ids}::int[])) AS changes,
      (SELECT coalesce(json_agg(json_build_object('commentId', r."commentId", 'reason', r.reason, 'details', r.details)
          ORDER BY r."createdAt" DESC), '[]')
        FROM "CommentReport" r WHERE r."commentId" = ANY(${ids}::int[]) AND r."resolvedAt" IS NULL) AS reports`;

  const parentById = new Map(parents.map((parent) => [parent.id, parent]));
  const standing = new Map(commenters.map((commenter) => [commenter.emailHash, commenter.standing]));
  const counts = new Map<string, Record<CommentStatus, number>>();
  for (const group of authorCounts) {
    const entry = counts.get(group.emailHash) ?? { PENDING: 0, APPROVED: 0, SPAM: 0, TRASH: 0 };
    entry[group.status] = group.count;
    counts.set(group.emailHash, entry);
  }
  const historyOf = groupBy(changes, (change) => change.commentId);
  const reportsOf = groupBy(reports, (report) => report.commentId);

  return rows.map((row) => {
    const parent = row.parentId === null ? undefined : parentById.get(row.parentId);
    const author = counts.get(row.emailHash);
    const signals = readSpamSignals(row.spamSignals);
    const open = reportsOf.get(row.id) ?? [];
    return {
      id: row.id,
      status: row.status,
      createdAt: row.createdAt.toISOString(),
      editedAt: row.editedAt?.toISOString() ?? null,
      body: row.body,
      authorName: row.authorName,
      authorEmail: row.authorEmail,
      emailHash: row.emailHash,
      authorUrl: row.authorUrl,
      ipHash: row.ipHash,
      featured: row.featured,
      staff: row.staffAuthorId !== null,
      reasons: row.reasons,
      spamScore: row.spamScore,
      topSignals: (signals?.signals ?? []).slice(0, TOP_SIGNALS),
      trained: signals?.trained ?? null,
      article: {
        id: row.article.id,
        title: row.article.title,
        href: articleHref(row.article),
        visible: isVisible(row.article, now),
      },
      parent: parent
        ? {
            id: parent.id,
            authorName: parent.authorName,
            excerpt: excerpt(parent.body),
            status: parent.status,
          }
        : null,
      author: {
        approved: author?.APPROVED ?? 0,
        pending: author?.PENDING ?? 0,
        spam: author?.SPAM ?? 0,
        trash: author?.TRASH ?? 0,
        standing: standing.get(row.emailHash) ?? "NORMAL",
      },
      history: (historyOf.get(row.id) ?? []).map((change) => ({
        id: change.id,
        at: change.at,
        from: change.fromStatus,
        to: change.toStatus,
        actor: change.actor,
        reason: change.reason,
      })),
      reports: open.length ? summariseReports(open) : null,
    };
  });
}

function summariseReports(
  open: { reason: ReportReason; details: string }[],
): NonNullable<QueueComment["reports"]> {
  const byReason = new Map<ReportReason, number>();
  for (const report of open) byReason.set(report.reason, (byReason.get(report.reason) ?? 0) + 1);
  return {
    count: open.length,
    byReason: [...byReason].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count),
    details: open.map((report) => report.details).filter(Boolean),
  };
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

function excerpt(body: string): string {
  const flat = body.replace(/\s+/g, " ").trim();
  return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH - 1)}…` : flat;
}
