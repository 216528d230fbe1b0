// "What would these rules have done?": re-runs the moderation pipeline (pure) with candidate
// settings over the latest reader comments, rebuilt from what was stored, and compares with
// their current status. Approximations, also stated on the settings page:
// - it runs moderate({ action: "PREVIEW" }): the phases that judge the moment of submission
//   (bot traps: honeypot, time to submit; flood and duplicate checks) judge NEW comments only;
// - the IP address is not stored (only its hash), so disallowed keys matching an IP never match;
// - the spam verdict is the stored score and signals (the comment is not classified again);
// - the author's history is today's counts, this comment left out; their standing is today's.
//   Unlike NEW and EDIT (which count only approvals proven by the commenter's own browser),
//   approvals are counted by email: staff see this page, and no browser is involved;
// - "comments closed" is judged at the time the comment was posted, by the article's closing
//   date and the close-after-days rule; an editor switching an article's comments off later is
//   not held against the comments it already had (that switch has no date).
// Staff replies are left out: they are not moderated.
import "server-only";
import { db } from "@/lib/db";
import type { CommentStatus } from "@/lib/generated/prisma/enums";
import { moderate, type PreviewRequest } from "@/lib/moderation/moderate";
import { phasesFor, PHASES } from "@/lib/moderation/pipeline";
import type { ModerationSettings } from "@/lib/moderation/types";

export const PREVIEW_SIZE = 200;

/** Phases that judge the act of submitting, which stored comments cannot replay. */
export const SKIPPED_PHASES = PHASES.filter((phase) => !phasesFor("PREVIEW").includes(phase)).map(
  (phase) => phase.name,
);

/** A stored comment, ready to be moderated again under any settings. */
export type ReplayableComment = {
  id: number;
  status: CommentStatus;
  articleTitle: string;
  authorName: string;
  excerpt: string;
  context: PreviewRequest["context"];
};

/** "Refused": the comment would not have been accepted at all (e.g. comments closed). */
export type PreviewStatus = CommentStatus | "REFUSED";

export type PreviewRow = {
  id: number;
  articleTitle: string;
  authorName: string;
  excerpt: string;
  current: CommentStatus;
  wouldBe: PreviewStatus;
  /** Why: the deciding phase's reason. */
  reason: string;
  /** True when the saved settings would have decided otherwise: this change causes it. */
  causedByChange: boolean;
};

export type ModerationPreview = {
  examined: number;
  changed: number;
  causedByChange: number;
  transitions: { from: CommentStatus; to: PreviewStatus; count: number }[];
  rows: PreviewRow[];
};

const EXCERPT_LENGTH = 140;

function excerpt(body: string): string {
  const text = body.replace(/\s+/g, " ").trim();
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1)}…` : text;
}

type StoredSignals = { signals?: { token: string; probability: number }[] } | null;

/** The latest `limit` reader comments with what the pipeline looks at, newest first. */
export async function loadReplayableComments(limit = PREVIEW_SIZE): Promise<ReplayableComment[]> {
  const rows = await db.comment.findMany({
    where: { staffAuthorId: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      status: true,
      body: true,
      authorName: true,
      authorEmail: true,
      authorUrl: true,
      emailHash: true,
      userAgent: true,
      spamScore: true,
      spamSignals: true,
      createdAt: true,
      article: { select: { title: true, commentsCloseAt: true, publishedAt: true } },
    },
  });
  const hashes = [...new Set(rows.map((row) => row.emailHash))];
  const [counts, commenters] = await Promise.all([
    db.comment.groupBy({
      by: ["emailHash", "status"],
      where: { emailHash: { in: hashes }, status: { in: ["APPROVED", "SPAM"] } },
      _count: { _all: true },
    }),
    db.commenter.findMany({
      where: { emailHash: { in: hashes } },
      select: { emailHash: true, standing: true },
    }),
  ]);
  const countOf = (hash: string, status: CommentStatus) =>
    counts.find((row) => row.emailHash === hash && row.status === status)?._count._all ?? 0;
  const standingOf = new Map(commenters.map((row) => [row.emailHash, row.standing]));
  return rows.map((row) => ({
    id: row.id,
    status: row.status,
    articleTitle: row.article.title,
    authorName: row.authorName,
    excerpt: excerpt(row.body),
    context: {
      comment: {
        body: row.body,
        authorName: row.authorName,
        authorEmail: row.authorEmail,
        authorUrl: row.authorUrl,
        ip: "",
        userAgent: row.userAgent,
      },
      submission: null,
      article: {
        commentsOpen: true,
        commentsCloseAt: row.article.commentsCloseAt,
        publishedAt: row.article.publishedAt,
      },
      // History as it stands today, without this comment itself.
      author: {
        approved: countOf(row.emailHash, "APPROVED") - (row.status === "APPROVED" ? 1 : 0),
        spam: countOf(row.emailHash, "SPAM") - (row.status === "SPAM" ? 1 : 0),
        standing: standingOf.get(row.emailHash) ?? "NORMAL",
      },
      spam:
        row.spamScore === null
          ? null
          : { score: row.spamScore, signals: (row.spamSignals as StoredSignals)?.signals ?? [] },
      now: row.createdAt,
    },
  }));
}

function decide(
  comment: ReplayableComment,
  settings: ModerationSettings,
): { status: PreviewStatus; reason: string } {
  const outcome = moderate({ action: "PREVIEW", context: comment.context, settings });
  if (outcome.kind === "refused")
    return { status: "REFUSED", reason: outcome.reasons.at(-1) ?? outcome.refusal.message };
  return { status: outcome.status, reason: outcome.reasons.at(-1) ?? outcome.decidedBy };
}

/** Pure: what `candidate` would do to `comments`, against their current status and the saved settings. */
export function previewModeration(
  comments: readonly ReplayableComment[],
  candidate: ModerationSettings,
  saved: ModerationSettings,
): ModerationPreview {
  const rows: PreviewRow[] = [];
  for (const comment of comments) {
    const next = decide(comment, candidate);
    if (next.status === comment.status) continue;
    rows.push({
      id: comment.id,
      articleTitle: comment.articleTitle,
      authorName: comment.authorName,
      excerpt: comment.excerpt,
      current: comment.status,
      wouldBe: next.status,
      reason: next.reason,
      causedByChange: decide(comment, saved).status !== next.status,
    });
  }
  const transitions = new Map<string, { from: CommentStatus; to: PreviewStatus; count: number }>();
  for (const row of rows) {
    const key = `${row.current}>${row.wouldBe}`;
    const entry = transitions.get(key) ?? { from: row.current, to: row.wouldBe, count: 0 };
    entry.count++;
    transitions.set(key, entry);
  }
  // The changes this edit causes first; the rest (moderators' decisions since) after.
  rows.sort((a, b) => Number(b.causedByChange) - Number(a.causedByChange));
  return {
    examined: comments.length,
    changed: rows.length,
    causedByChange: rows.filter((row) => row.causedByChange).length,
    transitions: [...transitions.values()].sort((a, b) => b.count - a.count),
    rows,
  };
}
