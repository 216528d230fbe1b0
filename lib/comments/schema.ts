// The "Leave a Reply" form: what is accepted, and the messages shown next to each field.
import { z } from "zod";

export const MAX_COMMENT_LENGTH = 5000;

const optionalUrl = z
  .string()
  .trim()
  .max(200, "Your website address is too long (200 characters at most).")
  .transform((value) => (value && !/^[a-z][a-z0-9+.-]*:/i.test(value) ? `https://${value}` : value))
  .refine((value) => {
    if (!value) return true;
    try {
      const url = new URL(value);
      return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
    } catch {
      return false;
    }
  }, "Please enter a valid website address, such as https://example.com, or leave it empty.")
  .transform((value) => value || null);

export const commentBodySchema = z
  .string()
  .transform((value) => value.replace(/\r\n?/g, "\n").trim())
  .pipe(
    z
      .string()
      .min(1, "Please write your comment.")
      .max(
        MAX_COMMENT_LENGTH,
        `Your comment is too long: please keep it under ${MAX_COMMENT_LENGTH.toLocaleString("en")} characters.`,
      ),
  );

export const commentSchema = z.object({
  articleId: z.coerce.number().int().positive(),
  parentId: z
    .string()
    .optional()
    .transform((value) => (value ? Number(value) : null))
    .pipe(z.number().int().positive().nullable()),
  authorName: z
    .string()
    .trim()
    .min(1, "Please enter your name.")
    .max(80, "Your name is too long (80 characters at most)."),
  authorEmail: z
    .string()
    .trim()
    .min(1, "Please enter your email address (it will not be published).")
    .max(254, "Your email address is too long.")
    .pipe(z.email("Please enter a valid email address, such as name@example.com.")),
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
  reason: z.enum(["SPAM", "ABUSE", "OFF_TOPIC", "ILLEGAL"], { error: "Please choose a reason." }),
  details: z
    .string()
    .trim()
    .max(1000, "Please keep the details under 1,000 characters.")
    .optional()
    .default(""),
});

export const editSchema = z.object({
  commentId: z.coerce.number().int().positive(),
  body: commentBodySchema,
});
