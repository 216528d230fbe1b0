import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/ClientMessages";
import { SitePageForm } from "@/components/admin/pages/SitePageForm";
import type { ActionState } from "@/lib/actions/state";
import { requireCapability } from "@/lib/auth/session";
import { formResultFor } from "@/lib/forms/result";
import { sitePageHref } from "@/lib/pages/paths";
import { getSitePageForAdmin, sitePageFormValues } from "@/lib/pages/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminPages"))("editTitle") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string }> };

export default async function EditSitePage({ params, searchParams }: Props) {
  const { id } = await params;
  await requireCapability("publish", `/admin/pages/${id}`);
  const page = id === "new" ? null : await getSitePageForAdmin(Number(id));
  if (id !== "new" && !page) notFound();
  const [pageResult, { notice }] = await Promise.all([
    formResultFor<ActionState>(`/admin/pages/${id}`),
    searchParams,
  ]);
  const t = await getTranslations("AdminPages");
  return (
    <div>
      <p>
        <Link href="/admin/pages">{t("back")}</Link>
        {page?.published && (
          <>
            {" · "}
            <Link href={sitePageHref(page.slug)}>{t("view")}</Link>
          </>
        )}
      </p>
      <h1>{page ? page.title : t("newHeading")}</h1>
      <ClientMessages namespaces={["AdminPages"]}>
        <SitePageForm
          saved={sitePageFormValues(page)}
          pageResult={pageResult}
          notice={notice === "created" ? t("created") : undefined}
        />
      </ClientMessages>
    </div>
  );
}
