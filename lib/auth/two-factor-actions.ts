"use server";
// A staff member turns two-factor sign-in on or off for their own account (/admin/account):
// start (a new secret shown as a QR code), confirm with a first code (then ten recovery codes,
// shown once), new recovery codes, turn off. Confirming, renewing and turning off need a current
// code, so a session left open on a shared computer cannot change them. Each change is audited.
import "server-only";
import { refresh } from "next/cache";
import { z } from "zod";
import { adminAction, type ActionState } from "@/lib/actions/admin";
import { recordAudit } from "@/lib/audit/record";
import type { StaffUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { translator } from "@/lib/i18n/messages";
import { TWO_FACTOR_OFF } from "@/lib/users/accounts";
import {
  acceptedStep,
  decryptSecret,
  encryptSecret,
  newRecoveryCodes,
  newSecret,
  spendSecondFactor,
} from "./two-factor";

export type TwoFactorState = ActionState & {
  /** Shown once, right after they are made. */
  recoveryCodes?: string[];
};

const ACCOUNT_PATH = "/admin/account";
const onAccount = { respondTo: () => ACCOUNT_PATH, secret: ["code"] } as const;
const codeSchema = z.object({ code: z.string().trim().min(1).max(20) });

/** Records the change; the account page is in no cache, so it is re-rendered for the new state. */
async function audit(user: StaffUser, action: string): Promise<void> {
  await recordAudit(db, { actorId: user.id, action, targetType: "user", targetId: user.id });
  refresh();
}

function wrongCode(): TwoFactorState {
  const t = translator("AdminAccount");
  return { status: "error", message: t("wrongCode"), fieldErrors: { code: t("wrongCode") } };
}

export const startTwoFactor = adminAction<z.ZodObject, TwoFactorState>(
  "account.two-factor.start",
  "account",
  z.object({}),
  onAccount,
  async (_input, { user }) => {
    await db.user.update({ where: { id: user.id }, data: { totpPendingSecret: encryptSecret(newSecret()) } });
    refresh();
    return { status: "ok", message: translator("AdminAccount")("scanNow") };
  },
);

export const confirmTwoFactor = adminAction<typeof codeSchema, TwoFactorState>(
  "account.two-factor.confirm",
  "account",
  codeSchema,
  onAccount,
  async ({ code }, { user }) => {
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    const pending = stored.totpPendingSecret ? decryptSecret(stored.totpPendingSecret) : null;
    const step = pending ? acceptedStep(pending, code, null) : null;
    if (!pending || step === null) return wrongCode();
    const recovery = newRecoveryCodes();
    await db.user.update({
      where: { id: user.id },
      data: {
        totpSecret: encryptSecret(pending),
        totpPendingSecret: null,
        totpLastStep: step,
        totpEnabledAt: new Date(),
        recoveryCodes: recovery.hashes,
      },
    });
    await audit(user, "auth.two-factor-on");
    return { status: "ok", message: translator("AdminAccount")("turnedOn"), recoveryCodes: recovery.codes };
  },
);

export const renewRecoveryCodes = adminAction<typeof codeSchema, TwoFactorState>(
  "account.two-factor.recovery-codes",
  "account",
  codeSchema,
  onAccount,
  async ({ code }, { user }) => {
    if (!(await spendSecondFactor(user.id, code, { recoveryAllowed: false }))) return wrongCode();
    const recovery = newRecoveryCodes();
    await db.user.update({ where: { id: user.id }, data: { recoveryCodes: recovery.hashes } });
    await audit(user, "auth.recovery-codes-renewed");
    return { status: "ok", message: translator("AdminAccount")("renewed"), recoveryCodes: recovery.codes };
  },
);

export const turnOffTwoFactor = adminAction<typeof codeSchema, TwoFactorState>(
  "account.two-factor.off",
  "account",
  codeSchema,
  onAccount,
  async ({ code }, { user }) => {
    if (!(await spendSecondFactor(user.id, code, { recoveryAllowed: true }))) return wrongCode();
    await db.user.update({
      where: { id: user.id },
      data: TWO_FACTOR_OFF,
    });
    await audit(user, "auth.two-factor-off");
    return { status: "ok", message: translator("AdminAccount")("turnedOff") };
  },
);
