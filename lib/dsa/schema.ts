// The "Report illegal content" notice (DSA art. 16) and the moderator's decision on it, with
// their messages in the build's language (messages/<locale>.json, namespace DsaErrors).
import { z } from "zod";
import { translator } from "@/lib/i18n/messages";
import { DECISIONS } from "./decisions";

export { DECISIONS, type Decision } from "./decisions";

const t = translator("DsaErrors");

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((value) => value || null);

export const noticeSchema = z.object({
  commentId: z.coerce.number().int().positive(),
  legalGround: z.string().trim().min(3, t("legalGroundShort")).max(300, t("legalGroundLong")),
  explanation: z.string().trim().min(10, t("explanationShort")).max(4000, t("explanationLong")),
  notifierName: optionalText(120, t("nameLong")),
  notifierEmail: z
    .string()
    .trim()
    .max(254)
    .optional()
    .transform((value) => value || null)
    .pipe(z.email(t("emailInvalid")).nullable()),
  /** The notifier confirms the notice is accurate and complete, in good faith (art. 16(2)(d)). */
  goodFaith: z.literal("on", { error: t("goodFaith") }),
});

export type NoticeInput = z.output<typeof noticeSchema>;

export const decisionSchema = z.object({
  noticeId: z.coerce.number().int().positive(),
  decision: z.enum(DECISIONS, { error: t("chooseDecision") }),
  facts: z.string().trim().min(10, t("factsShort")).max(4000, t("factsLong")),
});
