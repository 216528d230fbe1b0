// The audit log page: newest first, 50 at a time by keyset (createdAt, id), filtered by actor,
// action family, target and date range (days on the newsroom's clock), with each target
// resolved to something a person can follow (the article's editor, the comment's permalink,
// the account on the Users page).
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseNewsroomDateTime, nextDay } from "@/lib/site/newsroom-time";
import { formatDateTime } from "@/lib/site/format";

export const AUDIT_PAGE_SIZE = 50;

/** Action families of the filter, by the prefix of the action name. */
export const ACTION_FAMILIES = {
  article: { label: "Articles", prefixes: ["article."] },
  comment: { label: "Comments and commenters", prefixes: ["comment.", "commenter."] },
  pick: { label: "Editor's Pick and home lead", prefixes: ["pick.", "home."] },
  user: { label: "Users", prefixes: ["user."] },
  settings: { label: "Settings", prefixes: ["settings."] },
  signIn: { label: "Sign-ins", prefixes: ["auth."] },
} as const;
export type ActionFamily = keyof typeof ACTION_FAMILIES;

export const TARGET_TYPES = [
  "article",
  "comment",
  "commenter",
  "pick",
  "user",
  "settings",
  "page",
  "import",
] as const;

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => parseNewsroomDateTime(value) !== null);
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional()).catch(undefined);

/** Filters from the query string; anything malformed is ignored rather than an error page. */
const filtersSchema = z.object({
  actor: optional(z.coerce.number().int().positive()),
  action: optional(z.enum(Object.keys(ACTION_FAMILIES) as [ActionFamily, ...ActionFamily[]])),
  targetType: optional(z.enum(TARGET_TYPES)),
  targetId: optional(z.string().trim().max(64)),
  from: optional(day),
  to: optional(day),
  before: optional(z.string().max(80)),
});
export type AuditFilters = z.output<typeof filtersSchema>;

export function parseAuditFilters(query: Record<string, string | string[] | undefined>): AuditFilters {
  const single = Object.fromEntries(
    Object.entries(query).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
  return filtersSchema.parse(single);
}

/** The query string of a filtered page (cursor included when given). */
export function auditQuery(filters: AuditFilters, before?: string | null): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, before: before ?? undefined }))
    if (value !== undefined && value !== "") params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : "";
}

type Cursor = { createdAt: Date; id: number };

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(`${cursor.createdAt.toISOString()}_${cursor.id}`).toString("base64url");
}

function decodeCursor(value: string | undefined): Cursor | undefined {
  if (!value) return undefined;
  const match = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)_(\d{1,10})$/.exec(
    Buffer.from(value, "base64url").toString("utf8"),
  );
  return match ? { createdAt: new Date(match[1]!), id: Number(match[2]) } : undefined;
}

function whereOf(filters: AuditFilters): Prisma.AuditEntryWhereInput {
  const and: Prisma.AuditEntryWhereInput[] = [];
  if (filters.actor) and.push({ actorId: filters.actor });
  if (filters.action)
    and.push({
      OR: ACTION_FAMILIES[filters.action].prefixes.map((prefix) => ({ action: { startsWith: prefix } })),
    });
  if (filters.targetType) and.push({ targetType: filters.targetType });
  if (filters.targetId) and.push({ targetId: filters.targetId });
  if (filters.from) and.push({ createdAt: { gte: parseNewsroomDateTime(filters.from)! } });
  if (filters.to) and.push({ createdAt: { lt: parseNewsroomDateTime(nextDay(filters.to))! } });
  const cursor = decodeCursor(filters.before);
  if (cursor)
    and.push({
      OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }],
    });
  return { AND: and };
}

export type AuditTarget = { type: string; id: string | null; label: string; href: string | null };

export type AuditRow = {
  id: number;
  at: string;
  /** `at` on the newsroom's clock. */
  when: string;
  actor: string;
  action: string;
  target: AuditTarget;
  /** Pretty-printed JSON, shown as text. */
  details: string | null;
};

export type AuditPage = { rows: AuditRow[]; nextCursor: string | null };

export async function getAuditPage(filters: AuditFilters): Promise<AuditPage> {
  const entries = await db.auditEntry.findMany({
    where: whereOf(filters),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: AUDIT_PAGE_SIZE + 1,
    select: {
      id: true,
      createdAt: true,
      action: true,
      targetType: true,
      targetId: true,
      details: true,
      actor: { select: { name: true, email: true } },
    },
  });
  const page = entries.slice(0, AUDIT_PAGE_SIZE);
  const describe = await targetDescriber(page);
  const last = entries.length > AUDIT_PAGE_SIZE ? page.at(-1) : undefined;
  return {
    rows: page.map((entry) => ({
      id: entry.id,
      at: entry.createdAt.toISOString(),
      when: formatDateTime(entry.createdAt.toISOString()),
      actor: entry.actor ? entry.actor.name : "System",
      action: entry.action,
      target: describe(entry.targetType, entry.targetId),
      details: entry.details === null ? null : JSON.stringify(entry.details, null, 2),
    })),
    nextCursor: last ? encodeCursor(last) : null,
  };
}

const numericIds = (entries: { targetType: string; targetId: string | null }[], types: string[]) => [
  ...new Set(
    entries
      .filter((entry) => types.includes(entry.targetType) && /^\d{1,10}$/.test(entry.targetId ?? ""))
      .map((entry) => Number(entry.targetId)),
  ),
];

/** Loads the page's targets in three queries; returns how to describe each one. */
async function targetDescriber(entries: { targetType: string; targetId: string | null }[]) {
  const [articles, comments, users] = await Promise.all([
    db.article.findMany({
      where: { id: { in: numericIds(entries, ["article", "pick"]) } },
      select: { id: true, title: true },
    }),
    db.comment.findMany({
      where: { id: { in: numericIds(entries, ["comment"]) } },
      select: { id: true, authorName: true, article: { select: { title: true } } },
    }),
    db.user.findMany({
      where: { id: { in: numericIds(entries, ["user"]) } },
      select: { id: true, name: true },
    }),
  ]);
  const article = new Map(articles.map((row) => [String(row.id), row]));
  const comment = new Map(comments.map((row) => [String(row.id), row]));
  const user = new Map(users.map((row) => [String(row.id), row]));
  return (type: string, id: string | null): AuditTarget => {
    const known =
      id === null
        ? undefined
        : { article: article.get(id), pick: article.get(id), comment: comment.get(id), user: user.get(id) }[
            type
          ];
    if (type === "settings") return { type, id, label: "Discussion settings", href: "/admin/settings" };
    if (type === "pick" && id === null)
      return { type, id, label: "Editor's Pick list", href: "/admin/picks" };
    if (!known) return { type, id, label: id === null ? type : `${type} ${id}`, href: null };
    // Articles (and picks, which target their article) open in the article editor, drafts included.
    if ("title" in known) return { type, id, label: known.title, href: `/admin/articles/${id}` };
    if ("authorName" in known)
      return {
        type,
        id,
        label: `comment ${id} by ${known.authorName} on “${known.article.title}”`,
        href: `/comment/${id}`,
      };
    return { type, id, label: known.name, href: `/admin/users#user-${id}` };
  };
}

/** Everyone who can appear as an actor, for the filter. */
export function auditActors(): Promise<{ id: number; name: string }[]> {
  return db.user.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}
