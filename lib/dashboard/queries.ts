// The dashboard's front page: what is waiting for the signed-in staff member.
import "server-only";
import { can } from "@/lib/auth/roles";
import type { StaffUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

export type DashboardCounts = {
  pending: number;
  reported: number;
  /** Null for roles that do not publish. */
  drafts: number | null;
};

export async function getDashboardCounts(user: StaffUser): Promise<DashboardCounts> {
  const [pending, reported, drafts] = await Promise.all([
    db.comment.count({ where: { status: "PENDING" } }),
    db.commentReport.count({ where: { resolvedAt: null } }),
    can(user.role, "publish") ? db.article.count({ where: { status: "DRAFT" } }) : null,
  ]);
  return { pending, reported, drafts };
}
