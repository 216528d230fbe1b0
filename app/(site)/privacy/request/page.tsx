import type { Metadata } from "next";
import SiteLink from "@/components/layout/SiteLink";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/ClientMessages";
import { PrivacyRequestForm } from "@/components/privacy/PrivacyRequestForm";
import { formResultFor } from "@/lib/forms/result";
import type { PrivacyRequestState } from "@/lib/privacy/actions";

// Where the privacy page's request form lands when posted without JavaScript.
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("PrivacyRequest");
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function PrivacyRequestPage() {
  const [result, t] = await Promise.all([
    formResultFor<PrivacyRequestState>("/privacy/request"),
    getTranslations("PrivacyRequest"),
  ]);
  return (
    <article className="article prose-page">
      <h1>{t("title")}</h1>
      <ClientMessages namespaces={["PrivacyRequest"]}>
        <PrivacyRequestForm initialState={result ?? undefined} />
      </ClientMessages>
      <p>
        <SiteLink href="/privacy">{t("back")}</SiteLink>
      </p>
    </article>
  );
}
