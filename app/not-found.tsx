import Link from "next/link";
import { useTranslations } from "next-intl";

// Outside the reader layout (for example under /admin): a plain page in the site's style.
export default function NotFound() {
  const t = useTranslations("Errors");
  return (
    <main id="main" className="article error-page">
      <p className="kicker">{t("notFoundKicker")}</p>
      <h1>{t("notFoundTitle")}</h1>
      <p>
        <Link href="/">{t("frontPage")}</Link>
      </p>
    </main>
  );
}
