// Staff accounts from the Users page, with a signed-in admin: create (argon2id hash), change
// role, deactivate and reactivate, the audit entries, and the rules: never without an active
// admin, nobody deactivates themselves.
import { verify } from "@node-rs/argon2";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/config", () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn(), handlers: {} }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "next-action": "x" }),
  cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {} }),
}));
// The users page is refreshed after a change (staff accounts are in no cache).
vi.mock("next/cache", () => ({
  cacheTag: () => {},
  cacheLife: () => {},
  updateTag: () => {},
  revalidateTag: () => {},
  revalidatePath: () => {},
  refresh: vi.fn(),
}));

import { refresh } from "next/cache";
import { db } from "@/lib/db";
import {
  activateUser,
  changeUserRole,
  createUser,
  deactivateUser,
  resetUserTwoFactor,
} from "@/lib/users/actions";
import { listStaff } from "@/lib/users/queries";
import { auditSince, call, createStaff, lastAuditId, run, signInAs } from "./support";

let admin: { id: number; name: string };
const created: number[] = [];
// Active admins from other files (the database is shared): set aside so that `admin` is the
// only one, then put back.
let otherAdmins: number[] = [];

beforeAll(async () => {
  otherAdmins = (
    await db.user.findMany({ where: { role: "ADMIN", active: true }, select: { id: true } })
  ).map((row) => row.id);
  await db.user.updateMany({ where: { id: { in: otherAdmins } }, data: { active: false } });
  admin = await createStaff("ADMIN", "users-admin");
  created.push(admin.id);
});

afterAll(async () => {
  await db.user.deleteMany({ where: { id: { in: created } } });
  await db.user.updateMany({ where: { id: { in: otherAdmins } }, data: { active: true } });
});

beforeEach(() => {
  signInAs(admin.id);
  vi.mocked(refresh).mockClear();
});

const email = (label: string) => `${label}-${run}@lede-users.test`;

describe("creating an account", () => {
  it("creates the user with an argon2id hash of the initial password, and records it", async () => {
    const since = await lastAuditId();
    const state = await call(createUser, {
      formId: "user-create",
      name: " Jane Editor ",
      email: ` ${email("Jane").toUpperCase()} `,
      role: "EDITOR",
      password: "correct horse battery",
    });
    expect(state).toMatchObject({
      status: "ok",
      message: expect.stringContaining(`Created Jane Editor (${email("jane")}) as editor.`),
    });
    const user = await db.user.findUniqueOrThrow({ where: { email: email("jane") } });
    created.push(user.id);
    expect(user).toMatchObject({ name: "Jane Editor", role: "EDITOR", active: true });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verify(user.passwordHash, "correct horse battery")).toBe(true);
    expect(await auditSince(since)).toMatchObject([
      {
        actorId: admin.id,
        action: "user.create",
        targetType: "user",
        targetId: String(user.id),
        details: { email: email("jane"), role: "EDITOR", name: "Jane Editor" },
      },
    ]);
    expect(JSON.stringify(await auditSince(since))).not.toContain("correct horse");
    expect(refresh).toHaveBeenCalled();
    expect((await listStaff()).find((row) => row.id === user.id)).toMatchObject({
      email: email("jane"),
      role: "EDITOR",
      active: true,
      lastSignIn: null,
    });
  });

  it("refuses a short password, a bad email, an unknown role, and a taken email, keeping the form (without the password)", async () => {
    const since = await lastAuditId();
    expect(
      await call(createUser, { name: "Short", email: email("short"), role: "EDITOR", password: "too-short" }),
    ).toMatchObject({
      status: "error",
      fieldErrors: { password: "Use at least 12 characters." },
    });
    expect(
      await call(createUser, {
        name: "Bad",
        email: "not-an-email",
        role: "EDITOR",
        password: "long enough password",
      }),
    ).toMatchObject({
      status: "error",
      fieldErrors: { email: "Enter a valid email address, like name@example.com." },
    });
    expect(
      await call(createUser, {
        name: "Boss",
        email: email("boss"),
        role: "OWNER",
        password: "long enough password",
      }),
    ).toMatchObject({
      status: "error",
      fieldErrors: { role: "Choose a role: ADMIN, EDITOR, MODERATOR." },
    });
    const taken = await call(createUser, {
      formId: "user-create",
      name: "Jane again",
      email: email("jane"),
      role: "MODERATOR",
      password: "long enough password",
    });
    expect(taken).toMatchObject({
      status: "error",
      fieldErrors: { email: `There is already an account for ${email("jane")}.` },
      values: { name: "Jane again", role: "MODERATOR" },
    });
    expect(taken.values).not.toHaveProperty("password");
    expect(await auditSince(since)).toEqual([]);
  });
});

