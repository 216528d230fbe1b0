import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NewsroomTime } from "@/components/admin/ui/NewsroomTime";
import { AdminTable } from "@/components/admin/ui/table";
import { listRevisions } from "@/lib/articles/admin-queries";
import { requireCapability } from "@/lib/auth/session";
import { routeId, type RouteProps } from "../../_shared";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminRevisions"))("revisions") };
}

const STATUSES = ["DRAFT", "PUBLISHED", "ARCHIVED"] as const;
const isStatus = (status: string): status is (typeof STATUSES)[number] =>
  (STATUSES as readonly string[]).includes(status);

export default async function RevisionsPage({ params }: RouteProps<{ id: string }>) {
  const { id: raw } = await params;
  await requireCapability("publish", `/admin/articles/${raw}/revisions`);
  const id = routeId(raw);
  const list = id ? await listRevisions(id) : null;
  if (!id || !list) notFound();
  const t = await getTranslations("AdminRevisions");
  return (
    <>
      <p className="breadcrumb">
        <Link href="/admin/articles">{(await getTranslations("AdminEditor"))("breadcrumb")}</Link> ›{" "}
        <Link href={`/admin/articles/${id}`}>{list.title}</Link>
      </p>
      <h1>{t("revisions")}</h1>
      <p>{t("intro")}</p>
      <AdminTable
        caption={t("revisions")}
        rows={list.revisions}
        rowKey={(revision) => revision.id}
        rowProps={(revision) => ({ "aria-current": revision.current ? "true" : undefined })}
        columns={[
          {
            header: t("colVersion"),
            cell: (revision) => (
              <>
                {revision.version}
                {revision.current && <span className="muted">{t("current")}</span>}
              </>
            ),
          },
          { header: t("colSaved"), cell: (revision) => <NewsroomTime iso={revision.createdAt} /> },
          { header: t("colBy"), cell: (revision) => revision.editor ?? "—" },
          {
            header: t("colStatus"),
            cell: (revision) =>
              revision.status
                ? isStatus(revision.status)
                  ? t(`state_${revision.status}`)
                  : revision.status
                : "—",
          },
          {
            header: t("colActions"),
            headerHidden: true,
            cell: (revision) => (
              <Link
                href={`/admin/articles/${id}/revisions/${revision.id}`}
                aria-label={t("viewLabel", { version: revision.version })}
              >
                {t("view")}
              </Link>
            ),
          },
        ]}
      />
    </>
  );
}
