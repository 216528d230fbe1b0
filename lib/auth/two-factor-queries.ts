import "server-only";
import type { StaffUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { decryptSecret, enrolment } from "./two-factor";

export type TwoFactorStatus =
  | { state: "on"; since: string; recoveryCodesLeft: number }
  | { state: "setting-up"; key: string; uri: string; qrSvg: string }
  | { state: "off" };

/** What the account page shows about the user's two-factor sign-in (the secret only while setting up). */
export async function twoFactorStatus(user: StaffUser): Promise<TwoFactorStatus> {
  const stored = await db.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { totpEnabledAt: true, totpPendingSecret: true, recoveryCodes: true },
  });
  if (stored.totpEnabledAt)
    return {
      state: "on",
      since: stored.totpEnabledAt.toISOString(),
      recoveryCodesLeft: stored.recoveryCodes.length,
    };
  const pending = stored.totpPendingSecret ? decryptSecret(stored.totpPendingSecret) : null;
  if (!pending) return { state: "off" };
  return { state: "setting-up", key: pending, ...enrolment(pending, user.email) };
}
