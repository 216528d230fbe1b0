// The one entry point of comment moderation, Coral-style: `moderate({ action, … })` builds the
// context once — the article's state, the author's history (counted the same privacy-safe way
// for every action), the settings and the spam verdict — and runs the phases that apply to the
// action (pipeline.ts). NEW is a reader's new comment, EDIT an author's edit of their own
// comment; PREVIEW replays stored comments under candidate settings, with the context the
// settings preview rebuilt from what was stored (lib/settings/preview.ts).
import "server-only";
import { db } from "@/lib/db";
import { translator } from "@/lib/i18n/messages";
import { isVisible } from "@/lib/articles/visibility";
import { emailHash } from "@/lib/comments/identity";
import { loadDiscussionSettings } from "@/lib/settings/discussion";
import type { CommentStatus } from "@/lib/generated/prisma/enums";
import { classifyComment, type SpamClassification } from "@/lib/spam";
import { akismetConfig, commentCheck } from "@/lib/spam/akismet";
import { runPipeline } from "./pipeline";
import type {
  AkismetOpinion,
  ModerationContext,
  ModerationOutcome,
  ModerationSettings,
  Refusal,
} from "./types";

/** Who is asking, as the server knows it. The raw address is matched, never stored. */
export type Browser = {
  ip: string;
  ipHash: string;
  userAgent: string | null;
  /** The comments this browser posted (its signed cookie): the only proof of who it is. */
  ownCommentIds: readonly number[];
};

export type NewCommentRequest = {
  action: "NEW";
  articleId: number;
  comment: { body: string; authorName: string; authorEmail: string; authorUrl: string | null };
  /** Filled only by bots (hidden field). */
  honeypot: string;
  /** Milliseconds between the form being shown and submitted; null when unknown. */
  elapsedMs: number | null;
  browser: Browser;
  now: Date;
};

export type EditRequest = {
  action: "EDIT";
  commentId: number;
  body: string;
  browser: Browser;
  now: Date;
};

export type PreviewRequest = {
  action: "PREVIEW";
  /** A stored comment's context, rebuilt without its settings. */
  context: Omit<ModerationContext, "action" | "settings">;
  settings: ModerationSettings;
};

const ARTICLE_STATE = {
  id: true,
  status: true,
  publishedAt: true,
  commentsOpen: true,
  commentsCloseAt: true,
} as const;

type ArticleState = {
  id: number;
  status: string;
  publishedAt: Date | null;
  commentsOpen: boolean;
  commentsCloseAt: Date | null;
};

/** The comment being edited, as stored (what EDIT callers need to save the new version). */
export type EditedComment = {
  id: number;
  articleId: number;
  status: CommentStatus;
  spamSignals: unknown;
};

type Moderated = ModerationOutcome & { spam: SpamClassification | null; settings: ModerationSettings };

export type NewCommentModeration =
  | { kind: "refused"; refusal: Refusal }
  | (Moderated & { article: ArticleState; emailHash: string; threadDepth: number });

export type EditModeration = { kind: "refused"; refusal: Refusal } | (Moderated & { comment: EditedComment });

const t = translator("CommentErrors");

export const NOT_AVAILABLE = t("articleUnavailable");
export const NOT_YOURS = t("notYours");
export const NOT_EDITABLE = t("notEditable");

export function moderate(request: NewCommentRequest): Promise<NewCommentModeration>;
export function moderate(request: EditRequest): Promise<EditModeration>;
export function moderate(request: PreviewRequest): ModerationOutcome;
export function moderate(
  request: NewCommentRequest | EditRequest | PreviewRequest,
): Promise<NewCommentModeration | EditModeration> | ModerationOutcome {
  switch (request.action) {
    case "NEW":
      return moderateNew(request);
    case "EDIT":
      return moderateEdit(request);
    case "PREVIEW":
      return runPipeline({ ...request.context, action: "PREVIEW", settings: request.settings });
  }
}

const refused = (message: string) => ({ kind: "refused", refusal: { message } }) as const;

/**
 * The author's history, the same for every action: spam and standing by email hash, approved
 * comments only among those this browser posted (never the one being edited). Anyone can type
 * anyone's email; an instant approval must not tell them that person has commented before.
 */
async function authorHistory(hash: string, browser: Browser, excludeId?: number) {
  const ownIds = browser.ownCommentIds.filter((id) => id !== excludeId);
  const [approved, spam, commenter] = await Promise.all([
    ownIds.length
      ? db.comment.count({ where: { emailHash: hash, status: "APPROVED", id: { in: ownIds } } })
      : 0,
    db.comment.count({
      where: { emailHash: hash, status: "SPAM", ...(excludeId ? { id: { not: excludeId } } : {}) },
    }),
    db.commenter.findUnique({ where: { emailHash: hash }, select: { standing: true } }),
  ]);
  return { approved, spam, standing: commenter?.standing ?? ("NORMAL" as const) };
}

