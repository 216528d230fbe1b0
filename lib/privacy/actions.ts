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
import { linkToken, pageLink, readLinkToken } from "@/lib/mail/links";
import { queueMail } from "@/lib/mail/outbox";
import type { MailLinkState } from "@/lib/notifications/actions";
import { LIMITS } from "@/lib/security/rate-limit";
import { eraseCommenter, getCommenter } from "./commenter";

const ERASE_MESSAGES = {
  nothing: "Nothing is stored about this address any more.",
  staff: "This is a staff member's address: manage it on the Users page.",
} as const;

export const eraseCommenterAction = adminAction(
  "privacy.erase",
  "moderate",
  z.object({
    hash: z.string().regex(/^[0-9a-f]{64}$/),
    confirm: z.literal("on", { error: "Tick the box to confirm the erasure." }),
  }),
  { respondTo: (typed) => `/admin/commenters/${typed.hash ?? ""}` },
  async ({ hash }, { user }) => {
    const result = await eraseCommenter(hash, { actorId: user.id, via: "staff" });
    if (result.kind !== "erased") return { status: "error", message: ERASE_MESSAGES[result.kind] };
    expireTags(result.articleIds.map((id) => tags.comments(id)));
    return {
      status: "ok",
      message: `Erased: ${result.comments} comment(s) (${result.text === "KEEP" ? "text kept, anonymised" : result.text === "REPLACE" ? "text replaced" : "deleted"}).`,
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
      .min(1, "Please enter your email address.")
      .max(254)
      .pipe(z.email("Please enter a valid email address.")),
    act: z.enum(["export", "erase"], { error: "Choose what you would like." }),
  }),
  {
    respondTo: () => "/privacy/request",
    rateLimit: { limiter: LIMITS.mailLink, message: () => "Too many requests. Please try again later." },
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
      const what =
        act === "export" ? "a copy of the data we hold about" : "the erasure of the data we hold about";
      await queueMail(db, {
        key: `privacy:${hash}:${act}:${new Date().toISOString().slice(0, 10)}`,
        kind: `privacy-${act}`,
        to: email,
        subject:
          act === "export" ? `Your data at ${env().SITE_NAME}` : `Erase your data at ${env().SITE_NAME}`,
        text: [
          `Someone, hopefully you, asked on ${env().SITE_NAME} for ${what} this email address.`,
          `To go ahead, open this page and press the button (the link works for 24 hours):`,
          pageLink("privacy", token),
          "If it was not you, ignore this message: nothing will happen.",
        ].join("\n\n"),
      });
    }
    return {
      status: "ok",
      message:
        "Thank you. If we hold anything about this address, we have sent it a link to confirm the request.",
    };
  },
);

/** The button of the erasure link: the reader's own erasure. */
export const confirmErasureAction = publicAction(
  z.object({ token: z.string().min(10).max(2_000) }),
  {
    respondTo: (typed) => `/mail/privacy/${encodeURIComponent(typed.token ?? "")}`,
    rateLimit: { limiter: LIMITS.mailLink, message: () => "Too many attempts. Please try again later." },
    refused: ({ message }): MailLinkState => ({ status: "error", message }),
  },
  async ({ token }): Promise<MailLinkState> => {
    const payload = readLinkToken("privacy", token);
    if (!payload || payload.act !== "erase")
      return {
        status: "error",
        message: "This link is not valid any more. Ask again from the privacy page.",
      };
    const result = await eraseCommenter(payload.h, { actorId: null, via: "self-service" });
    if (result.kind === "erased") expireTags(result.articleIds.map((id) => tags.comments(id)));
    return {
      status: result.kind === "staff" ? "error" : "ok",
      message:
        result.kind === "staff"
          ? "This address belongs to a staff account; please contact the editors."
          : "Done: your personal data has been erased.",
    };
  },
);
