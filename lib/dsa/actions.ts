"use server";
// DSA notice and action: a reader's notice of illegal content, and the moderator's decision.
import "server-only";
import { adminAction } from "@/lib/actions/admin";
import { publicAction } from "@/lib/actions/public";
import { expireTags, tags } from "@/lib/cache/tags";
import { translator } from "@/lib/i18n/messages";
import { LIMITS } from "@/lib/security/rate-limit";
import { decideNotice, submitNotice } from "./notices";
import { decisionSchema, noticeSchema } from "./schema";

const t = translator("DsaErrors");

export type NoticeState = {
  status: "idle" | "ok" | "error";
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
};

export const submitNoticeAction = publicAction(
  noticeSchema,
  {
    respondTo: (typed) => `/comment/${Number(typed.commentId) || 0}/illegal`,
    rateLimit: {
      limiter: LIMITS.report,
      message: () => translator("CommentErrors")("tooManyReports"),
    },
    refused: ({ message, fieldErrors }, typed): NoticeState => ({
      status: "error",
      message,
      fieldErrors,
      values: typed,
    }),
  },
  async (input, { ipHash }, typed): Promise<NoticeState> => {
    const outcome = await submitNotice(input, ipHash);
    if (outcome.ok) expireTags([tags.transparency]);
    return outcome.ok
      ? { status: "ok", message: outcome.message }
      : { status: "error", message: outcome.message, values: typed };
  },
);

export const decideNoticeAction = adminAction(
  "dsa.decide",
  "moderate",
  decisionSchema,
  { respondTo: () => "/admin/comments/notices" },
  async (input, { user, values }) => {
    const outcome = await decideNotice(input, user.id);
    if (!outcome.ok) return { status: "error", message: outcome.message, values };
    expireTags([
      tags.transparency,
      ...(outcome.articleId !== null ? [tags.comments(outcome.articleId)] : []),
    ]);
    return { status: "ok", message: t("decided", { id: input.noticeId }) };
  },
);