/** The spam verdict; the filter failing never loses a comment (the pipeline then holds it). */
async function spamVerdict(
  comment: ModerationContext["comment"],
  elapsedMs: number | null,
  history: { approved: number; spam: number },
): Promise<SpamClassification | null> {
  return classifyComment({ ...comment, elapsedMs, history }).catch(() => null);
}

/**
 * Runs the pipeline; when the site uses Akismet and the comment was held only because the
 * local spam score is in the grey zone, asks Akismet and runs it again with its answer.
 */
async function run(context: ModerationContext, verdict: SpamClassification | null): Promise<Moderated> {
  let outcome = runPipeline(context);
  const config = akismetConfig();
  if (
    config &&
    outcome.kind === "decided" &&
    outcome.decidedBy === "spam-score" &&
    outcome.status === "PENDING" &&
    context.spam
  ) {
    const { comment } = context;
    const akismet: AkismetOpinion = await commentCheck(config, {
      userIp: comment.ip,
      userAgent: comment.userAgent,
      authorName: comment.authorName,
      authorEmail: comment.authorEmail,
      authorUrl: comment.authorUrl,
      body: comment.body,
      date: context.now,
    }).catch((error: Error) => ({ error: error.message }));
    outcome = runPipeline({ ...context, akismet });
  }
  return { ...outcome, spam: verdict, settings: context.settings };
}

async function moderateNew(request: NewCommentRequest): Promise<NewCommentModeration> {
  const { browser, now } = request;
  const [article, settings] = await Promise.all([
    db.article.findUnique({ where: { id: request.articleId }, select: ARTICLE_STATE }),
    loadDiscussionSettings(),
  ]);
  if (!article || !isVisible(article, now)) return refused(NOT_AVAILABLE);
  const hash = emailHash(request.comment.authorEmail);
  const [author, last, duplicate] = await Promise.all([
    authorHistory(hash, browser),
    db.comment.findFirst({
      where: { OR: [{ ipHash: browser.ipHash }, { emailHash: hash }] },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true },
    }),
    db.comment.findFirst({
      where: { articleId: article.id, body: request.comment.body },
      select: { id: true },
    }),
  ]);
  const comment = { ...request.comment, ip: browser.ip, userAgent: browser.userAgent };
  const verdict = await spamVerdict(comment, request.elapsedMs, author);
  const outcome = await run(
    {
      action: "NEW",
      comment,
      submission: {
        honeypot: request.honeypot,
        elapsedMs: request.elapsedMs,
        lastCommentAt: last?.createdAt ?? null,
        duplicate: Boolean(duplicate),
      },
      article,
      author,
      spam: verdict && { score: verdict.score, signals: verdict.signals },
      settings,
      now,
    },
    verdict,
  );
  return { ...outcome, article, emailHash: hash, threadDepth: settings.threadDepth };
}

async function moderateEdit(request: EditRequest): Promise<EditModeration> {
  const { browser, now } = request;
  // Only the browser that posted it may edit it: checked before anything is read.
  if (!browser.ownCommentIds.includes(request.commentId)) return refused(NOT_YOURS);
  const [stored, settings] = await Promise.all([
    db.comment.findUnique({
      where: { id: request.commentId },
      select: {
        id: true,
        articleId: true,
        status: true,
        spamSignals: true,
        createdAt: true,
        staffAuthorId: true,
        authorName: true,
        authorEmail: true,
        authorUrl: true,
        emailHash: true,
        userAgent: true,
        article: { select: ARTICLE_STATE },
      },
    }),
    loadDiscussionSettings(),
  ]);
  if (!stored || stored.staffAuthorId !== null || stored.status === "SPAM" || stored.status === "TRASH")
    return refused(NOT_EDITABLE);
  if (now.getTime() - stored.createdAt.getTime() > settings.editWindowMinutes * 60_000)
    return refused(t("editWindowPassed", { minutes: settings.editWindowMinutes }));
  if (!isVisible(stored.article, now)) return refused(NOT_AVAILABLE);

  const author = await authorHistory(stored.emailHash, browser, stored.id);
  const comment = {
    body: request.body,
    authorName: stored.authorName,
    authorEmail: stored.authorEmail,
    authorUrl: stored.authorUrl,
    ip: browser.ip,
    userAgent: stored.userAgent,
  };
  const verdict = await spamVerdict(comment, null, author);
  const outcome = await run(
    {
      action: "EDIT",
      comment,
      submission: null,
      article: stored.article,
      author,
      spam: verdict && { score: verdict.score, signals: verdict.signals },
      settings,
      now,
    },
    verdict,
  );
  return {
    ...outcome,
    comment: {
      id: stored.id,
      articleId: stored.articleId,
      status: stored.status,
      spamSignals: stored.spamSignals,
    },
  };
}
