// Shared by the dashboard action tests: a signed-in staff member (the session is mocked in
// each test file with vi.mock("@/lib/auth/config")), forms built from plain objects, and the
// audit entries an action wrote.
import { randomBytes } from "node:crypto";
import { vi } from "vitest";
import type { ActionState, AdminAction } from "@/lib/actions/admin";
import { auth } from "@/lib/auth/config";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

export const run = randomBytes(3).toString("hex");

export async function createStaff(role: Role, label: string, extra: { active?: boolean } = {}) {
  return db.user.create({
    data: {
      email: `${label}-${run}@lede-admin.test`,
      name: `${label} ${run}`,
      passwordHash: "unused",
      role,
      active: extra.active ?? true,
    },
    select: { id: true, email: true, name: true, role: true },
  });
}

export function signInAs(userId: number): void {
  vi.mocked(auth).mockResolvedValue({ userId } as never);
}

export function formOf(fields: Record<string, string | number | undefined>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) form.set(key, String(value));
  return form;
}

export function call(
  action: AdminAction,
  fields: Record<string, string | number | undefined> = {},
): Promise<ActionState> {
  return action({ status: "idle" }, formOf(fields));
}

/** The audit entries written since `since` (an id), oldest first. */
export function auditSince(since: number) {
  return db.auditEntry.findMany({ where: { id: { gt: since } }, orderBy: { id: "asc" } });
}

export async function lastAuditId(): Promise<number> {
  return (await db.auditEntry.findFirst({ orderBy: { id: "desc" }, select: { id: true } }))?.id ?? 0;
}
