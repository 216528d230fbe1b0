// Staff account changes with their rules, shared by the Users page actions and the
// `npm run user:create` script (which brings its own PrismaClient, hence the client argument).
// Rules: there is always at least one active ADMIN, and nobody deactivates themselves.
import { hash } from "@node-rs/argon2";
import { recordAudit } from "@/lib/audit/record";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { NewUser } from "./schema";
import { translator } from "@/lib/i18n/messages";

const t = translator("AdminUsers");
const roleName = translator("AdminLayout");

type Tx = Prisma.TransactionClient;

/** A rule said no; `field` names the form field the message belongs to, if any. */
export class AccountRuleError extends Error {
  constructor(
    message: string,
    readonly field?: "email" | "role",
  ) {
    super(message);
  }
}

/** argon2id with the library's defaults (the same as sign-in verifies). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/**
 * Refuses a change that would leave no active ADMIN. Locks the active admins' rows first, so
 * two admins demoting each other at the same moment cannot both succeed.
 */
async function keepAnAdmin(tx: Tx, userId: number, what: string): Promise<void> {
  const admins = await tx.$queryRaw<
    { id: number }[]
  >`SELECT id FROM "User" WHERE role = 'ADMIN' AND active ORDER BY id FOR UPDATE`;
  if (admins.length === 1 && admins[0]!.id === userId) {
    throw new AccountRuleError(t("noAdminLeft", { what }), "role");
  }
}

const userSummary = { id: true, email: true, name: true, role: true, active: true } as const;

const duplicate = (email: string) => new AccountRuleError(t("duplicate", { email }), "email");

export async function createStaffUser(
  client: PrismaClient,
  input: NewUser,
  actorId: number | null,
  via?: "cli",
) {
  const passwordHash = await hashPassword(input.password);
  const created = client.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw duplicate(input.email);
    }
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, role: input.role, passwordHash },
      select: userSummary,
    });
    await recordAudit(tx, {
      actorId,
      action: "user.create",
      targetType: "user",
      targetId: user.id,
      details: { email: user.email, name: user.name, role: user.role, ...(via ? { via } : {}) },
    });
    return user;
  });
  // Two people creating the same account at once: the unique email index decides.
  return created.catch((error: unknown) => {
    throw (error as { code?: string }).code === "P2002" ? duplicate(input.email) : error;
  });
}

export async function changeRole(client: PrismaClient, userId: number, role: Role, actorId: number | null) {
  return client.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: userSummary });
    if (!user) throw new AccountRuleError(t("gone"));
    if (user.role === role) return { user, changed: false };
    if (user.role === "ADMIN" && user.active)
      await keepAnAdmin(tx, userId, t("making", { name: user.name, role: roleName(role) }));
    const updated = await tx.user.update({ where: { id: userId }, data: { role }, select: userSummary });
    await recordAudit(tx, {
      actorId,
      action: "user.role",
      targetType: "user",
      targetId: userId,
      details: { email: user.email, from: user.role, to: role },
    });
    return { user: updated, changed: true };
  });
}

export async function setActive(
  client: PrismaClient,
  userId: number,
  active: boolean,
  actorId: number | null,
) {
  return client.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: userSummary });
    if (!user) throw new AccountRuleError(t("gone"));
    if (user.active === active) return { user, changed: false };
    if (!active) {
      if (userId === actorId) throw new AccountRuleError(t("notSelf"));
      if (user.role === "ADMIN") await keepAnAdmin(tx, userId, t("deactivating", { name: user.name }));
    }
    const updated = await tx.user.update({ where: { id: userId }, data: { active }, select: userSummary });
    await recordAudit(tx, {
      actorId,
      action: active ? "user.activate" : "user.deactivate",
      targetType: "user",
      targetId: userId,
      details: { email: user.email },
    });
    return { user: updated, changed: true };
  });
}

/**
 * An account's two-factor columns with two-factor sign-in off: no secret, confirmed or being set
 * up, no recovery codes. One definition for turning it off oneself (lib/auth/two-factor-actions)
 * and an administrator's reset below.
 */
export const TWO_FACTOR_OFF = {
  totpSecret: null,
  totpPendingSecret: null,
  totpLastStep: null,
  totpEnabledAt: null,
  recoveryCodes: [],
} satisfies Prisma.UserUpdateInput;

/**
 * Turns off another account's two-factor sign-in, for a staff member who lost both the
 * authenticator and the recovery codes: they sign in with their password again and can set up
 * a new authenticator on their account page. Never one's own account (the account page does
 * that, with a code). Audited, like every change to an account.
 */
export async function resetTwoFactor(client: PrismaClient, userId: number, actorId: number | null) {
  return client.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: { ...userSummary, totpEnabledAt: true },
    });
    if (!user) throw new AccountRuleError(t("gone"));
    if (userId === actorId) throw new AccountRuleError(t("twoFactorNotSelf"));
    if (!user.totpEnabledAt) return { user, changed: false };
    await tx.user.update({
      where: { id: userId },
      data: TWO_FACTOR_OFF,
    });
    await recordAudit(tx, {
      actorId,
      action: "user.two-factor-reset",
      targetType: "user",
      targetId: userId,
      details: { email: user.email },
    });
    return { user, changed: true };
  });
}

/**
 * The script's `--update` of an existing account: role, password and (when given) name; an
 * inactive account is reactivated. The last-admin rule holds here too.
 */
export async function updateStaffUser(
  client: PrismaClient,
  input: Omit<NewUser, "name"> & { name?: string },
  actorId: number | null,
) {
  const passwordHash = await hashPassword(input.password);
  return client.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email: input.email }, select: userSummary });
    if (!user) throw new AccountRuleError(t("noAccount", { email: input.email }), "email");
    if (user.role === "ADMIN" && user.active && input.role !== "ADMIN")
      await keepAnAdmin(tx, user.id, t("making", { name: user.name, role: roleName(input.role) }));
    const updated = await tx.user.update({
      where: { id: user.id },
      data: { role: input.role, passwordHash, active: true, ...(input.name ? { name: input.name } : {}) },
      select: userSummary,
    });
    const changes: Record<string, { before: unknown; after: unknown } | boolean> = { password: true };
    if (user.role !== updated.role) changes.role = { before: user.role, after: updated.role };
    if (user.name !== updated.name) changes.name = { before: user.name, after: updated.name };
    if (!user.active) changes.active = { before: false, after: true };
    await recordAudit(tx, {
      actorId,
      action: "user.update",
      targetType: "user",
      targetId: user.id,
      details: { email: user.email, via: "cli", ...changes },
    });
    return { before: user, user: updated };
  });
}
