"use client";

import SiteLink from "@/components/layout/SiteLink";
import { useTranslations } from "next-intl";

// Its strings come from the site layout's ClientMessages (namespace ErrorPage).
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("ErrorPage");
  return (
    <div className="article error-page" role="alert">
      <p className="kicker">{t("kicker")}</p>
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
      <p>
        {t.rich("retry", {
          retry: (chunks) => (
            <button type="button" onClick={reset}>
              {chunks}
            </button>
          ),
          home: (chunks) => <SiteLink href="/">{chunks}</SiteLink>,
        })}
      </p>
    </div>
  );
}
