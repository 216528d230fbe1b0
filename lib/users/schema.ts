// Staff accounts: what the Users page and `npm run user:create` accept.
import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { normaliseEmail } from "@/lib/comments/identity";
import type { Role } from "@/lib/generated/prisma/enums";
import { translator } from "@/lib/i18n/messages";

const t = translator("AdminUsers");

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 200;

export const emailField = z
  .string({ error: t("emailRequired") })
  .trim()
  .max(254, { error: t("emailTooLong") })
  .pipe(z.email({ error: t("emailInvalid") }))
  .transform(normaliseEmail);

export const roleField = z.enum(ROLES as [Role, ...Role[]], {
  error: t("chooseRole", { roles: ROLES.join(", ") }),
});

export const passwordField = z
  .string({ error: t("passwordRequired", { min: PASSWORD_MIN }) })
  .min(PASSWORD_MIN, { error: t("passwordShort", { min: PASSWORD_MIN }) })
  .max(PASSWORD_MAX, { error: t("passwordLong", { max: PASSWORD_MAX }) });

export const nameField = z
  .string({ error: t("nameRequired") })
  .trim()
  .min(1, { error: t("nameRequired") })
  .max(100, { error: t("nameLong") });

export const createUserSchema = z.object({
  name: nameField,
  email: emailField,
  role: roleField,
  password: passwordField,
});
export type NewUser = z.output<typeof createUserSchema>;

const userId = z.coerce
  .number({ error: t("missingUser") })
  .int()
  .positive({ error: t("missingUser") });

export const roleChangeSchema = z.object({ userId, role: roleField });
export const userIdSchema = z.object({ userId });

export const inviteUserSchema = z.object({ name: nameField, email: emailField, role: roleField });

export const resetRequestSchema = z.object({ email: emailField });

export const setPasswordSchema = z
  .object({ token: z.string().min(20).max(200), password: passwordField, confirm: z.string() })
  .refine((input) => input.password === input.confirm, {
    error: t("passwordsDiffer"),
    path: ["confirm"],
  });
