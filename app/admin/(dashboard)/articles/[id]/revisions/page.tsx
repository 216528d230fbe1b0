import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { STATE_LABELS } from "@/lib/articles/admin-schema";
import { formatNewsroomTime } from "@/lib/site/newsroom-time";
import { listRevisions } from "@/lib/articles/admin-queries";
import { AdminTable } from "@/components/admin/ui/table";
import { requireCapability } from "@/lib/auth/session";
import { routeId, type RouteProps } from "../../_shared";

export const metadata: Metadata = { title: "Revisions" };

const STATUS_LABELS: Record<string, string> = {
  DRAFT: STATE_LABELS.draft,
  PUBLISHED: STATE_LABELS.published,
  ARCHIVED: STATE_LABELS.archived,
};

export default async function RevisionsPage({ params }: RouteProps<{ id: string }>) {
  const { id: raw } = await params;
  await requireCapability("publish", `/admin/articles/${raw}/revisions`);
  const id = routeId(raw);
  const list = id ? await listRevisions(id) : null;
  if (!id || !list) notFound();
  return (
    <>
      <p className="breadcrumb">
        <Link href="/admin/articles">Articles</Link> ›{" "}
        <Link href={`/admin/articles/${id}`}>{list.title}</Link>
      </p>
      <h1>Revisions</h1>
      <p>
        Every save keeps a revision. Open one to see it and restore it; restoring saves it again as a new
        version.
      </p>
      <AdminTable
        caption={`Revisions of “${list.title}”`}
        rows={list.revisions}
        rowKey={(revision) => revision.id}
        rowProps={(revision) => ({ "aria-current": revision.current ? "true" : undefined })}
        columns={[
          {
            header: "Version",
            cell: (revision) => (
              <>
                {revision.version}
                {revision.current && <span className="muted"> (current)</span>}
              </>
            ),
          },
          {
            header: "Saved",
            cell: (revision) => (
              <time dateTime={revision.createdAt}>{formatNewsroomTime(revision.createdAt)}</time>
            ),
          },
          { header: "By", cell: (revision) => revision.editor ?? "—" },
          {
            header: "Status then",
            cell: (revision) => (revision.status ? (STATUS_LABELS[revision.status] ?? revision.status) : "—"),
          },
          {
            header: "Actions",
            headerHidden: true,
            cell: (revision) => (
              <Link
                href={`/admin/articles/${id}/revisions/${revision.id}`}
                aria-label={`View version ${revision.version}`}
              >
                View
              </Link>
            ),
          },
        ]}
      />
    </>
  );
}
