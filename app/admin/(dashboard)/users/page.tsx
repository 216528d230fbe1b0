import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/ClientMessages";
import { UsersManager } from "@/components/admin/users/UsersManager";
import type { ActionState } from "@/lib/actions/state";
import { ROLES } from "@/lib/auth/roles";
import { requireCapability } from "@/lib/auth/session";
import { formResultFor } from "@/lib/forms/result";
import { listStaff } from "@/lib/users/queries";
import { PASSWORD_MIN } from "@/lib/users/schema";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminUsers"))("title") };
}

export default async function UsersPage() {
  const user = await requireCapability("manageUsers", "/admin/users");
  const [users, pageResult] = await Promise.all([listStaff(), formResultFor<ActionState>("/admin/users")]);
  const t = await getTranslations("AdminUsers");
  return (
    <div className="users-page">
      <h1>{t("heading")}</h1>
      <p className="lede-text">{t("intro")}</p>
      <ClientMessages namespaces={["AdminUsers", "AdminLayout"]}>
        <UsersManager
          users={users}
          roles={ROLES}
          currentUserId={user.id}
          passwordMin={PASSWORD_MIN}
          pageResult={pageResult}
        />
      </ClientMessages>
    </div>
  );
}
