import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SettingsForm } from "@/components/admin/settings/SettingsForm";
import { ClientMessages } from "@/components/i18n/ClientMessages";
import { requireCapability } from "@/lib/auth/session";
import { loadDiscussionSettings } from "@/lib/settings/discussion";
import { formResultFor } from "@/lib/forms/result";
import type { SettingsState } from "@/lib/settings/actions";
import { PREVIEW_SIZE } from "@/lib/settings/preview";
import { editableSettings, settingsFormValues } from "@/lib/settings/schema";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminSettings"))("title") };
}

export default async function SettingsPage() {
  await requireCapability("manageSettings", "/admin/settings");
  const [settings, pageResult] = await Promise.all([
    loadDiscussionSettings(),
    formResultFor<SettingsState>("/admin/settings"),
  ]);
  const t = await getTranslations("AdminSettings");
  return (
    <div className="settings-page">
      <h1>{t("heading")}</h1>
      <ClientMessages namespaces={["AdminSettings"]}>
        <SettingsForm
          saved={settingsFormValues(editableSettings(settings))}
          pageResult={pageResult}
          previewSize={PREVIEW_SIZE}
        />
      </ClientMessages>
    </div>
  );
}
