import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getTransparency } from "@/lib/dsa/transparency";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Transparency");
  return { title: t("title"), description: t("description"), alternates: { canonical: "/transparency" } };
}

export default async function TransparencyPage() {
  const [months, t] = await Promise.all([getTransparency(), getTranslations("Transparency")]);
  return (
    <article className="article prose-page">
      <header className="article-header">
        <p className="kicker">{t("kicker")}</p>
        <h1>{t("title")}</h1>
        <p className="dek">{t("dek")}</p>
      </header>
      <table className="transparency-table" data-testid="transparency-table">
        <thead>
          <tr>
            <th scope="col">{t("colMonth")}</th>
            <th scope="col">{t("colNotices")}</th>
            <th scope="col">{t("colRemoved")}</th>
            <th scope="col">{t("colRestricted")}</th>
            <th scope="col">{t("colKept")}</th>
            <th scope="col">{t("colMedian")}</th>
          </tr>
        </thead>
        <tbody>
          {months.map((month) => (
            <tr key={month.month}>
              <th scope="row">{month.month}</th>
              <td>{month.notices}</td>
              <td>{month.removed}</td>
              <td>{month.restricted}</td>
              <td>{month.kept}</td>
              <td>{month.medianHours === null ? "—" : t("hours", { hours: month.medianHours })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {months.length === 0 && <p>{t("none")}</p>}
    </article>
  );
}
