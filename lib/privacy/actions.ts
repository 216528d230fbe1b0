"use server";
// Data-protection actions: staff erase a commenter from /admin/commenters/<hash>; a reader asks
// from the privacy page for a copy or an erasure, which a link mailed to the address confirms
// (nothing happens, and the answer is the same, whether or not we hold anything for it).
import "server-only";
import { z } from "zod";
import { adminAction } from "@/lib/actions/admin";
import { publicAction } from "@/lib/actions/public";
import { expireTags, tags } from "@/lib/cache/tags";
import { emailHash } from "@/lib/comments/identity";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { translator } from "@/lib/i18n/messages";
import { linkToken, pageLink, readLinkToken } from "@/lib/mail/links";
import { queueMail } from "@/lib/mail/outbox";
import type { MailLinkState } from "@/lib/notifications/actions";
import { LIMITS } from "@/lib/security/rate-limit";
import { eraseCommenter, getCommenter } from "./commenter";

const staffT = translator("AdminCommenters");
const t = translator("MailMessages");

const ERASE_MESSAGES = { nothing: staffT("nothingAnyMore"), staff: staffT("staffMember") } as const;

export const eraseCommenterAction = adminAction(
  "privacy.erase",
  "moderate",
  z.object({
    hash: z.string().regex(/^[0-9a-f]{64}$/),
    confirm: z.literal("on", { error: staffT("tickToConfirm") }),
  }),
  { respondTo: (typed) => `/admin/commenters/${typed.hash ?? ""}` },
  async ({ hash }, { user }) => {
    const result = await eraseCommenter(hash, { actorId: user.id, via: "staff" });
    if (result.kind !== "erased") return { status: "error", message: ERASE_MESSAGES[result.kind] };
    expireTags(result.articleIds.map((id) => tags.comments(id)));
    return {
      status: "ok",
      message: staffT("erased", { count: result.comments, how: staffT(`how_${result.text}`) }),
    };
  },
);

export type PrivacyRequestState = { status: "idle" | "ok" | "error"; message?: string; email?: string };

const DAY = 86_400_000;

export const requestPrivacyAction = publicAction(
  z.object({
    email: z
      .string()
      .trim()
      .min(1, t("emailRequired"))
      .max(254)
      .pipe(z.email(t("emailInvalid"))),
    act: z.enum(["export", "erase"], { error: t("chooseAct") }),
  }),
  {
    respondTo: () => "/privacy/request",
    rateLimit: { limiter: LIMITS.mailLink, message: () => t("tooManyRequests") },
    refused: ({ message, fieldErrors }, typed): PrivacyRequestState => ({
      status: "error",
      message: fieldErrors ? (Object.values(fieldErrors)[0] ?? message) : message,
      email: typed.email ?? "",
    }),
  },
  async ({ email, act }): Promise<PrivacyRequestState> => {
    const hash = emailHash(email);
    if (await getCommenter(hash)) {
      const token = linkToken("privacy", { h: hash, act, exp: Date.now() + DAY });
      const mail = translator("Mails");
      const site = env().SITE_NAME;
      await queueMail(db, {
        key: `privacy:${hash}:${act}:${new Date().toISOString().slice(0, 10)}`,
        kind: `privacy-${act}`,
        to: email,
        subject: mail(`privacySubject_${act}`, { site }),
        text: [
          mail(`privacyIntro_${act}`, { site }),
          mail("privacyOpen"),
          pageLink("privacy", token),
          mail("privacyIgnore"),
        ].join("\n\n"),
      });
    }
    return {
      status: "ok",
      message: t("requestSent"),
    };
  },
);

/** The button of the erasure link: the reader's own erasure. */
export const confirmErasureAction = publicAction(
  z.object({ token: z.string().min(10).max(2_000) }),
  {
    respondTo: (typed) => `/mail/privacy/${encodeURIComponent(typed.token ?? "")}`,
    rateLimit: { limiter: LIMITS.mailLink, message: () => t("tooManyAttempts") },
    refused: ({ message }): MailLinkState => ({ status: "error", message }),
  },
  async ({ token }): Promise<MailLinkState> => {
    const payload = readLinkToken("privacy", token);
    if (!payload || payload.act !== "erase") return { status: "error", message: t("privacyExpired") };
    const result = await eraseCommenter(payload.h, { actorId: null, via: "self-service" });
    if (result.kind === "erased") expireTags(result.articleIds.map((id) => tags.comments(id)));
    return {
      status: result.kind === "staff" ? "error" : "ok",
      message: t(result.kind === "staff" ? "staffAddress" : "erased"),
    };
  },
);
