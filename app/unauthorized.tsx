import Link from "next/link";
import { useTranslations } from "next-intl";

// unauthorized(): a dashboard action called without a valid session (HTTP 401).
export default function Unauthorized() {
  const t = useTranslations("Errors");
  return (
    <main id="main" className="article error-page">
      <p className="kicker">{t("unauthorizedKicker")}</p>
      <h1>{t("unauthorizedTitle")}</h1>
      <p>
        {t("unauthorizedText")} <Link href="/admin/sign-in">{t("signIn")}</Link>
      </p>
    </main>
  );
}
