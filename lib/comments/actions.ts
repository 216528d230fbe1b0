"use server";
// Reader comment actions: post (and reply), edit one's own comment, report a comment. Each
// parses with zod, checks origin and rate limits, writes, and refreshes the cache tags it
// touched. Usable as plain HTML form posts (no JavaScript) and from the enhanced form.
import { cookies, headers } from "next/headers";
import { updateTag } from "next/cache";
import { db } from "@/lib/db";
import { moderate } from "@/lib/moderation/pipeline";
import { LIMITS, consume } from "@/lib/security/rate-limit";
import { clientIp, hashIp, isSameOrigin } from "@/lib/security/request";
import { readSpamSignals } from "@/lib/moderation/schema";
import { classifyComment, untrain } from "@/lib/spam";
import {
  FORM_SEEN_COOKIE,
  elapsedSinceForm,
  ownCommentIds,
  rememberOwnComment,
  saveCommenter,
} from "./cookies";
import { respondWith } from "@/lib/forms/result";
import { respondPath } from "./permalinks";
import { COMMENT_FIELDS, commentSchema, editSchema, reportSchema, type CommentField } from "./schema";
import { loadDiscussionSettings } from "./settings";
import { submitComment } from "./submit";

export type CommentFormValues = {
  authorName: string;
  authorEmail: string;
  authorUrl: string;
  body: string;
  remember: boolean;
};

export type CommentFormState = {
  status: "idle" | "error" | "posted";
  message?: string;
  fieldErrors?: Partial<Record<CommentField, string>>;
  /** What was submitted, so a failed attempt keeps everything typed. */
  values?: CommentFormValues;
  posted?: {
    id: number;
    status: "APPROVED" | "PENDING" | "SPAM" | "TRASH";
    authorName: string;
    body: string;
    createdAt: string;
  };
};

const UNVERIFIED = "We could not verify where this form was sent from. Please reload the page and try again.";

function valuesOf(form: FormData): CommentFormValues {
  const text = (name: string) => String(form.get(name) ?? "");
  return {
    authorName: text("authorName"),
    authorEmail: text("authorEmail"),
    authorUrl: text("authorUrl"),
    body: text("body"),
    remember: form.get("remember") === "on",
  };
}

const idField = (form: FormData, name: string) => {
  const value = Number(form.get(name));
  return Number.isSafeInteger(value) && value > 0 ? value : undefined;
};

export async function postComment(_previous: CommentFormState, form: FormData): Promise<CommentFormState> {
  const target = respondPath(idField(form, "articleId") ?? 0, { replyTo: idField(form, "parentId") });
  return respondWith(await postCommentState(form), target);
}

async function postCommentState(form: FormData): Promise<CommentFormState> {
  const values = valuesOf(form);
  const requestHeaders = await headers();
  if (!isSameOrigin(requestHeaders)) return { status: "error", message: UNVERIFIED, values };

  const parsed = commentSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) {
    const fieldErrors: Partial<Record<CommentField, string>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as CommentField;
      if (COMMENT_FIELDS.includes(field)) fieldErrors[field] ??= issue.message;
    }
    return { status: "error", message: "Please correct the highlighted fields.", fieldErrors, values };
  }
  const input = parsed.data;
  const ip = clientIp(requestHeaders);
  const wait = await consume(LIMITS.comment(), hashIp(ip));
  if (wait)
    return {
      status: "error",
      message: `You have posted many comments in a short time. Please wait ${Math.ceil(wait / 60)} minute(s) and try again.`,
      values,
    };

  const now = new Date();
  const jar = await cookies();
  const outcome = await submitComment(input, {
    ip,
    ipHash: hashIp(ip),
    userAgent: requestHeaders.get("user-agent"),
    elapsedMs: elapsedSinceForm(input.elapsedMs, jar.get(FORM_SEEN_COOKIE)?.value, now.getTime()),
    ownCommentIds: ownCommentIds(jar),
    now,
  });
  if (outcome.kind === "refused") {
    const { field, message } = outcome.refusal;
    return { status: "error", message, fieldErrors: field ? { [field]: message } : undefined, values };
  }

  rememberOwnComment(jar, outcome.comment.id);
  saveCommenter(
    jar,
    input.remember ? { name: input.authorName, email: input.authorEmail, url: input.authorUrl ?? "" } : null,
  );
  updateTag(`comments:${outcome.comment.articleId}`);
  const { comment } = outcome;
  return {
    status: "posted",
    posted: {
      id: comment.id,
      status: comment.status,
      authorName: comment.authorName,
      body: comment.body,
      createdAt: comment.createdAt.toISOString(),
    },
    // The form empties its comment box but keeps who is commenting.
    values: { ...values, body: "" },
  };
}

export type EditState = {
  status: "idle" | "error" | "saved";
  message?: string;
  body?: string;
  commentStatus?: string;
};

/** A commenter edits their own comment, from the same browser, within the edit window; it is moderated again. */
export async function editComment(_previous: EditState, form: FormData): Promise<EditState> {
  return respondWith(
    await editCommentState(form),
    respondPath(idField(form, "articleId") ?? 0, { edit: idField(form, "commentId") }),
  );
}

