import type { Metadata } from "next";
import { UsersManager } from "@/components/admin/users/UsersManager";
import type { ActionState } from "@/lib/actions/state";
import { ROLES } from "@/lib/auth/roles";
import { requireCapability } from "@/lib/auth/session";
import { formResultFor } from "@/lib/forms/result";
import { listStaff } from "@/lib/users/queries";
import { PASSWORD_MIN } from "@/lib/users/schema";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const user = await requireCapability("manageUsers", "/admin/users");
  const [users, pageResult] = await Promise.all([listStaff(), formResultFor<ActionState>("/admin/users")]);
  return (
    <div className="users-page">
      <h1>Users</h1>
      <p className="lede-text">
        Staff who can sign in to the dashboard. A deactivated account cannot sign in; its history stays.
      </p>
      <UsersManager
        users={users}
        roles={ROLES}
        currentUserId={user.id}
        passwordMin={PASSWORD_MIN}
        pageResult={pageResult}
      />
    </div>
  );
}
