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

export const SIGN_IN_LIMITS = { perAddress: 20, perAccountAndAddress: 5, windowSeconds: 15 * 60 };

/** Seconds to wait before checking a password, from the account's recent failures anywhere. */
export function accountDelaySeconds(recentFailures: number): number {
  return recentFailures <= 5 ? 0 : Math.min(5, (recentFailures - 5) * 0.25);
}

// Verifying against a fixed hash when the email is unknown keeps response times alike, so
// timing does not reveal which emails have accounts.
const unknownUserHash = hash("not-a-real-password-lede");

export type SignInCheck =
  | { ok: true; user: { id: number; email: string; name: string; role: string } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "limited"; retryAfterSeconds: number };

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

  const blocked = [
    { result: byAddress, points: SIGN_IN_LIMITS.perAddress },
    { result: byPair, points: SIGN_IN_LIMITS.perAccountAndAddress },
  ].filter(({ result, points }) => result && result.consumedPoints >= points);
  if (blocked.length) {
    const retryAfterSeconds = Math.max(
      1,
      Math.ceil(Math.max(...blocked.map(({ result }) => result!.msBeforeNext)) / 1000),
    );
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
  await Promise.all([
    LIMITS.signInAccountAddress().delete(pairKey),
    db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } }),
    audit("auth.sign-in"),
  ]);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}
