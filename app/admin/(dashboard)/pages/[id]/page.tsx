import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SitePageForm } from "@/components/admin/pages/SitePageForm";
import type { ActionState } from "@/lib/actions/state";
import { requireCapability } from "@/lib/auth/session";
import { formResultFor } from "@/lib/forms/result";
import { sitePageHref } from "@/lib/pages/paths";
import { getSitePageForAdmin, sitePageFormValues } from "@/lib/pages/queries";

export const metadata: Metadata = { title: "Edit site page" };

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
  return (
    <div>
      <p>
        <Link href="/admin/pages">← Site pages</Link>
        {page?.published && (
          <>
            {" · "}
            <Link href={sitePageHref(page.slug)}>View the page</Link>
          </>
        )}
      </p>
      <h1>{page ? page.title : "New page"}</h1>
      <SitePageForm
        saved={sitePageFormValues(page)}
        pageResult={pageResult}
        notice={notice === "created" ? "Page created." : undefined}
      />
    </div>
  );
}
