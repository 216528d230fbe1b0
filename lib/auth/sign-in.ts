// Checking a staff sign-in without handing strangers a way to lock staff out:
// - failures are counted per address (20 per 15 minutes, any account) and per account and
//   address (5 per 15 minutes): whoever types wrong passwords for someone's email blocks only
//   their own address, never the owner's;
// - failures for one account from anywhere slow its next attempts down (up to 5 s each), which
//   costs a distributed guesser time without ever refusing the right password;
// - passwords are argon2id hashes, so each guess is expensive anyway.
// Every attempt is written to the audit log with the salted hash of the address, never the
// password or the address itself; an unknown email is not recorded (it may be a password typed
// in the wrong field).
import { hash, verify } from "@node-rs/argon2";
import { recordAudit } from "@/lib/audit/record";
import { normaliseEmail } from "@/lib/comments/identity";
import { db } from "@/lib/db";
import { LIMITS } from "@/lib/security/rate-limit";
import { hashIp } from "@/lib/security/request";
import { spendSecondFactor } from "./two-factor";

export const SIGN_IN_LIMITS = { perAddress: 20, perAccountAndAddress: 5, windowSeconds: 15 * 60 };

/** Seconds to wait before checking a password, from the account's recent failures anywhere. */
export function accountDelaySeconds(recentFailures: number): number {
  return recentFailures <= 5 ? 0 : Math.min(5, (recentFailures - 5) * 0.25);
}

// Verifying against a fixed hash when the email is unknown keeps response times alike, so
// timing does not reveal which emails have accounts.
const unknownUserHash = hash("not-a-real-password-lede");

type SignedInUser = { id: number; email: string; name: string; role: string };

export type SignInCheck =
  | {
      ok: true;
      user: SignedInUser;
      /** The password was right; a second factor must follow. */ twoFactor?: boolean;
    }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "limited"; retryAfterSeconds: number };

type Consumed = { consumedPoints: number; msBeforeNext: number } | null;

/** Seconds until this address may try again, or 0: its own limit, or its limit for this account. */
function blockedFor(byAddress: Consumed, byPair: Consumed): number {
  const blocked = [
    { result: byAddress, points: SIGN_IN_LIMITS.perAddress },
    { result: byPair, points: SIGN_IN_LIMITS.perAccountAndAddress },
  ].filter(({ result, points }) => result && result.consumedPoints >= points);
  if (!blocked.length) return 0;
  return Math.max(1, Math.ceil(Math.max(...blocked.map(({ result }) => result!.msBeforeNext)) / 1000));
}

const sleep = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

export async function checkSignIn(
  input: { email: string; password: string; ip: string },
  wait: (seconds: number) => Promise<unknown> = sleep,
): Promise<SignInCheck> {
  const email = normaliseEmail(input.email);
  const addressHash = hashIp(input.ip);
  const pairKey = `${email}\n${addressHash}`;
  const [byAddress, byPair, byAccount] = await Promise.all([
    LIMITS.signInAddress().get(addressHash),
    LIMITS.signInAccountAddress().get(pairKey),
    LIMITS.signInAccount().get(email),
  ]);
  const user = await db.user.findUnique({ where: { email } });
  const audit = (action: string, details: Record<string, string | number> = {}) =>
    user
      ? recordAudit(db, {
          actorId: action === "auth.sign-in" ? user.id : null,
          action,
          targetType: "user",
          targetId: user.id,
          details: { addressHash, ...details },
        })
      : Promise.resolve();

  const retryAfterSeconds = blockedFor(byAddress, byPair);
  if (retryAfterSeconds) {
    await audit("auth.sign-in-refused", { reason: "too many attempts from this address" });
    return { ok: false, reason: "limited", retryAfterSeconds };
  }

  await wait(accountDelaySeconds(byAccount?.consumedPoints ?? 0));
  const valid = await verify(user?.passwordHash ?? (await unknownUserHash), input.password).catch(
    () => false,
  );
  if (!user || !valid || !user.active) {
    await Promise.all([
      LIMITS.signInAddress().penalty(addressHash, 1),
      LIMITS.signInAccountAddress().penalty(pairKey, 1),
      LIMITS.signInAccount().penalty(email, 1),
      audit("auth.sign-in-failed", { reason: !valid ? "wrong password" : "account deactivated" }),
    ]);
    return { ok: false, reason: "invalid" };
  }
  const signedIn = { id: user.id, email: user.email, name: user.name, role: user.role };
  if (user.totpEnabledAt) {
    await audit("auth.password-ok", { next: "second factor" });
    return { ok: true, user: signedIn, twoFactor: true };
  }
  await Promise.all([LIMITS.signInAccountAddress().delete(pairKey), completeSignIn(user.id, addressHash)]);
  return { ok: true, user: signedIn };
}

async function completeSignIn(userId: number, addressHash: string, secondFactor?: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { lastSignInAt: new Date() } });
  await recordAudit(db, {
    actorId: userId,
    action: "auth.sign-in",
    targetType: "user",
    targetId: userId,
    details: { addressHash, ...(secondFactor ? { secondFactor } : {}) },
  });
}

/**
 * The second step for an account with two-factor sign-in: a code from the authenticator app
 * (each accepted once) or one of the recovery codes (used up). Wrong codes count against the
 * same limits as wrong passwords.
 */
export async function checkSecondFactor(input: {
  userId: number;
  code: string;
  ip: string;
}): Promise<SignInCheck> {
  const addressHash = hashIp(input.ip);
  const user = await db.user.findUnique({ where: { id: input.userId } });
  if (!user || !user.active || !user.totpSecret) return { ok: false, reason: "invalid" };
  const pairKey = `${user.email}\n${addressHash}`;
  const [byAddress, byPair] = await Promise.all([
    LIMITS.signInAddress().get(addressHash),
    LIMITS.signInAccountAddress().get(pairKey),
  ]);
  const retryAfterSeconds = blockedFor(byAddress, byPair);
  if (retryAfterSeconds) return { ok: false, reason: "limited", retryAfterSeconds };

  const used = await spendSecondFactor(user.id, input.code, { recoveryAllowed: true });
  if (!used) {
    await Promise.all([
      LIMITS.signInAddress().penalty(addressHash, 1),
      LIMITS.signInAccountAddress().penalty(pairKey, 1),
      recordAudit(db, {
        actorId: null,
        action: "auth.sign-in-failed",
        targetType: "user",
        targetId: user.id,
        details: { addressHash, reason: "wrong code" },
      }),
    ]);
    return { ok: false, reason: "invalid" };
  }
  await Promise.all([
    LIMITS.signInAccountAddress().delete(pairKey),
    completeSignIn(user.id, addressHash, used),
  ]);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}
