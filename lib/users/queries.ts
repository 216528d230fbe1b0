import "server-only";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { formatDateTime } from "@/lib/site/format";

export type StaffRow = {
  id: number;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  lastSignIn: string | null;
  /** Two-factor sign-in is on. */
  twoFactor: boolean;
};

/** Every staff account, active ones first, then by name; times on the newsroom's clock. */
export async function listStaff(): Promise<StaffRow[]> {
  const rows = await db.user.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      active: true,
      lastSignInAt: true,
      totpEnabledAt: true,
    },
  });
  return rows.map(({ lastSignInAt, totpEnabledAt, ...row }) => ({
    ...row,
    twoFactor: totpEnabledAt !== null,
    lastSignIn: lastSignInAt ? formatDateTime(lastSignInAt.toISOString()) : null,
  }));
}
