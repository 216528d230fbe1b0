import type { Metadata } from "next";
import { SettingsForm } from "@/components/admin/settings/SettingsForm";
import { requireCapability } from "@/lib/auth/session";
import { loadDiscussionSettings } from "@/lib/settings/discussion";
import { formResultFor } from "@/lib/forms/result";
import type { SettingsState } from "@/lib/settings/actions";
import { PREVIEW_SIZE } from "@/lib/settings/preview";
import { editableSettings, settingsFormValues } from "@/lib/settings/schema";

export const metadata: Metadata = { title: "Discussion settings" };

export default async function SettingsPage() {
  await requireCapability("manageSettings", "/admin/settings");
  const [settings, pageResult] = await Promise.all([
    loadDiscussionSettings(),
    formResultFor<SettingsState>("/admin/settings"),
  ]);
  return (
    <div className="settings-page">
      <h1>Discussion settings</h1>
      <SettingsForm
        saved={settingsFormValues(editableSettings(settings))}
        pageResult={pageResult}
        previewSize={PREVIEW_SIZE}
      />
    </div>
  );
}
