import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RequestResetForm } from "@/components/admin/PasswordForms";
import { ClientMessages } from "@/components/i18n/ClientMessages";
import type { PasswordFormState } from "@/lib/auth/password-actions";
import { formResultFor } from "@/lib/forms/result";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminPassword");
  return { title: t("resetTitle"), robots: { index: false, follow: false } };
}

export default async function ResetPage() {
  const [result, t] = await Promise.all([
    formResultFor<PasswordFormState>("/admin/reset"),
    getTranslations("AdminPassword"),
  ]);
  return (
    <main id="main" className="sign-in">
      <h1>{t("resetTitle")}</h1>
      <p>{t("resetIntro")}</p>
      <ClientMessages namespaces={["AdminPassword"]}>
        <RequestResetForm initialState={result} />
      </ClientMessages>
      <p>
        <Link href="/admin/sign-in">{t("backToSignIn")}</Link>
      </p>
    </main>
  );
}
