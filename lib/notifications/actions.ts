"use server";
// The buttons behind the links in mails (a GET only shows the page; mail scanners follow
// links): confirm an address for reply notifications, unsubscribe from a conversation or from
// everything. The signed token in the link is the authority; the RFC 8058 one-click POST of the
// List-Unsubscribe header does the same without a page (app/(site)/mail/one-click).
import "server-only";
import { z } from "zod";
import { publicAction } from "@/lib/actions/public";
import { translator } from "@/lib/i18n/messages";
import { LIMITS } from "@/lib/security/rate-limit";
import { confirmAddress, unsubscribe } from "./replies";

export type MailLinkState = { status: "idle" | "ok" | "error"; message?: string };

const t = translator("MailMessages");

const tokenSchema = z.object({ token: z.string().min(10).max(2_000) });

const linkAction = (
  purpose: "confirm" | "unsubscribe",
  run: (token: string) => Promise<{ ok: boolean; message: string }>,
) =>
  publicAction(
    tokenSchema,
    {
      respondTo: (typed) => `/mail/${purpose}/${encodeURIComponent(typed.token ?? "")}`,
      rateLimit: { limiter: LIMITS.mailLink, message: () => t("tooManyAttempts") },
      refused: ({ message }): MailLinkState => ({ status: "error", message }),
      unavailable: t("unavailable"),
    },
    async ({ token }): Promise<MailLinkState> => {
      const outcome = await run(token);
      return { status: outcome.ok ? "ok" : "error", message: outcome.message };
    },
  );

export const confirmAction = linkAction("confirm", (token) => confirmAddress(token));
export const unsubscribeAction = linkAction("unsubscribe", (token) => unsubscribe(token));