async function editCommentState(form: FormData): Promise<EditState> {
  const body = String(form.get("body") ?? "");
  const requestHeaders = await headers();
  if (!isSameOrigin(requestHeaders)) return { status: "error", message: UNVERIFIED, body };
  const parsed = editSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success)
    return {
      status: "error",
      message: parsed.error.issues[0]?.message ?? "Please check your comment.",
      body,
    };
  const jar = await cookies();
  const { commentId } = parsed.data;
  if (!ownCommentIds(jar).includes(commentId))
    return {
      status: "error",
      message: "You can only edit your own comments, from the browser you posted them with.",
      body,
    };
  const ip = clientIp(requestHeaders);
  if (await consume(LIMITS.comment(), hashIp(ip)))
    return { status: "error", message: "Too many changes in a short time. Please wait a few minutes.", body };

  const [comment, settings] = await Promise.all([
    db.comment.findUnique({
      where: { id: commentId },
      include: { article: { select: { commentsOpen: true, commentsCloseAt: true, publishedAt: true } } },
    }),
    loadDiscussionSettings(),
  ]);
  const now = new Date();
  if (!comment || comment.status === "SPAM" || comment.status === "TRASH")
    return { status: "error", message: "This comment can no longer be edited.", body };
  if (now.getTime() - comment.createdAt.getTime() > settings.editWindowMinutes * 60_000) {
    return {
      status: "error",
      message: `Comments can be edited for ${settings.editWindowMinutes} minutes after posting; that time has passed.`,
      body,
    };
  }
  const [approved, spam, commenter] = await Promise.all([
    db.comment.count({
      where: { emailHash: comment.emailHash, status: "APPROVED", id: { not: comment.id } },
    }),
    db.comment.count({ where: { emailHash: comment.emailHash, status: "SPAM" } }),
    db.commenter.findUnique({ where: { emailHash: comment.emailHash }, select: { standing: true } }),
  ]);
  const verdict = await classifyComment({
    body: parsed.data.body,
    authorName: comment.authorName,
    authorEmail: comment.authorEmail,
    authorUrl: comment.authorUrl,
    userAgent: comment.userAgent,
    elapsedMs: null,
    history: { approved, spam },
  }).catch(() => null);
  const outcome = moderate({
    // An edit is not a new submission: no bot-trap timing, flood or duplicate checks.
    comment: {
      body: parsed.data.body,
      authorName: comment.authorName,
      authorEmail: comment.authorEmail,
      authorUrl: comment.authorUrl,
      ip,
      userAgent: comment.userAgent,
      honeypot: "",
      elapsedMs: Number.MAX_SAFE_INTEGER,
    },
    article: comment.article,
    author: { approved, spam, standing: commenter?.standing ?? "NORMAL" },
    recent: { lastCommentAt: null, duplicate: false },
    spam: verdict && { score: verdict.score, signals: verdict.signals },
    settings,
    now,
  });
  if (outcome.kind === "refused") return { status: "error", message: outcome.refusal.message, body };
  // The text changed: what moderators taught the filter from the old text no longer applies.
  const previous = readSpamSignals(comment.spamSignals);
  if (previous?.trained) await untrain({ tokens: previous.tokens }, previous.trained);
  await db.comment.update({
    where: { id: comment.id },
    data: {
      body: parsed.data.body,
      editedAt: now,
      status: outcome.status,
      reasons: ["edited by its author", ...outcome.reasons],
      spamScore: verdict?.score ?? null,
      spamSignals: verdict ? { signals: verdict.signals, tokens: verdict.tokens } : undefined,
      statusChanges: {
        create: {
          fromStatus: comment.status,
          toStatus: outcome.status,
          reason: `edited by its author: ${outcome.reasons.join("; ")}`,
        },
      },
    },
  });
  updateTag(`comments:${comment.articleId}`);
  return { status: "saved", body: parsed.data.body, commentStatus: outcome.status };
}

export type ReportState = { status: "idle" | "error" | "reported"; message?: string };

/** A reader reports a comment; reports feed the moderators' Reported queue. */
export async function reportComment(_previous: ReportState, form: FormData): Promise<ReportState> {
  return respondWith(
    await reportCommentState(form),
    respondPath(idField(form, "articleId") ?? 0, { report: idField(form, "commentId") }),
  );
}

async function reportCommentState(form: FormData): Promise<ReportState> {
  const requestHeaders = await headers();
  if (!isSameOrigin(requestHeaders)) return { status: "error", message: UNVERIFIED };
  const parsed = reportSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success)
    return { status: "error", message: parsed.error.issues[0]?.message ?? "Please choose a reason." };
  const ipHash = hashIp(clientIp(requestHeaders));
  if (await consume(LIMITS.report(), ipHash))
    return { status: "error", message: "You have sent many reports recently. Please try again later." };
  const comment = await db.comment.findUnique({
    where: { id: parsed.data.commentId },
    select: { id: true, status: true },
  });
  if (!comment || comment.status !== "APPROVED")
    return { status: "error", message: "This comment is no longer available." };
  // One report per reader and comment; reporting again updates the reason.
  await db.commentReport.upsert({
    where: { commentId_ipHash: { commentId: comment.id, ipHash } },
    create: { commentId: comment.id, ipHash, reason: parsed.data.reason, details: parsed.data.details },
    update: { reason: parsed.data.reason, details: parsed.data.details, resolvedAt: null },
  });
  updateTag("moderation");
  return { status: "reported", message: "Thank you. A moderator will review this comment." };
}
