"use server";
// Reader comment actions: post (and reply), edit one's own comment, report a comment. Each
// parses with zod, checks origin and rate limits, writes, and refreshes the cache tags it
// touched. Usable as plain HTML form posts (no JavaScript) and from the enhanced form.
import "server-only";
import { cookies } from "next/headers";
import { expireTags, tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { moderate } from "@/lib/moderation/moderate";
import { publicAction } from "@/lib/actions/public";
import type { TypedValues } from "@/lib/actions/state";
import { LIMITS } from "@/lib/security/rate-limit";
import { readSpamSignals } from "@/lib/moderation/schema";
import { untrain } from "@/lib/spam";
import { notifyReplyApproved } from "@/lib/notifications/replies";
import {
  FORM_SEEN_COOKIE,
  elapsedSinceForm,
  ownCommentIds,
  rememberOwnComment,
  saveCommenter,
} from "./cookies";
import { respondPath } from "./permalinks";
import { COMMENT_FIELDS, commentSchema, editSchema, reportSchema, type CommentField } from "./schema";
import { submitComment } from "./submit";
import { translator } from "@/lib/i18n/messages";

const t = translator("CommentErrors");

export type CommentFormValues = {
  authorName: string;
  authorEmail: string;
  authorUrl: string;
  body: string;
  remember: boolean;
  notify: boolean;
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
  /** The reader asked to hear of replies (the same answer whether or not the address is confirmed). */
  notify?: boolean;
};

function valuesOf(typed: TypedValues): CommentFormValues {
  return {
    authorName: typed.authorName ?? "",
    authorEmail: typed.authorEmail ?? "",
    authorUrl: typed.authorUrl ?? "",
    body: typed.body ?? "",
    remember: typed.remember === "on",
    notify: typed.notify === "on",
  };
}

/** A positive id from a typed field, for the no-JavaScript answer's address (which must not fail). */
const idOf = (value: string | undefined) => {
  const id = Number(value);
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
};

export const postComment = publicAction(
  commentSchema,
  {
    respondTo: (typed) => respondPath(idOf(typed.articleId) ?? 0, { replyTo: idOf(typed.parentId) }),
    rateLimit: {
      limiter: LIMITS.comment,
      message: (wait) => t("tooManyComments", { minutes: Math.ceil(wait / 60) }),
    },
    refused: ({ message, fieldErrors }, typed): CommentFormState => ({
      status: "error",
      message,
      fieldErrors: fieldErrors && commentFieldErrors(fieldErrors),
      values: valuesOf(typed),
    }),
  },
  async (input, request, typed): Promise<CommentFormState> => {
    const values = valuesOf(typed);
    const now = new Date();
    const jar = await cookies();
    const outcome = await submitComment(input, {
      ...request,
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
      input.remember
        ? { name: input.authorName, email: input.authorEmail, url: input.authorUrl ?? "" }
        : null,
    );
    expireTags([tags.comments(outcome.comment.articleId)]);
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
      notify: input.notify,
      // The form empties its comment box but keeps who is commenting.
      values: { ...values, body: "" },
    };
  },
);

/** Errors of the form's own fields (the others, hidden fields, have no place to be shown). */
function commentFieldErrors(fieldErrors: Record<string, string>): Partial<Record<CommentField, string>> {
  const shown: Partial<Record<CommentField, string>> = {};
  for (const field of COMMENT_FIELDS) if (fieldErrors[field]) shown[field] = fieldErrors[field];
  return shown;
}

export type EditState = {
  status: "idle" | "error" | "saved";
  message?: string;
  body?: string;
  commentStatus?: string;
};

/** A commenter edits their own comment, from the same browser, within the edit window; it is moderated again. */
export const editComment = publicAction(
  editSchema,
  {
    respondTo: (typed) => respondPath(idOf(typed.articleId) ?? 0, { edit: idOf(typed.commentId) }),
    rateLimit: {
      limiter: LIMITS.comment,
      message: () => t("tooManyEdits"),
    },
    refused: ({ message, fieldErrors }, typed): EditState => ({
      status: "error",
      message: fieldErrors ? (Object.values(fieldErrors)[0] ?? message) : message,
      body: typed.body ?? "",
    }),
  },
  async (input, request, typed): Promise<EditState> => {
    const body = typed.body ?? "";
    const now = new Date();
    const outcome = await moderate({
      action: "EDIT",
      commentId: input.commentId,
      body: input.body,
      browser: { ...request, ownCommentIds: ownCommentIds(await cookies()) },
      now,
    });
    if (outcome.kind === "refused") return { status: "error", message: outcome.refusal.message, body };
    const { comment, spam } = outcome;
    // The text changed: what moderators taught the filter from the old text no longer applies.
    const previous = readSpamSignals(comment.spamSignals);
    if (previous?.trained) await untrain({ tokens: previous.tokens }, previous.trained);
    await db.$transaction(async (tx) => {
      await tx.comment.update({
        where: { id: comment.id },
        data: {
          body: input.body,
          editedAt: now,
          status: outcome.status,
          reasons: ["edited by its author", ...outcome.reasons],
          spamScore: spam?.score ?? null,
          spamSignals: spam ? { signals: spam.signals, tokens: spam.tokens } : undefined,
          statusChanges: {
            create: {
              fromStatus: comment.status,
              toStatus: outcome.status,
              reason: `edited by its author: ${outcome.reasons.join("; ")}`,
            },
          },
        },
      });
      // A held reply that its edit made visible is news for the comment it answers.
      if (outcome.status === "APPROVED" && comment.status !== "APPROVED")
        await notifyReplyApproved(tx, comment.id);
    });
    expireTags([tags.comments(comment.articleId)]);
    return { status: "saved", body: input.body, commentStatus: outcome.status };
  },
);

export type ReportState = { status: "idle" | "error" | "reported"; message?: string };

/** A reader reports a comment; reports feed the moderators' Reported queue. */
export const reportComment = publicAction(
  reportSchema,
  {
    respondTo: (typed) => respondPath(idOf(typed.articleId) ?? 0, { report: idOf(typed.commentId) }),
    rateLimit: {
      limiter: LIMITS.report,
      message: () => t("tooManyReports"),
    },
    refused: ({ message, fieldErrors }): ReportState => ({
      status: "error",
      message: fieldErrors ? (Object.values(fieldErrors)[0] ?? message) : message,
    }),
  },
  async (input, { ipHash }): Promise<ReportState> => {
    const comment = await db.comment.findUnique({
      where: { id: input.commentId },
      select: { id: true, status: true },
    });
    if (!comment || comment.status !== "APPROVED") return { status: "error", message: t("commentGone") };
    // One report per reader and comment; reporting again updates the reason.
    await db.commentReport.upsert({
      where: { commentId_ipHash: { commentId: comment.id, ipHash } },
      create: { commentId: comment.id, ipHash, reason: input.reason, details: input.details },
      update: { reason: input.reason, details: input.details, resolvedAt: null },
    });
    return { status: "reported", message: t("reported") };
  },
);
