"use server";
// Signed-out staff: ask for a password-reset link, and set a password from an invitation or
// reset link. Both answer without saying whether an account exists.
import "server-only";
import { publicAction } from "@/lib/actions/public";
import { LIMITS } from "@/lib/security/rate-limit";
import { requestPasswordReset, usePasswordLink } from "@/lib/users/links";
import { resetRequestSchema, setPasswordSchema } from "@/lib/users/schema";

export type PasswordFormState = {
  status: "idle" | "ok" | "error";
  message?: string;
  fieldErrors?: Record<string, string>;
};

const limited = {
  limiter: LIMITS.passwordReset,
  message: () => "Too many attempts from your address. Please try again in an hour.",
};

export const requestResetAction = publicAction(
  resetRequestSchema,
  {
    respondTo: () => "/admin/reset",
    rateLimit: limited,
    refused: ({ message, fieldErrors }): PasswordFormState => ({ status: "error", message, fieldErrors }),
  },
  async ({ email }): Promise<PasswordFormState> => {
    await requestPasswordReset(email);
    return {
      status: "ok",
      message:
        "If this address has an active account, we have emailed it a link to choose a new password (valid for an hour).",
    };
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
      ? { status: "ok", message: "Your password is set. You can sign in now." }
      : { status: "error", message: "This link has expired or was already used. Ask for a new one." },
);
