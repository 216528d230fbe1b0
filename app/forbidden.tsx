import Link from "next/link";
import { useTranslations } from "next-intl";

export default function Forbidden() {
  const t = useTranslations("Errors");
  return (
    <main id="main" className="article error-page">
      <p className="kicker">{t("forbiddenKicker")}</p>
      <h1>{t("forbiddenTitle")}</h1>
      <p>
        {t("forbiddenText")} <Link href="/admin">{t("backToDashboard")}</Link>
      </p>
    </main>
  );
}
