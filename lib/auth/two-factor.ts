// Optional two-factor sign-in for staff: time-based one-time codes (TOTP, RFC 6238, 30 s, six
// digits, the kind every authenticator app reads from a QR code) and ten one-time recovery codes.
// The secret is stored encrypted (AES-256-GCM, key derived from AUTH_SECRET: rotating that secret
// turns two-factor off in effect, and recovery codes, stored as hashes, still work); each code is
// accepted once (the time step of the last one is kept), one step of clock drift either way.
import "server-only";
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import { renderSVG } from "uqr";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

const PERIOD = 30;
const RECOVERY_CODES = 10;

function key(): Buffer {
  return createHash("sha256").update(`totp-secret:${env().AUTH_SECRET}`).digest();
}

export function encryptSecret(base32: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const sealed = Buffer.concat([cipher.update(base32, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), sealed].map((part) => part.toString("base64url")).join(".");
}

export function decryptSecret(stored: string): string | null {
  try {
    const [iv, tag, sealed] = stored.split(".").map((part) => Buffer.from(part, "base64url"));
    const decipher = createDecipheriv("aes-256-gcm", key(), iv!);
    decipher.setAuthTag(tag!);
    return Buffer.concat([decipher.update(sealed!), decipher.final()]).toString("utf8");
  } catch {
    return null; // another AUTH_SECRET, or tampered with
  }
}

export function newSecret(): string {
  return new Secret({ size: 20 }).base32;
}

const totp = (base32: string, label = "staff") =>
  new TOTP({ issuer: env().SITE_NAME, label, algorithm: "SHA1", digits: 6, period: PERIOD, secret: base32 });

/** What an authenticator app scans: the otpauth:// address, as an SVG QR code too. */
export function enrolment(base32: string, email: string): { uri: string; qrSvg: string } {
  const uri = totp(base32, email).toString();
  return { uri, qrSvg: renderSVG(uri, { border: 2 }) };
}

/**
 * The time step of `code` if it is valid now (one step of drift allowed) and later than
 * `lastStep`, else null.
 */
export function acceptedStep(base32: string, code: string, lastStep: number | null, now = Date.now()) {
  const token = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totp(base32).validate({ token, timestamp: now, window: 1 });
  if (delta === null) return null;
  const step = Math.floor(now / 1000 / PERIOD) + delta;
  return lastStep !== null && step <= lastStep ? null : step;
}

const hashCode = (code: string) =>
  createHash("sha256")
    .update(code.replace(/[\s-]+/g, "").toLowerCase())
    .digest("hex");

/** Ten fresh recovery codes (shown once) and the hashes to store. */
export function newRecoveryCodes(): { codes: string[]; hashes: string[] } {
  const codes = Array.from({ length: RECOVERY_CODES }, () => {
    const raw = randomBytes(8).toString("hex").slice(0, 10);
    return `${raw.slice(0, 5)}-${raw.slice(5)}`;
  });
  return { codes, hashes: codes.map(hashCode) };
}

/** The stored hashes without the one `code` matches, or null when it matches none. */
export function spendRecoveryCode(hashes: string[], code: string): string[] | null {
  const hashed = hashCode(code);
  return hashes.includes(hashed) ? hashes.filter((stored) => stored !== hashed) : null;
}

/**
 * Checks a code against the account's enabled two-factor sign-in and uses it up: an
 * authenticator code (its time step kept, so it works once) or, when allowed, a recovery code.
 * Under a row lock, so two tabs sending the same code cannot both succeed. Which one it was, or
 * null when the code is wrong.
 */
export async function spendSecondFactor(
  userId: number,
  code: string,
  { recoveryAllowed }: { recoveryAllowed: boolean },
): Promise<"authenticator code" | "recovery code" | null> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${userId} FOR UPDATE`;
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId } });
    const secret = user.totpSecret ? decryptSecret(user.totpSecret) : null;
    const step = secret ? acceptedStep(secret, code, user.totpLastStep) : null;
    if (step !== null) {
      await tx.user.update({ where: { id: userId }, data: { totpLastStep: step } });
      return "authenticator code";
    }
    const remaining = recoveryAllowed ? spendRecoveryCode(user.recoveryCodes, code) : null;
    if (!remaining) return null;
    await tx.user.update({ where: { id: userId }, data: { recoveryCodes: remaining } });
    return "recovery code";
  });
}
