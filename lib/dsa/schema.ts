// The "Report illegal content" notice (DSA art. 16) and the moderator's decision on it.
import { z } from "zod";

export const DECISIONS = ["REMOVE", "RESTRICT", "KEEP"] as const;
export type Decision = (typeof DECISIONS)[number];

export const DECISION_LABELS: Record<Decision, string> = {
  REMOVE: "Remove the comment",
  RESTRICT: "Restrict it (hidden from readers, kept for review)",
  KEEP: "Keep it (not illegal)",
};

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((value) => value || null);

export const noticeSchema = z.object({
  commentId: z.coerce.number().int().positive(),
  legalGround: z
    .string()
    .trim()
    .min(3, "Please name the law or rule the comment breaks (for example: defamation, hate speech law).")
    .max(300, "Please keep the legal ground under 300 characters."),
  explanation: z
    .string()
    .trim()
    .min(10, "Please explain why the comment is illegal (at least a sentence).")
    .max(4000, "Please keep the explanation under 4,000 characters."),
  notifierName: optionalText(120, "Your name is too long."),
  notifierEmail: z
    .string()
    .trim()
    .max(254)
    .optional()
    .transform((value) => value || null)
    .pipe(z.email("Please enter a valid email address, or leave it empty.").nullable()),
  /** The notifier confirms the notice is accurate and complete, in good faith (art. 16(2)(d)). */
  goodFaith: z.literal("on", { error: "Please confirm that the notice is made in good faith." }),
});

export type NoticeInput = z.output<typeof noticeSchema>;

export const decisionSchema = z.object({
  noticeId: z.coerce.number().int().positive(),
  decision: z.enum(DECISIONS, { error: "Choose a decision." }),
  facts: z
    .string()
    .trim()
    .min(10, "State the facts and circumstances the decision rests on.")
    .max(4000, "Keep the facts under 4,000 characters."),
});
