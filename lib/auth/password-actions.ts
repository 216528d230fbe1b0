"use server";
// Signed-out staff: ask for a password-reset link, and set a password from an invitation or
// reset link. Both answer without saying whether an account exists.
import "server-only";
import { publicAction } from "@/lib/actions/public";
import { translator } from "@/lib/i18n/messages";
import { LIMITS } from "@/lib/security/rate-limit";
import { requestPasswordReset, usePasswordLink } from "@/lib/users/links";
import { resetRequestSchema, setPasswordSchema } from "@/lib/users/schema";

export type PasswordFormState = {
  status: "idle" | "ok" | "error";
  message?: string;
  fieldErrors?: Record<string, string>;
};

const t = translator("AdminPassword");

const limited = { limiter: LIMITS.passwordReset, message: () => t("tooMany") };

export const requestResetAction = publicAction(
  resetRequestSchema,
  {
    respondTo: () => "/admin/reset",
    rateLimit: limited,
    refused: ({ message, fieldErrors }): PasswordFormState => ({ status: "error", message, fieldErrors }),
  },
  async ({ email }): Promise<PasswordFormState> => {
    await requestPasswordReset(email);
    return { status: "ok", message: t("resetSent") };
  },
);

export const setPasswordAction = publicAction(
  setPasswordSchema,
  {
    respondTo: (typed) => `/admin/set-password/${typed.token ?? ""}`,
    rateLimit: limited,
    refused: ({ message, fieldErrors }): PasswordFormState => ({ status: "error", message, fieldErrors }),
  },
  async ({ token, password }): Promise<PasswordFormState> =>
    (await usePasswordLink(token, password))
      ? { status: "ok", message: t("passwordSet") }
      : { status: "error", message: t("linkUsed") },
);
