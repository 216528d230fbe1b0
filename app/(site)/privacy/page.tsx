import type { Metadata } from "next";
import SiteLink from "@/components/layout/SiteLink";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/ClientMessages";
import { PrivacyRequestForm } from "@/components/privacy/PrivacyRequestForm";
import { env } from "@/lib/env";
import { feedAlternates } from "@/lib/feeds/alternates";
import { akismetEnabled } from "@/lib/spam/akismet";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Metadata");
  return {
    title: t("privacy"),
    description: t("privacyDescription"),
    alternates: { canonical: "/privacy", types: feedAlternates(env().SITE_NAME) },
  };
}

export default async function PrivacyPage() {
  const t = await getTranslations("Privacy");
  const akismet = akismetEnabled();
  const b = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
  return (
    <article className="article prose-page">
      <header className="article-header">
        <p className="kicker">{t("kicker")}</p>
        <h1>{t("title")}</h1>
        <p className="dek">{t("dek")}</p>
      </header>
      <div className="article-body">
        <h2 id="what-we-store">{t("storesHeading")}</h2>
        <ul>
          <li>{t.rich("storesName", { b })}</li>
          <li>{t.rich("storesEmail", { b })}</li>
          <li>{t.rich("storesWebsite", { b })}</li>
          <li>{t.rich("storesIp", { b })}</li>
        </ul>

        <h2 id="spam-filter">{t("filterHeading")}</h2>
        <p>
          {t(akismet ? "filter1Akismet" : "filter1")} {t("filterChecks")}
        </p>
        <p>{t("filter2")}</p>
        {akismet && (
          <p id="akismet">
            {t.rich("akismet", {
              link: (chunks) => <a href="https://automattic.com/privacy/">{chunks}</a>,
            })}
          </p>
        )}

        <h2 id="cookies">{t("cookiesHeading")}</h2>
        <p>{t("cookies")}</p>

        <h2 id="retention">{t("retentionHeading")}</h2>
        <p>{t("retention")}</p>

        <h2 id="email">{t("emailsHeading")}</h2>
        <p>{t("emails")}</p>

        <h2 id="contact">{t("rightsHeading")}</h2>
        <p>{t("rights")}</p>
        <ClientMessages namespaces={["PrivacyRequest"]}>
          <PrivacyRequestForm />
        </ClientMessages>
        <p>{t.rich("backHome", { home: (chunks) => <SiteLink href="/">{chunks}</SiteLink> })}</p>
      </div>
    </article>
  );
}
