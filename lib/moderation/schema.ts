// The moderation queue's vocabulary, shared by its page, queries and actions: the tabs, the
// query string (filters and keyset cursor) and its one canonical form, the ids an action takes,
// what each verb does to a comment, and the spam-filter bookkeeping kept in Comment.spamSignals.
// Pure: no I/O, so the page, the actions and the tests agree on it.
import { z } from "zod";
import type { CommentStatus } from "@/lib/generated/prisma/enums";
import type { Label, SpamSignal } from "@/lib/spam";
import { translator } from "@/lib/i18n/messages";

// What moderators read after an action, in the build's language (AdminModerationResults).
const t = translator("AdminModerationResults");

export const QUEUE_PATH = "/admin/comments";
export const QUEUE_PAGE_SIZE = 50;
/** Most comments one action may touch: a page, with room for a page selected twice. */
export const MAX_SELECTION = 200;

export const TABS = [
  { id: "pending", label: "Pending", status: "PENDING" },
  { id: "reported", label: "Reported", status: null },
  { id: "approved", label: "Approved", status: "APPROVED" },
  { id: "spam", label: "Spam", status: "SPAM" },
  { id: "trash", label: "Trash", status: "TRASH" },
] as const satisfies readonly { id: string; label: string; status: CommentStatus | null }[];

export type TabId = (typeof TABS)[number]["id"];
export type TabCounts = Record<TabId, number>;

/**
 * Under a text or author filter the counts cannot come from the counters. When the planner
 * expects at most EXACT_COUNT_LIMIT matches (a rare word or name), one pass over them counts
 * every tab exactly. Beyond that, counting every match of a common word over a million comments
 * would cost a scan per click, so counting stops after COUNT_CAP: for a text filter each tab
 * counts its own matches up to COUNT_CAP (walking the tab newest first, which finds a common
 * word at once); for an author filter one pass stops after COUNT_CAP matches in all. A count that
 * stopped is a lower bound, shown as "N+": two pages of a filter say "many" as well as a larger
 * figure would, and each tab's walk to 500 cost 15 ms of a common word's 18 at a million.
 */
export const COUNT_CAP = 100;

/** The IP hash of a staff reply: posted from the dashboard, it has no reader address to keep. */
export const STAFF_IP_HASH = "staff";
export const EXACT_COUNT_LIMIT = 5000;
/** The tab counts, and the tabs whose count is a lower bound (counting stopped). */
export type QueueCounts = { counts: TabCounts; capped: TabId[] };

export function formatTabCount(count: number, capped: boolean): string {
  return `${count.toLocaleString("en")}${capped ? "+" : ""}`;
}

/**
 * The text filter's words: runs of letters and digits. Each must begin a word of the comment
 * (accents and case ignored, no stemming): "posit" finds "positions", "example" finds
 * "spam.example.com", "l'Ukraine" finds "l’Ukraine". Punctuation only separates words.
 */
