import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { STATE_LABELS } from "@/lib/articles/admin-schema";
import { formatNewsroomTime } from "@/lib/site/newsroom-format";
import { listRevisions } from "@/lib/articles/admin-queries";
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
      <table className="admin-table">
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Saved</th>
            <th scope="col">By</th>
            <th scope="col">Status then</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {list.revisions.map((revision) => (
            <tr key={revision.id} aria-current={revision.current ? "true" : undefined}>
              <td>
                {revision.version}
                {revision.current && <span className="muted"> (current)</span>}
              </td>
              <td>
                <time dateTime={revision.createdAt}>{formatNewsroomTime(revision.createdAt)}</time>
              </td>
              <td>{revision.editor ?? "—"}</td>
              <td>{revision.status ? (STATUS_LABELS[revision.status] ?? revision.status) : "—"}</td>
              <td>
                <Link
                  href={`/admin/articles/${id}/revisions/${revision.id}`}
                  aria-label={`View version ${revision.version}`}
                >
                  View
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
