"use server";
// Staff accounts (ADMIN): create, change role, deactivate and reactivate. The rules (one active
// admin at least, nobody deactivates themselves) live in accounts.ts, shared with the script.
import { refresh } from "next/cache";
import { adminAction, type ActionState } from "@/lib/admin/action";
import { db } from "@/lib/db";
import { respondWith } from "@/lib/forms/result";
import { typedValues } from "@/lib/settings/form-values";
import { AccountRuleError, changeRole, createStaffUser, setActive } from "./accounts";
import { createUserSchema, roleChangeSchema, userIdSchema } from "./schema";

const USERS_PATH = "/admin/users";

/**
 * Runs an account change and answers the form. Staff accounts are in no reader cache, so on
 * success the dashboard page is refreshed instead of a cache tag.
 */
async function answer(form: FormData, change: () => Promise<string>): Promise<ActionState> {
  let state: ActionState;
  try {
    state = { status: "ok", message: await change() };
    refresh();
  } catch (error) {
    if (!(error instanceof AccountRuleError)) throw error;
    // The password is never sent back to the browser.
    const { password: _password, ...values } = typedValues(form);
    state = {
      status: "error",
      message: error.message,
      fieldErrors: error.field ? { [error.field]: error.message } : undefined,
      values,
    };
  }
  return respondWith(state, USERS_PATH);
}

export const createUser = adminAction(
  "user.create",
  "manageUsers",
  createUserSchema,
  async (input, actor, form) =>
    answer(form, async () => {
      const user = await createStaffUser(db, input, actor.id);
      return `Created ${user.name} (${user.email}) as ${user.role.toLowerCase()}. Give them their password in person or by another channel than email.`;
    }),
);

export const changeUserRole = adminAction(
  "user.role",
  "manageUsers",
  roleChangeSchema,
  async ({ userId, role }, actor, form) =>
    answer(form, async () => {
      const { user, changed } = await changeRole(db, userId, role, actor.id);
      return changed
        ? `${user.name} is now ${role.toLowerCase()}.`
        : `${user.name} already was ${role.toLowerCase()}.`;
    }),
);

export const deactivateUser = adminAction(
  "user.deactivate",
  "manageUsers",
  userIdSchema,
  async ({ userId }, actor, form) =>
    answer(form, async () => {
      const { user } = await setActive(db, userId, false, actor.id);
      return `Deactivated ${user.name}: they can no longer sign in, effective immediately.`;
    }),
);

export const activateUser = adminAction(
  "user.activate",
  "manageUsers",
  userIdSchema,
  async ({ userId }, actor, form) =>
    answer(form, async () => {
      const { user } = await setActive(db, userId, true, actor.id);
      return `Reactivated ${user.name}: they can sign in again.`;
    }),
);
