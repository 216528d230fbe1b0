// Two-factor sign-in for staff: codes from an authenticator app (RFC 6238) accepted once each,
// one step of clock drift, recovery codes used up, the secret stored encrypted, and the sign-in
// completed (and audited as such) only after the second step; wrong codes count against the
// same per-address limits as wrong passwords.
import { randomBytes } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { TOTP } from "otpauth";
import { afterAll, describe, expect, it } from "vitest";
import { checkSecondFactor, checkSignIn, SIGN_IN_LIMITS } from "@/lib/auth/sign-in";
import {
  acceptedStep,
  decryptSecret,
  encryptSecret,
  newRecoveryCodes,
  newSecret,
  spendRecoveryCode,
} from "@/lib/auth/two-factor";
import { db } from "@/lib/db";

const run = randomBytes(3).toString("hex");
const PASSWORD = "correct horse battery staple";
const noWait = async () => {};
const users: number[] = [];
const codeAt = (secret: string, timestamp: number) =>
  new TOTP({ secret, digits: 6, period: 30 }).generate({ timestamp });

let octet = 0;
const address = () => `198.51.100.${(octet += 1)}-${run}`;

async function staffWithTwoFactor(label: string) {
  const secret = newSecret();
  const recovery = newRecoveryCodes();
  const user = await db.user.create({
    data: {
      email: `${label}-${run}@lede-2fa.test`,
      name: label,
      passwordHash: await hash(PASSWORD),
      role: "MODERATOR",
      totpSecret: encryptSecret(secret),
      totpEnabledAt: new Date(),
      recoveryCodes: recovery.hashes,
    },
  });
  users.push(user.id);
  return { user, secret, recovery: recovery.codes };
}

afterAll(async () => {
  await db.auditEntry.deleteMany({ where: { targetType: "user", targetId: { in: users.map(String) } } });
  await db.user.deleteMany({ where: { id: { in: users } } });
});

describe("codes", () => {
  const secret = newSecret();
  const now = Date.UTC(2026, 11, 2, 12, 0, 15);
  const step = Math.floor(now / 30_000);

  it("accepts the current code and one step either side, each only once", () => {
    expect(acceptedStep(secret, codeAt(secret, now), null, now)).toBe(step);
    expect(acceptedStep(secret, codeAt(secret, now - 30_000), null, now)).toBe(step - 1);
    expect(acceptedStep(secret, codeAt(secret, now + 30_000), null, now)).toBe(step + 1);
    expect(acceptedStep(secret, codeAt(secret, now - 90_000), null, now)).toBeNull();
    // Replayed, or older than the last one accepted.
    expect(acceptedStep(secret, codeAt(secret, now), step, now)).toBeNull();
    expect(acceptedStep(secret, codeAt(secret, now - 30_000), step, now)).toBeNull();
    expect(acceptedStep(secret, " 123 456 ", null, now)).toBeNull();
    expect(acceptedStep(secret, "abcdef", null, now)).toBeNull();
  });

  it("keeps the secret encrypted: it reads back, and a tampered value reads as nothing", () => {
    const sealed = encryptSecret(secret);
    expect(sealed).not.toContain(secret);
    expect(decryptSecret(sealed)).toBe(secret);
    const [iv, tag, body] = sealed.split(".");
    expect(decryptSecret(`${iv}.${tag}.${body!.slice(0, -2)}AA`)).toBeNull();
  });

  it("uses up a recovery code (typed in any case, with or without its dash)", () => {
    const { codes, hashes } = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const left = spendRecoveryCode(hashes, codes[3]!.toUpperCase().replace("-", ""));
    expect(left).toHaveLength(9);
    expect(spendRecoveryCode(left!, codes[3]!)).toBeNull();
  });
});

describe("signing in with two-factor", () => {
  it("stops after the password until a code is given, then completes and audits the sign-in", async () => {
    const { user, secret } = await staffWithTwoFactor("two-step");
    const ip = address();
    const first = await checkSignIn({ email: user.email, password: PASSWORD, ip }, noWait);
    expect(first).toMatchObject({ ok: true, twoFactor: true });
    expect(await db.auditEntry.count({ where: { action: "auth.sign-in", targetId: String(user.id) } })).toBe(
      0,
    );
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).toBeNull();

    const code = codeAt(secret, Date.now());
    expect(await checkSecondFactor({ userId: user.id, code, ip })).toMatchObject({ ok: true });
    const entry = await db.auditEntry.findFirstOrThrow({
      where: { action: "auth.sign-in", targetId: String(user.id) },
    });
    expect(entry.details).toMatchObject({ secondFactor: "authenticator code" });
    expect(JSON.stringify(entry.details)).not.toContain(ip);
    // The same code cannot be used again (someone who saw it over a shoulder).
    expect(await checkSecondFactor({ userId: user.id, code, ip: address() })).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("accepts a recovery code once", async () => {
    const { user, recovery } = await staffWithTwoFactor("recovery");
    expect(await checkSecondFactor({ userId: user.id, code: recovery[0]!, ip: address() })).toMatchObject({
      ok: true,
    });
    expect(await checkSecondFactor({ userId: user.id, code: recovery[0]!, ip: address() })).toMatchObject({
      ok: false,
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).recoveryCodes).toHaveLength(9);
  });

  it("limits wrong codes per address like wrong passwords, without locking the owner out elsewhere", async () => {
    const { user, secret } = await staffWithTwoFactor("guessed");
    const guesser = address();
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.perAccountAndAddress; attempt++)
      expect(await checkSecondFactor({ userId: user.id, code: "000000", ip: guesser })).toEqual({
        ok: false,
        reason: "invalid",
      });
    expect(
      await checkSecondFactor({ userId: user.id, code: codeAt(secret, Date.now()), ip: guesser }),
    ).toMatchObject({
      ok: false,
      reason: "limited",
    });
    expect(
      await checkSecondFactor({ userId: user.id, code: codeAt(secret, Date.now()), ip: address() }),
    ).toMatchObject({
      ok: true,
    });
    expect(
      await db.auditEntry.count({ where: { action: "auth.sign-in-failed", targetId: String(user.id) } }),
    ).toBe(SIGN_IN_LIMITS.perAccountAndAddress);
  });

  it("refuses a code for an account without two-factor or a deactivated one", async () => {
    const { user, secret } = await staffWithTwoFactor("deactivated");
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(
      await checkSecondFactor({ userId: user.id, code: codeAt(secret, Date.now()), ip: address() }),
    ).toEqual({
      ok: false,
      reason: "invalid",
    });
  });
});
