import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TwoFactorPanel } from "@/components/admin/account/TwoFactorPanel";
import { ClientMessages } from "@/components/i18n/ClientMessages";
import { requireCapability } from "@/lib/auth/session";
import { twoFactorStatus } from "@/lib/auth/two-factor-queries";
import type { TwoFactorState } from "@/lib/auth/two-factor-actions";
import { formResultFor } from "@/lib/forms/result";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminAccount"))("title") };
}

export default async function AccountPage() {
  const user = await requireCapability("account", "/admin/account");
  const [status, pageResult, t] = await Promise.all([
    twoFactorStatus(user),
    formResultFor<TwoFactorState>("/admin/account"),
    getTranslations("AdminAccount"),
  ]);
  return (
    <div className="account-page">
      <h1>{t("title")}</h1>
      <ClientMessages namespaces={["AdminAccount", "AdminTime"]}>
        <TwoFactorPanel status={status} pageResult={pageResult} />
      </ClientMessages>
    </div>
  );
}
