import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireCapability } from "@/lib/auth/session";
import { sitePageHref } from "@/lib/pages/paths";
import { listSitePagesForAdmin } from "@/lib/pages/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminPages"))("title") };
}

export default async function SitePagesPage() {
  await requireCapability("publish", "/admin/pages");
  const [pages, t] = await Promise.all([listSitePagesForAdmin(), getTranslations("AdminPages")]);
  return (
    <div>
      <h1>{t("heading")}</h1>
      <p>
        {t("intro")} <Link href="/admin/pages/new">{t("new")}</Link>
      </p>
      <table className="admin-table">
        <thead>
          <tr>
            <th scope="col">{t("colTitle")}</th>
            <th scope="col">{t("colAddress")}</th>
            <th scope="col">{t("colOrder")}</th>
            <th scope="col">{t("colState")}</th>
          </tr>
        </thead>
        <tbody>
          {pages.map((page) => (
            <tr key={page.id}>
              <td>
                <Link href={`/admin/pages/${page.id}`}>{page.title}</Link>
              </td>
              <td>{sitePageHref(page.slug)}</td>
              <td>{page.position}</td>
              <td>{page.published ? t("published") : t("notPublished")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
