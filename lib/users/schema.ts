// Staff accounts: what the Users page and `npm run user:create` accept.
import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { normaliseEmail } from "@/lib/comments/identity";
import type { Role } from "@/lib/generated/prisma/enums";

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 200;

export const emailField = z
  .string({ error: "Enter an email address." })
  .trim()
  .max(254, { error: "This email address is too long." })
  .pipe(z.email({ error: "Enter a valid email address, like name@example.com." }))
  .transform(normaliseEmail);

export const roleField = z.enum(ROLES as [Role, ...Role[]], { error: `Choose a role: ${ROLES.join(", ")}.` });

export const passwordField = z
  .string({ error: `Enter a password of at least ${PASSWORD_MIN} characters.` })
  .min(PASSWORD_MIN, { error: `Use at least ${PASSWORD_MIN} characters.` })
  .max(PASSWORD_MAX, { error: `Use at most ${PASSWORD_MAX} characters.` });

export const nameField = z
  .string({ error: "Enter the person's name." })
  .trim()
  .min(1, { error: "Enter the person's name." })
  .max(100, { error: "Keep the name under 100 characters." });

export const createUserSchema = z.object({
  name: nameField,
  email: emailField,
  role: roleField,
  password: passwordField,
});
export type NewUser = z.output<typeof createUserSchema>;

const userId = z.coerce.number({ error: "Missing user." }).int().positive({ error: "Missing user." });

export const roleChangeSchema = z.object({ userId, role: roleField });
export const userIdSchema = z.object({ userId });

export const inviteUserSchema = z.object({ name: nameField, email: emailField, role: roleField });

export const resetRequestSchema = z.object({ email: emailField });

export const setPasswordSchema = z
  .object({ token: z.string().min(20).max(200), password: passwordField, confirm: z.string() })
  .refine((input) => input.password === input.confirm, {
    error: "The two passwords differ.",
    path: ["confirm"],
  });
