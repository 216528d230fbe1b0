// Sign-in limits that cannot be turned against staff: wrong passwords typed for someone's email
// from one address block that address (for that account, then for all), never the owner signing
// in from elsewhere; every attempt is audited with a hashed address and no password.
import { randomBytes } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountDelaySeconds, checkSignIn, SIGN_IN_LIMITS } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import { hashIp } from "@/lib/security/request";

const run = randomBytes(3).toString("hex");
const PASSWORD = "correct horse battery staple";
const waits: number[] = [];
const noWait = async (seconds: number) => void waits.push(seconds);
const users: { id: number; email: string }[] = [];

async function staff(label: string) {
  const user = await db.user.create({
    data: {
      email: `${label}-${run}@lede-signin.test`,
      name: label,
      passwordHash: await hash(PASSWORD),
      role: "EDITOR",
    },
  });
  users.push(user);
  return user;
}

/** A fresh documentation-range address per test (rate limits live in the shared table). */
let octet = 0;
const address = () => `203.0.113.${(octet += 1)}-${run}`;

beforeAll(() => {
  waits.length = 0;
});
afterAll(async () => {
  await db.auditEntry.deleteMany({
    where: { targetType: "user", targetId: { in: users.map((u) => String(u.id)) } },
  });
  await db.user.deleteMany({ where: { id: { in: users.map((user) => user.id) } } });
});

describe("checkSignIn", () => {
  it("20 wrong passwords for a staff email from one address do not stop the right one from another", async () => {
    const victim = await staff("victim");
    const attacker = address();
    const results = [];
    for (let attempt = 0; attempt < 20; attempt += 1)
      results.push(
        await checkSignIn({ email: victim.email, password: `guess-${attempt}`, ip: attacker }, noWait),
      );
    // The first five are checked and wrong; then that address is refused for this account.
    expect(results.slice(0, SIGN_IN_LIMITS.perAccountAndAddress).map((r) => r.ok || r.reason)).toEqual(
      Array(SIGN_IN_LIMITS.perAccountAndAddress).fill("invalid"),
    );
    expect(results.at(-1)).toMatchObject({ ok: false, reason: "limited" });
    // Even the right password is refused from the attacker's address…
    expect(
      await checkSignIn({ email: victim.email, password: PASSWORD, ip: attacker }, noWait),
    ).toMatchObject({
      ok: false,
      reason: "limited",
    });
    // …but the owner, from their own address, signs in (after a short delay at most).
    waits.length = 0;
    const owner = await checkSignIn(
      { email: victim.email.toUpperCase(), password: PASSWORD, ip: address() },
      noWait,
    );
    expect(owner).toMatchObject({ ok: true, user: { id: victim.id } });
    expect(waits).toEqual([accountDelaySeconds(SIGN_IN_LIMITS.perAccountAndAddress)]);
  });

  it("stops one address guessing across many accounts", async () => {
    const accounts = await Promise.all([1, 2, 3, 4, 5].map((n) => staff(`spray-${n}`)));
    const sprayer = address();
    const outcomes: string[] = [];
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.perAddress + 2; attempt += 1) {
      const target = accounts[attempt % accounts.length]!;
      const result = await checkSignIn(
        { email: target.email, password: `nope-${attempt}`, ip: sprayer },
        noWait,
      );
      outcomes.push(result.ok ? "ok" : result.reason);
    }
    expect(outcomes.slice(0, SIGN_IN_LIMITS.perAddress)).toEqual(
      Array(SIGN_IN_LIMITS.perAddress).fill("invalid"),
    );
    expect(outcomes.slice(SIGN_IN_LIMITS.perAddress)).toEqual(["limited", "limited"]);
    // The right password from that address is refused too, until the window passes.
    const refused = await checkSignIn({ email: accounts[0]!.email, password: PASSWORD, ip: sprayer }, noWait);
    expect(refused).toMatchObject({ ok: false, reason: "limited" });
    expect(refused.ok === false && refused.reason === "limited" && refused.retryAfterSeconds).toBeGreaterThan(
      60,
    );
  });

  it("slows an account's attempts as failures pile up, up to 5 s, and never refuses them for that", () => {
    expect([0, 5, 6, 10, 20, 25, 500].map(accountDelaySeconds)).toEqual([0, 0, 0.25, 1.25, 3.75, 5, 5]);
  });

  it("a success clears the account's count for that address", async () => {
    const user = await staff("typo");
    const ip = address();
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.perAccountAndAddress - 1; attempt += 1)
      await checkSignIn({ email: user.email, password: "typo", ip }, noWait);
    expect(await checkSignIn({ email: user.email, password: PASSWORD, ip }, noWait)).toMatchObject({
      ok: true,
    });
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.perAccountAndAddress - 1; attempt += 1)
      expect(await checkSignIn({ email: user.email, password: "typo", ip }, noWait)).toMatchObject({
        reason: "invalid",
      });
  });

  it("audits every attempt with the hashed address, never the password or the address", async () => {
    const user = await staff("audited");
    const ip = address();
    await checkSignIn({ email: user.email, password: "wrong-password-xyz", ip }, noWait);
    await checkSignIn({ email: user.email, password: PASSWORD, ip }, noWait);
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await checkSignIn({ email: user.email, password: PASSWORD, ip }, noWait)).toMatchObject({
      reason: "invalid",
    });
    const entries = await db.auditEntry.findMany({
      where: { targetType: "user", targetId: String(user.id) },
      orderBy: { id: "asc" },
    });
    expect(entries.map((entry) => [entry.action, entry.actorId])).toEqual([
      ["auth.sign-in-failed", null],
      ["auth.sign-in", user.id],
      ["auth.sign-in-failed", null],
    ]);
    for (const entry of entries) {
      expect(entry.details).toMatchObject({ addressHash: hashIp(ip) });
      const text = JSON.stringify(entry.details);
      expect(text).not.toContain(ip);
      expect(text).not.toContain("wrong-password-xyz");
      expect(text).not.toContain(PASSWORD);
    }
  });
});
