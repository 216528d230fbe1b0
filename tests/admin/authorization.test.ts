// Every admin server action refuses a caller without the role: one test per action, generated
// from the actions themselves so a new one cannot be forgotten. The modules under lib/ that
// call adminAction( are found by reading the sources and imported (which registers their
// actions in ADMIN_ACTIONS); every `export const x = adminAction("name"` (or bulkAction) must be registered
// under that name, and every registered action is then called by a signed-out visitor, a
// deactivated account and each role that lacks its capability: each call must answer "not
// allowed" — HTTP 401 for the first two, 403 for the roles (thrown by unauthorized() and
// forbidden()) — and write no audit entry.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/config", () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn(), handlers: {} }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "next-action": "x" }),
  cookies: async () => ({
    get: () => undefined,
    getAll: () => [],
    has: () => false,
    set: () => {},
    delete: () => {},
  }),
}));

import { ADMIN_ACTIONS } from "@/lib/actions/admin";
import { auth } from "@/lib/auth/config";
import { can, ROLES } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

const ROOT = path.resolve(import.meta.dirname, "../..");
const LIB = path.join(ROOT, "lib");
// adminAction itself, or the moderation queue's bulkAction (adminAction with the selection schema).
const DECLARATION = /export\s+const\s+(\w+)\s*=\s*(?:adminAction|bulkAction)\(\s*["'`]([^"'`]+)["'`]/g;

type Declared = { file: string; exportName: string; actionName: string };

/** Modules under lib/ whose source calls adminAction( (the wrapper itself and generated code aside). */
function actionModules(): { file: string; source: string }[] {
  return readdirSync(LIB, { recursive: true, encoding: "utf8" })
    .filter(
      (file) =>
        /\.tsx?$/.test(file) &&
        !file.startsWith(`generated${path.sep}`) &&
        file !== path.join("actions", "admin.ts"),
    )
    .map((file) => ({ file, source: readFileSync(path.join(LIB, file), "utf8") }))
    .filter(({ source }) => source.includes("adminAction("));
}

const modules = actionModules();
const declared: Declared[] = modules.flatMap(({ file, source }) =>
  [...source.matchAll(DECLARATION)].map((match) => ({ file, exportName: match[1]!, actionName: match[2]! })),
);
const exportsByFile = new Map<string, Record<string, unknown>>();
for (const { file } of modules)
  exportsByFile.set(file, await import(/* @vite-ignore */ path.join(LIB, file)));

const registered = [...ADMIN_ACTIONS.entries()].map(([name, entry]) => ({ name, ...entry }));

describe("the list of admin actions", () => {
  it("is not empty", () => {
    expect(modules.length).toBeGreaterThan(0);
    expect(registered.length).toBeGreaterThan(0);
  });

  it("registers every exported adminAction under its name, and nothing else", () => {
    for (const { file, exportName, actionName } of declared) {
      const entry = ADMIN_ACTIONS.get(actionName);
      expect(entry, `${file}: ${exportName} ("${actionName}") is not registered`).toBeDefined();
      expect(
        exportsByFile.get(file)?.[exportName],
        `${file}: ${exportName} is not the action registered as "${actionName}"`,
      ).toBe(entry?.action);
    }
    // Each name once (a second action with the same name would silently replace the first)…
    const names = declared.map((entry) => entry.actionName);
    expect(
      names.filter((name, index) => names.indexOf(name) !== index),
      "action names declared twice",
    ).toEqual([]);
    // …and every registered action is declared the standard way, so this file can see it.
    expect(registered.map((entry) => entry.name).sort()).toEqual([...names].sort());
  });
});

const staff = {} as Record<Role | "deactivated", number>;
const run = Math.random().toString(36).slice(2, 8);

beforeAll(async () => {
  for (const role of ROLES) {
    staff[role] = (
      await db.user.create({
        data: {
          email: `authz-${role.toLowerCase()}-${run}@lede.test`,
          name: `Authz ${role}`,
          passwordHash: "unused",
          role,
        },
      })
    ).id;
  }
  // An ADMIN who was deactivated: every capability on paper, none in practice.
  staff.deactivated = (
    await db.user.create({
      data: {
        email: `authz-off-${run}@lede.test`,
        name: "Authz off",
        passwordHash: "unused",
        role: "ADMIN",
        active: false,
      },
    })
  ).id;
});

afterAll(async () => {
  await db.user.deleteMany({ where: { id: { in: Object.values(staff) } } });
});

// The digests of unauthorized() and forbidden(): Next answers the call with these statuses.
const SIGNED_OUT = "NEXT_HTTP_ERROR_FALLBACK;401";
const FORBIDDEN = "NEXT_HTTP_ERROR_FALLBACK;403";

describe.each(registered)("admin action $name ($capability)", ({ capability, action }) => {
  it("refuses every caller without the capability, and writes nothing to the audit log", async () => {
    const callers: { who: string; session: { userId: number } | null; digest: string }[] = [
      { who: "signed-out visitor", session: null, digest: SIGNED_OUT },
      { who: "deactivated admin", session: { userId: staff.deactivated }, digest: SIGNED_OUT },
      ...ROLES.filter((role) => !can(role, capability)).map((role) => ({
        who: role,
        session: { userId: staff[role] },
        digest: FORBIDDEN,
      })),
    ];
    for (const caller of callers) {
      vi.mocked(auth).mockResolvedValue(caller.session as never);
      const auditBefore = await db.auditEntry.count();
      await expect(action({ status: "idle" }, new FormData()), caller.who).rejects.toMatchObject({
        digest: caller.digest,
      });
      expect(await db.auditEntry.count(), `${caller.who}: audit entries written`).toBe(auditBefore);
    }
  });
});
