import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AdminTable } from "@/components/admin/ui/table";
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
      <AdminTable
        caption={t("title")}
        rows={pages}
        rowKey={(page) => page.id}
        empty={<p className="notice">{t("none")}</p>}
        columns={[
          {
            header: t("colTitle"),
            cell: (page) => <Link href={`/admin/pages/${page.id}`}>{page.title}</Link>,
          },
          { header: t("colAddress"), cell: (page) => sitePageHref(page.slug) },
          { header: t("colOrder"), cell: (page) => page.position },
          { header: t("colState"), cell: (page) => (page.published ? t("published") : t("notPublished")) },
        ]}
      />
    </div>
  );
}
