import type { Metadata } from "next";
import SiteLink from "@/components/layout/SiteLink";
import { getTranslations } from "next-intl/server";

// The in-process server (lib/server/http/error-page.ts) keeps a copy of this page and sends it,
// with status 503 and Retry-After, when a request fails because the database is unreachable
// (or with 500 for any other failure): a page cannot set its own status once it streams.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Metadata");
  return { title: t("unavailable"), robots: { index: false, follow: false } };
}

export default async function UnavailablePage() {
  const t = await getTranslations("Errors");
  return (
    <div className="article error-page" role="alert">
      <p className="kicker">{t("unavailableKicker")}</p>
      <h1>{t("unavailableTitle")}</h1>
      <p className="dek">{t("unavailableDek")}</p>
      <p>
        {t("unavailableForm")} <SiteLink href="/">{t("frontPage")}</SiteLink>.
      </p>
    </div>
  );
}
