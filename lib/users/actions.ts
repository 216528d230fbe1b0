"use server";
// Staff accounts (ADMIN): create, change role, deactivate and reactivate, reset two-factor sign-in. The rules (one active
// admin at least, nobody deactivates themselves) live in accounts.ts, shared with the script.
import "server-only";
import { refresh } from "next/cache";
import { adminAction, type ActionState, type TypedValues } from "@/lib/actions/admin";
import { db } from "@/lib/db";
import { AccountRuleError, changeRole, createStaffUser, resetTwoFactor, setActive } from "./accounts";
import { inviteStaffUser } from "./links";
import { createUserSchema, inviteUserSchema, roleChangeSchema, userIdSchema } from "./schema";
import { translator } from "@/lib/i18n/messages";

const t = translator("AdminUsers");
const roleName = translator("AdminLayout");

const USERS_PATH = "/admin/users";

/** Users forms answer on the users page; the password is never sent back to the browser. */
const onUsersPage = { respondTo: () => USERS_PATH, secret: ["password"] };

/**
 * Runs an account change and answers the form. Staff accounts are in no reader cache, so on
 * success the dashboard page is refreshed instead of a cache tag.
 */
async function answer(values: TypedValues, change: () => Promise<string>): Promise<ActionState> {
  let state: ActionState;
  try {
    state = { status: "ok", message: await change() };
    refresh();
  } catch (error) {
    if (!(error instanceof AccountRuleError)) throw error;
    state = {
      status: "error",
      message: error.message,
      fieldErrors: error.field ? { [error.field]: error.message } : undefined,
      values,
    };
  }
  return state;
}

export const createUser = adminAction(
  "user.create",
  "manageUsers",
  createUserSchema,
  onUsersPage,
  async (input, { user: actor, values }) =>
    answer(values, async () => {
      const user = await createStaffUser(db, input, actor.id);
      return t("created", { name: user.name, email: user.email, role: roleName(user.role) });
    }),
);

export const changeUserRole = adminAction(
  "user.role",
  "manageUsers",
  roleChangeSchema,
  onUsersPage,
  async ({ userId, role }, { user: actor, values }) =>
    answer(values, async () => {
      const { user, changed } = await changeRole(db, userId, role, actor.id);
      return t(changed ? "nowRole" : "alreadyRole", { name: user.name, role: roleName(role) });
    }),
);

export const deactivateUser = adminAction(
  "user.deactivate",
  "manageUsers",
  userIdSchema,
  onUsersPage,
  async ({ userId }, { user: actor, values }) =>
    answer(values, async () => {
      const { user } = await setActive(db, userId, false, actor.id);
      return t("deactivatedDone", { name: user.name });
    }),
);

export const activateUser = adminAction(
  "user.activate",
  "manageUsers",
  userIdSchema,
  onUsersPage,
  async ({ userId }, { user: actor, values }) =>
    answer(values, async () => {
      const { user } = await setActive(db, userId, true, actor.id);
      return t("reactivatedDone", { name: user.name });
    }),
);

export const inviteUser = adminAction(
  "user.invite",
  "manageUsers",
  inviteUserSchema,
  { respondTo: () => USERS_PATH },
  async (input, { user: actor, values }) =>
    answer(values, async () => {
      const user = await inviteStaffUser(input, actor.id);
      return t("invited", { name: user.name, email: user.email, role: roleName(user.role) });
    }),
);

export const resetUserTwoFactor = adminAction(
  "user.two-factor-reset",
  "manageUsers",
  userIdSchema,
  onUsersPage,
  async ({ userId }, { user: actor, values }) =>
    answer(values, async () => {
      const { user, changed } = await resetTwoFactor(db, userId, actor.id);
      return t(changed ? "twoFactorResetDone" : "twoFactorAlreadyOff", { name: user.name });
    }),
);
