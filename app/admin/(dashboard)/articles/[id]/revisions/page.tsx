import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NewsroomTime } from "@/components/admin/ui/NewsroomTime";
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
      <table className="admin-table">
        <thead>
          <tr>
            <th scope="col">{t("colVersion")}</th>
            <th scope="col">{t("colSaved")}</th>
            <th scope="col">{t("colBy")}</th>
            <th scope="col">{t("colStatus")}</th>
            <th scope="col">
              <span className="visually-hidden">{t("colActions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {list.revisions.map((revision) => (
            <tr key={revision.id} aria-current={revision.current ? "true" : undefined}>
              <td>
                {revision.version}
                {revision.current && <span className="muted">{t("current")}</span>}
              </td>
              <td>
                <NewsroomTime iso={revision.createdAt} />
              </td>
              <td>{revision.editor ?? "—"}</td>
              <td>
                {revision.status
                  ? isStatus(revision.status)
                    ? t(`state_${revision.status}`)
                    : revision.status
                  : "—"}
              </td>
              <td>
                <Link
                  href={`/admin/articles/${id}/revisions/${revision.id}`}
                  aria-label={t("viewLabel", { version: revision.version })}
                >
                  {t("view")}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