export function textFilterWords(q: string): string[] {
  return q.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/** A keyset position in the list, ordered by (createdAt desc, id desc). */
export type QueueCursor = { createdAt: Date; id: number };

export type QueueQuery = {
  tab: TabId;
  /** Only this article's comments. */
  article?: number;
  /** Text in the comment's body. */
  q?: string;
  /** Part of the author's name or email, or their exact email or IP hash. */
  author?: string;
  /** The page after (older than) this position, or before (newer than) it. */
  after?: QueueCursor;
  before?: QueueCursor;
};

type RawQuery = Record<string, string | string[] | undefined> | URLSearchParams;

function single(query: RawQuery, name: string): string | undefined {
  const value = query instanceof URLSearchParams ? (query.get(name) ?? undefined) : query[name];
  return typeof value === "string" ? value : Array.isArray(value) ? value[0] : undefined;
}

function text(value: string | undefined, max: number): string | undefined {
  const trimmed = value?.trim().slice(0, max);
  return trimmed ? trimmed : undefined;
}

export function encodeQueueCursor(cursor: QueueCursor): string {
  return `${cursor.createdAt.getTime()}.${cursor.id}`;
}

export function parseQueueCursor(value: string | undefined): QueueCursor | undefined {
  const match = value && /^(\d{1,15})\.(\d{1,10})$/.exec(value);
  if (!match) return undefined;
  const createdAt = new Date(Number(match[1]));
  return Number.isNaN(createdAt.getTime()) ? undefined : { createdAt, id: Number(match[2]) };
}

/** The queue's query string, leniently: anything malformed falls back to the default. */
export function parseQueueQuery(query: RawQuery): QueueQuery {
  const tab = TABS.find((candidate) => candidate.id === single(query, "tab"))?.id ?? "pending";
  const article = single(query, "article");
  const after = parseQueueCursor(single(query, "after"));
  return {
    tab,
    article: article && /^\d{1,10}$/.test(article) ? Number(article) : undefined,
    q: text(single(query, "q"), 200),
    author: text(single(query, "author"), 254),
    after,
    before: after ? undefined : parseQueueCursor(single(query, "before")),
  };
}

/**
 * The one canonical address of a queue view: links, the forms' return address and the key of
 * a no-JavaScript action result (lib/forms/result.ts) must all spell it the same way.
 */
export function queuePath(query: QueueQuery): string {
  const params = new URLSearchParams({ tab: query.tab });
  if (query.article !== undefined) params.set("article", String(query.article));
  if (query.q) params.set("q", query.q);
  if (query.author) params.set("author", query.author);
  if (query.after) params.set("after", encodeQueueCursor(query.after));
  else if (query.before) params.set("before", encodeQueueCursor(query.before));
  return `${QUEUE_PATH}?${params}`;
}

/** Where an action's result is shown: the view it was posted from (re-parsed, so never elsewhere). */
export function returnPath(returnTo: string | undefined): string {
  if (!returnTo?.startsWith(`${QUEUE_PATH}?`)) return queuePath({ tab: "pending" });
  return queuePath(parseQueueQuery(new URLSearchParams(returnTo.slice(QUEUE_PATH.length + 1))));
}

/**
 * The comments an action applies to: every `ids` field (a checkbox per row, a row's hidden
 * field), each possibly comma-separated. Null when one is not an id or there are too many.
 */
export function selectedIds(selection: Selection): number[] | null {
  const parts = [selection ?? []]
    .flat()
    .flatMap((value) => value.split(","))
    .map((part) => part.trim())
    .filter(Boolean);
  if (!parts.every((part) => /^\d{1,10}$/.test(part))) return null;
  const ids = [...new Set(parts.map(Number))];
  return ids.length > MAX_SELECTION ? null : ids;
}

/** The `ids` fields as sent: one, several (a checkbox per row), or none. */
export type Selection = string | string[] | undefined;

// The selection is checked by the handlers (selectedIds), which tell "nothing selected" from
// "not a valid selection".
export const selectionSchema = z.object({
  ids: z.union([z.string(), z.array(z.string())]).optional(),
  returnTo: z.string().optional(),
});
export const replySchema = selectionSchema.extend({ body: z.string().optional() });

// ——— What each verb does to a comment's status ———

export type StatusVerb = "approve" | "spam" | "notSpam" | "trash" | "restore";

/** What the filter has learned from this comment (kept in spamSignals.trained). */
export type Training = Label | null;

export type CommentState = {
  status: CommentStatus;
  /** It has reports no moderator has dealt with yet. */
  reported: boolean;
  /** The status it had before its current one (from its history), for restore. */
  previousStatus: CommentStatus | null;
};

export type Plan =
  | {
      kind: "change";
      to: CommentStatus;
      /** What the filter should have learned afterwards; undefined leaves it as it is. */
      training?: Training;
      resolveReports: boolean;
    }
  | { kind: "skip"; reason: string };

const SKIP = {
  approved: t("skip_approved"),
  spam: t("skip_spam"),
  trashed: t("skip_trashed"),
  notSpam: t("skip_notSpam"),
  notRemoved: t("skip_notRemoved"),
} as const;

/**
 * The transition `verb` makes from `state`. Moderator decisions teach the filter: approving
 * and "not spam" say ham, spam says spam; restore undoes a spam decision; trash says nothing
 * about spam. Approving an approved comment that readers reported dismisses the reports.
 */
export function planStatusChange(verb: StatusVerb, state: CommentState): Plan {
  const { status } = state;
  switch (verb) {
    case "approve":
      if (status === "APPROVED") {
        return state.reported
          ? { kind: "change", to: "APPROVED", resolveReports: true }
          : { kind: "skip", reason: SKIP.approved };
      }
      return { kind: "change", to: "APPROVED", training: "ham", resolveReports: true };
    case "notSpam":
      return status === "SPAM"
        ? { kind: "change", to: "APPROVED", training: "ham", resolveReports: true }
        : { kind: "skip", reason: SKIP.notSpam };
    case "spam":
      return status === "SPAM"
        ? { kind: "skip", reason: SKIP.spam }
        : { kind: "change", to: "SPAM", training: "spam", resolveReports: true };
    case "trash":
      return status === "TRASH"
        ? { kind: "skip", reason: SKIP.trashed }
        : { kind: "change", to: "TRASH", resolveReports: true };
    case "restore": {
      if (status !== "SPAM" && status !== "TRASH") return { kind: "skip", reason: SKIP.notRemoved };
      const previous = state.previousStatus;
      const to = previous === "APPROVED" || previous === "PENDING" ? previous : "PENDING";
      return { kind: "change", to, training: status === "SPAM" ? null : undefined, resolveReports: false };
    }
  }
}

// ——— Spam-filter bookkeeping in Comment.spamSignals ———

/**
 * Comment.spamSignals: the classification stored at submission ({ signals, tokens }), plus
 * `trained`, what moderators' decisions taught the filter from these exact tokens, so that a
 * reversed decision unlearns exactly what was learned.
 */
export type StoredSpamSignals = { signals: SpamSignal[]; tokens: string[]; trained: Training };

const storedSignals = z.object({
  signals: z.array(z.object({ token: z.string(), probability: z.number() })).catch([]),
  tokens: z.array(z.string()).catch([]),
  trained: z.enum(["spam", "ham"]).nullable().catch(null),
});

export function readSpamSignals(value: unknown): StoredSpamSignals | null {
  const parsed = storedSignals.safeParse(value ?? undefined);
  return parsed.success ? parsed.data : null;
}

/** How the training of the filter moves from `from` to `to`, as calls to lib/spam. */
export function trainingSteps(from: Training, to: Training): { unlearn?: Label; learn?: Label } {
  if (from === to) return {};
  return { ...(from ? { unlearn: from } : {}), ...(to ? { learn: to } : {}) };
}

// ——— Messages ———

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

export const VERB_DONE: Record<StatusVerb, string> = {
  approve: t("done_approve"),
  spam: t("done_spam"),
  notSpam: t("done_notSpam"),
  trash: t("done_trash"),
  restore: t("done_restore"),
};

/** The ActionState message for a batch: what was done (label, count), and what was skipped and why. */
export function batchMessage(
  done: [label: string, count: number][],
  skipped: Map<string, number>,
  noun: "comment" | "author" = "comment",
): string {
  const parts = done
    .filter(([, count]) => count > 0)
    .map(([label, count]) => t("done", { label, count, noun }));
  for (const [reason, count] of skipped) parts.push(t("skipped", { reason, count, noun }));
  return parts.join(" ") || t("nothing");
}

// ——— Which verbs a view offers ———

export type Verb =
  StatusVerb | "delete" | "feature" | "unfeature" | "ban" | "premoderate" | "resetStanding" | "reply";

/** The buttons of one comment, by its status (the actions check again on the server). */
export function commentVerbs(comment: {
  status: CommentStatus;
  featured: boolean;
  reported: boolean;
}): Verb[] {
  switch (comment.status) {
    case "PENDING":
      return ["approve", "spam", "trash"];
    case "APPROVED":
      return [
        ...(comment.reported ? (["approve"] as const) : []),
        comment.featured ? "unfeature" : "feature",
        "spam",
        "trash",
      ];
    case "SPAM":
      return ["notSpam", "restore", "trash"];
    case "TRASH":
      return ["restore", "spam", "delete"];
  }
}

/** The buttons for a selection in a tab. */
export function bulkVerbs(tab: TabId): Verb[] {
  const byTab: Record<TabId, Verb[]> = {
    pending: ["approve", "spam", "trash"],
    reported: ["approve", "spam", "trash"],
    approved: ["feature", "unfeature", "spam", "trash"],
    spam: ["notSpam", "restore", "trash"],
    trash: ["restore", "spam", "delete"],
  };
  return [...byTab[tab], "ban", "premoderate", "resetStanding"];
}

/** The standings an author can be moved to from theirs. */
export function standingVerbs(standing: "NORMAL" | "PREMODERATED" | "BANNED"): Verb[] {
  const verbs: Record<typeof standing, Verb> = {
    BANNED: "ban",
    PREMODERATED: "premoderate",
    NORMAL: "resetStanding",
  };
  return (["BANNED", "PREMODERATED", "NORMAL"] as const)
    .filter((target) => target !== standing)
    .map((target) => verbs[target]);
}