describe("roles and access", () => {
  let second: { id: number };

  it("changes a role and records from and to", async () => {
    const user = await createStaff("MODERATOR", "promoted");
    created.push(user.id);
    const since = await lastAuditId();
    expect(await call(changeUserRole, { userId: user.id, role: "EDITOR" })).toMatchObject({
      status: "ok",
      message: `${user.name} is now editor.`,
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("EDITOR");
    expect(await auditSince(since)).toMatchObject([
      { action: "user.role", targetId: String(user.id), details: { from: "MODERATOR", to: "EDITOR" } },
    ]);
    expect(await call(changeUserRole, { userId: user.id, role: "EDITOR" })).toMatchObject({
      status: "ok",
      message: expect.stringContaining("already"),
    });
    expect(await auditSince(since)).toHaveLength(1);
  });

  it("deactivates and reactivates an account", async () => {
    const user = await createStaff("EDITOR", "leaver");
    created.push(user.id);
    const since = await lastAuditId();
    expect(await call(deactivateUser, { userId: user.id })).toMatchObject({
      status: "ok",
      message: expect.stringContaining("can no longer sign in"),
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).active).toBe(false);
    expect(await call(activateUser, { userId: user.id })).toMatchObject({ status: "ok" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).active).toBe(true);
    expect((await auditSince(since)).map((entry) => entry.action)).toEqual([
      "user.deactivate",
      "user.activate",
    ]);
  });

  it("resets another account's lost two-factor sign-in, audited; never the admin's own", async () => {
    const user = await createStaff("EDITOR", "lost-phone");
    created.push(user.id);
    const twoFactorOn = {
      totpSecret: "sealed-secret",
      totpLastStep: 123,
      totpEnabledAt: new Date(),
      recoveryCodes: ["hash-1", "hash-2"],
    };
    await db.user.update({ where: { id: user.id }, data: twoFactorOn });
    await db.user.update({ where: { id: admin.id }, data: twoFactorOn });
    const since = await lastAuditId();
    expect(await call(resetUserTwoFactor, { userId: user.id })).toMatchObject({
      status: "ok",
      message: expect.stringContaining("sign in with their password"),
    });
    expect(
      await db.user.findUniqueOrThrow({
        where: { id: user.id },
        select: { totpSecret: true, totpLastStep: true, totpEnabledAt: true, recoveryCodes: true },
      }),
    ).toEqual({ totpSecret: null, totpLastStep: null, totpEnabledAt: null, recoveryCodes: [] });
    expect(await call(resetUserTwoFactor, { userId: user.id })).toMatchObject({
      status: "ok",
      message: expect.stringContaining("already off"),
    });
    expect(await call(resetUserTwoFactor, { userId: admin.id })).toMatchObject({
      status: "error",
      message: expect.stringContaining("your own two-factor"),
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).totpSecret).toBe("sealed-secret");
    expect(await auditSince(since)).toMatchObject([
      { action: "user.two-factor-reset", targetId: String(user.id) },
    ]);
    await db.user.update({
      where: { id: admin.id },
      data: { totpSecret: null, totpLastStep: null, totpEnabledAt: null, recoveryCodes: [] },
    });
  });

  it("never deactivates the signed-in admin's own account", async () => {
    const since = await lastAuditId();
    expect(await call(deactivateUser, { userId: admin.id })).toMatchObject({
      status: "error",
      message: "You cannot deactivate your own account.",
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).active).toBe(true);
    expect(await auditSince(since)).toEqual([]);
  });

  it("never removes the last active admin, by demotion or deactivation", async () => {
    const since = await lastAuditId();
    const demote = await call(changeUserRole, { userId: admin.id, role: "EDITOR" });
    expect(demote).toMatchObject({
      status: "error",
      message: expect.stringContaining("would leave no active administrator"),
      fieldErrors: { role: expect.any(String) },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("ADMIN");

    // A second admin, signed in, cannot deactivate or demote the first while it is the other one left…
    second = await createStaff("ADMIN", "second-admin");
    created.push(second.id);
    signInAs(second.id);
    expect(await call(deactivateUser, { userId: admin.id })).toMatchObject({ status: "ok" });
    signInAs(admin.id); // …now deactivated: refused as signed out (HTTP 401)
    await expect(call(changeUserRole, { userId: second.id, role: "MODERATOR" })).rejects.toMatchObject({
      digest: "NEXT_HTTP_ERROR_FALLBACK;401",
    });
    signInAs(second.id);
    expect(await call(changeUserRole, { userId: second.id, role: "MODERATOR" })).toMatchObject({
      status: "error",
      message: expect.stringContaining("would leave no active administrator"),
    });
    // A deactivated admin does not count, and demoting one is fine.
    expect(await call(changeUserRole, { userId: admin.id, role: "EDITOR" })).toMatchObject({ status: "ok" });
    expect(await db.user.count({ where: { role: "ADMIN", active: true } })).toBe(1);
    expect((await auditSince(since)).map((entry) => entry.action)).toEqual(["user.deactivate", "user.role"]);

    // Put the first admin back for the other tests.
    expect(await call(changeUserRole, { userId: admin.id, role: "ADMIN" })).toMatchObject({ status: "ok" });
    expect(await call(activateUser, { userId: admin.id })).toMatchObject({ status: "ok" });
  });

  it("holds under concurrent demotions: a demotion waits for the one in flight, then is refused", async () => {
    signInAs(second.id);
    let demoted!: () => void;
    const firstDemotionWritten = new Promise<void>((resolve) => (demoted = resolve));
    // Another request demoting the first admin, still in its transaction when ours starts.
    const inFlight = db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "User" WHERE role = 'ADMIN' AND active FOR UPDATE`;
      await tx.user.update({ where: { id: admin.id }, data: { role: "EDITOR" } });
      demoted();
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    await firstDemotionWritten;
    const state = await call(changeUserRole, { userId: second.id, role: "EDITOR" });
    await inFlight;
    expect(state).toMatchObject({
      status: "error",
      message: expect.stringContaining("would leave no active administrator"),
    });
    expect(await db.user.count({ where: { role: "ADMIN", active: true } })).toBe(1);
  });
});
