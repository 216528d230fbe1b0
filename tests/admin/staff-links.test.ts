// Staff accounts by mail: an invitation creates an account whose password only the invited
// person sets, from a one-time link valid for an hour; password resets answer alike for every
// address, mail only active accounts, at most three an hour; a used or expired link does nothing.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const browser = vi.hoisted(() => ({ ip: "198.18.9.1" }));
vi.mock("@/lib/auth/config", () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn(), handlers: {} }));
vi.mock("next/headers", () => ({
  headers: async () =>
    new Headers({
      host: "localhost:3000",
      origin: "http://localhost:3000",
      "x-lede-client-ip": browser.ip,
      "next-action": "x",
    }),
  cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {} }),
}));

import { auth } from "@/lib/auth/config";
import { requestResetAction, setPasswordAction } from "@/lib/auth/password-actions";
import { checkSignIn } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import { inviteUser } from "@/lib/users/actions";
import { openLink, usePasswordLink } from "@/lib/users/links";

const run = randomBytes(3).toString("hex");
let admin: { id: number };
const created: number[] = [];

beforeAll(async () => {
  admin = await db.user.create({
    data: { email: `links-admin-${run}@lede.test`, name: "Links Admin", passwordHash: "x", role: "ADMIN" },
    select: { id: true },
  });
  created.push(admin.id);
  vi.mocked(auth).mockResolvedValue({ userId: admin.id } as never);
});

afterAll(async () => {
  await db.auditEntry.deleteMany({
    where: {
      OR: [{ actorId: { in: created } }, { targetType: "user", targetId: { in: created.map(String) } }],
    },
  });
  await db.user.deleteMany({ where: { id: { in: created } } });
});

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
};

async function linkMailedTo(email: string, kind: string) {
  const mails = await db.mailOutbox.findMany({ where: { toEmail: email, kind }, orderBy: { id: "asc" } });
  return mails.map((mail) => mail.text.match(/\/admin\/set-password\/([\w-]+)/)![1]!);
}

describe("invitations", () => {
  it("creates the account and mails a one-time link with which they choose their password", async () => {
    browser.ip = "198.18.9.2";
    const email = `invited-${run}@lede.test`;
    const state = await inviteUser(
      { status: "idle" },
      form({ name: "Invited Person", email, role: "EDITOR" }),
    );
    expect(state).toMatchObject({ status: "ok" });
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    created.push(user.id);
    const [token] = await linkMailedTo(email, "invite");
    expect(token).toBeTruthy();
    expect(await openLink(token!)).toMatchObject({ purpose: "INVITE", user: { email } });

    expect(
      await setPasswordAction(
        { status: "idle" },
        form({ token: token!, password: "a-long-password-1", confirm: "other" }),
      ),
    ).toMatchObject({ status: "error", fieldErrors: { confirm: expect.any(String) } });
    expect(
      await setPasswordAction(
        { status: "idle" },
        form({ token: token!, password: "a-long-password-1", confirm: "a-long-password-1" }),
      ),
    ).toMatchObject({ status: "ok" });
    expect(
      await checkSignIn({ email, password: "a-long-password-1", ip: "198.18.9.3" }, async () => {}),
    ).toMatchObject({
      ok: true,
    });
    // Once only.
    expect(await openLink(token!)).toBeNull();
    expect(await usePasswordLink(token!, "another-password-2")).toBe(false);
    expect(
      await db.auditEntry.count({ where: { action: "user.invite-accepted", targetId: String(user.id) } }),
    ).toBe(1);
  });
});

describe("password reset", () => {
  it("answers alike for unknown addresses, mails active accounts three times an hour at most, and links expire", async () => {
    browser.ip = "198.18.9.4";
    const user = await db.user.create({
      data: { email: `reset-${run}@lede.test`, name: "Reset Me", passwordHash: "x", role: "MODERATOR" },
      select: { id: true, email: true },
    });
    created.push(user.id);
    const unknown = await requestResetAction({ status: "idle" }, form({ email: `nobody-${run}@lede.test` }));
    const known = await requestResetAction({ status: "idle" }, form({ email: user.email }));
    expect(known).toEqual(unknown);
    for (let i = 0; i < 4; i++) await requestResetAction({ status: "idle" }, form({ email: user.email }));
    const tokens = await linkMailedTo(user.email, "password-reset");
    expect(tokens).toHaveLength(3);

    // An hour and a minute later, the links are dead.
    const later = new Date(Date.now() + 61 * 60_000);
    expect(await openLink(tokens[0]!, later)).toBeNull();
    expect(await usePasswordLink(tokens[0]!, "too-late-password", later)).toBe(false);
    // Using one voids the others.
    expect(await usePasswordLink(tokens[1]!, "a-fresh-password-3")).toBe(true);
    expect(await openLink(tokens[2]!)).toBeNull();
  });

  it("mails nothing to a deactivated account, and limits requests per address", async () => {
    browser.ip = "198.18.9.5";
    const user = await db.user.create({
      data: {
        email: `off-${run}@lede.test`,
        name: "Off",
        passwordHash: "x",
        role: "MODERATOR",
        active: false,
      },
      select: { id: true, email: true },
    });
    created.push(user.id);
    await requestResetAction({ status: "idle" }, form({ email: user.email }));
    expect(await linkMailedTo(user.email, "password-reset")).toEqual([]);
    const answers = [];
    for (let i = 0; i < 11; i++)
      answers.push(await requestResetAction({ status: "idle" }, form({ email: `x${i}-${run}@lede.test` })));
    expect(answers.at(-1)).toMatchObject({ status: "error", message: expect.stringMatching(/Too many/) });
  });
});
