// Staff accounts by mail: an invitation (a new staff member sets their own password) and a
// password reset, each a one-time link valid for an hour. Only the sha256 of the link's secret
// is stored; using a link sets the password and voids every other open link of the account.
// Reset requests are rate limited per client address (LIMITS.passwordReset) and per account
// (three links an hour), and answer the same whether or not the address has an account.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { translator } from "@/lib/i18n/messages";
import { absolute } from "@/lib/mail/links";
import { queueMail } from "@/lib/mail/outbox";
import { AccountRuleError, hashPassword } from "./accounts";

type Tx = Prisma.TransactionClient;

export const LINK_LIFETIME_MS = 60 * 60_000;
export const RESETS_PER_HOUR = 3;

const digest = (token: string) => createHash("sha256").update(token).digest("hex");

async function issueLink(
  tx: Tx,
  user: { id: number; email: string; name: string },
  purpose: "INVITE" | "RESET",
  now: Date,
): Promise<void> {
  const token = randomBytes(32).toString("base64url");
  const link = await tx.staffAccountLink.create({
    data: {
      tokenHash: digest(token),
      userId: user.id,
      purpose,
      expiresAt: new Date(now.getTime() + LINK_LIFETIME_MS),
    },
    select: { id: true },
  });
  const url = absolute(`/admin/set-password/${token}`);
  const { SITE_NAME } = env();
  const t = translator("Mails");
  await queueMail(tx, {
    key: `staff-link:${link.id}`,
    kind: purpose === "INVITE" ? "invite" : "password-reset",
    to: user.email,
    subject: t(purpose === "INVITE" ? "inviteSubject" : "resetSubject", { site: SITE_NAME }),
    text: [
      t(purpose === "INVITE" ? "inviteIntro" : "resetIntro", { name: user.name, site: SITE_NAME }),
      url,
      t("linkOnce"),
    ].join("\n\n"),
  });
}

/** Creates an account with no usable password and mails it an invitation. */
export async function inviteStaffUser(
  input: { email: string; name: string; role: Role },
  actorId: number,
  now = new Date(),
) {
  // A password nobody knows, until the invitation sets one.
  const passwordHash = await hashPassword(randomBytes(32).toString("base64url"));
  const duplicate = () =>
    new AccountRuleError(translator("AdminUsers")("duplicate", { email: input.email }), "email");
  return db
    .$transaction(async (tx) => {
      if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } }))
        throw duplicate();
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, role: input.role, passwordHash },
        select: { id: true, email: true, name: true, role: true },
      });
      await issueLink(tx, user, "INVITE", now);
      await recordAudit(tx, {
        actorId,
        action: "user.invite",
        targetType: "user",
        targetId: user.id,
        details: { email: user.email, name: user.name, role: user.role },
      });
      return user;
    })
    .catch((error: unknown) => {
      throw (error as { code?: string }).code === "P2002" ? duplicate() : error;
    });
}

/** A reset request: a link for an active account, at most RESETS_PER_HOUR an hour; silent otherwise. */
export async function requestPasswordReset(email: string, now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { email },
      select: { id: true, email: true, name: true, active: true },
    });
    if (!user?.active) return;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('staff-reset'), ${user.id}::int)`;
    const recent = await tx.staffAccountLink.count({
      where: { userId: user.id, purpose: "RESET", createdAt: { gt: new Date(now.getTime() - 3_600_000) } },
    });
    if (recent >= RESETS_PER_HOUR) return;
    await issueLink(tx, user, "RESET", now);
    await recordAudit(tx, {
      actorId: null,
      action: "user.reset-requested",
      targetType: "user",
      targetId: user.id,
    });
  });
}

/** Whether a link can still be used (the page shows the form only then). */
export async function openLink(token: string, now = new Date()) {
  const link = await db.staffAccountLink.findUnique({
    where: { tokenHash: digest(token) },
    select: {
      id: true,
      purpose: true,
      expiresAt: true,
      usedAt: true,
      user: { select: { id: true, name: true, email: true, active: true } },
    },
  });
  if (!link || link.usedAt || link.expiresAt <= now || !link.user.active) return null;
  return link;
}

/** Sets the password from a link, once; voids the account's other open links. */
export async function usePasswordLink(token: string, password: string, now = new Date()): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    // Claimed atomically: of two concurrent uses, one wins.
    const claimed = await tx.staffAccountLink.updateMany({
      where: { tokenHash: digest(token), usedAt: null, expiresAt: { gt: now }, user: { active: true } },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) return false;
    const link = await tx.staffAccountLink.findUniqueOrThrow({
      where: { tokenHash: digest(token) },
      select: { userId: true, purpose: true },
    });
    await tx.user.update({ where: { id: link.userId }, data: { passwordHash } });
    await tx.staffAccountLink.updateMany({
      where: { userId: link.userId, usedAt: null },
      data: { usedAt: now },
    });
    await recordAudit(tx, {
      actorId: link.userId,
      action: link.purpose === "INVITE" ? "user.invite-accepted" : "user.password-reset",
      targetType: "user",
      targetId: link.userId,
    });
    return true;
  });
}
