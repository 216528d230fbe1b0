// The "Leave a Reply" form: what is accepted, and the messages shown next to each field, in the
// build's language (messages/<locale>.json, namespace CommentErrors).
import { z } from "zod";
import { translator } from "@/lib/i18n/messages";
import { MAX_COMMENT_LENGTH } from "./limits";

const t = translator("CommentErrors");

const optionalUrl = z
  .string()
  .trim()
  .max(200, t("urlTooLong"))
  .transform((value) => (value && !/^[a-z][a-z0-9+.-]*:/i.test(value) ? `https://${value}` : value))
  .refine((value) => {
    if (!value) return true;
    try {
      const url = new URL(value);
      return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
    } catch {
      return false;
    }
  }, t("urlInvalid"))
  .transform((value) => value || null);

export const commentBodySchema = z
  .string()
  .transform((value) => value.replace(/\r\n?/g, "\n").trim())
  .pipe(
    z
      .string()
      .min(1, t("bodyRequired"))
      .max(MAX_COMMENT_LENGTH, t("bodyTooLong", { max: MAX_COMMENT_LENGTH })),
  );

export const commentSchema = z.object({
  articleId: z.coerce.number().int().positive(),
  parentId: z
    .string()
    .optional()
    .transform((value) => (value ? Number(value) : null))
    .pipe(z.number().int().positive().nullable()),
  authorName: z.string().trim().min(1, t("nameRequired")).max(80, t("nameTooLong")),
  authorEmail: z
    .string()
    .trim()
    .min(1, t("emailRequired"))
    .max(254, t("emailTooLong"))
    .pipe(z.email(t("emailInvalid"))),
  authorUrl: optionalUrl.optional().transform((value) => value ?? null),
  body: commentBodySchema,
  remember: z.literal("on").optional().transform(Boolean),
  /** "Email me when someone replies" (double opt-in: lib/notifications/replies.ts). */
  notify: z.literal("on").optional().transform(Boolean),
  /** Honeypot: hidden from people, so only bots fill it in. */
  company: z.string().optional().default(""),
  /** Milliseconds from showing the form to submitting it, measured by the browser (script). */
  elapsedMs: z.string().optional(),
});

export type CommentInput = z.infer<typeof commentSchema>;

export const COMMENT_FIELDS = ["authorName", "authorEmail", "authorUrl", "body"] as const;
export type CommentField = (typeof COMMENT_FIELDS)[number];

export const reportSchema = z.object({
  commentId: z.coerce.number().int().positive(),
  reason: z.enum(["SPAM", "ABUSE", "OFF_TOPIC", "ILLEGAL"], { error: t("reasonRequired") }),
  details: z.string().trim().max(1000, t("detailsTooLong")).optional().default(""),
});

export const editSchema = z.object({
  commentId: z.coerce.number().int().positive(),
  body: commentBodySchema,
});
