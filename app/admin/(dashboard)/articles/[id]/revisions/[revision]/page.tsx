import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleBody } from "@/components/article/ArticleBody";
import { RestoreRevisionForm } from "@/components/admin/articles/RevisionActions";
import { formatNewsroomTime } from "@/lib/site/newsroom-format";
import { getRevisionView } from "@/lib/articles/admin-queries";
import { requireCapability } from "@/lib/auth/session";
import { postedResult, routeId, type RouteProps } from "../../../_shared";

export const metadata: Metadata = { title: "Revision" };

export default async function RevisionPage({
  params,
  searchParams,
}: RouteProps<{ id: string; revision: string }>) {
  const { id: rawId, revision: rawRevision } = await params;
  await requireCapability("publish", `/admin/articles/${rawId}/revisions/${rawRevision}`);
  const [id, revisionId] = [routeId(rawId), routeId(rawRevision)];
  const view = id && revisionId ? await getRevisionView(id, revisionId) : null;
  if (!view) notFound();
  const result = await postedResult(
    `/admin/articles/${view.articleId}/revisions/${view.revision.id}`,
    await searchParams,
  );
  const { revision } = view;
  return (
    <>
      <p className="breadcrumb">
        <Link href="/admin/articles">Articles</Link> ›{" "}
        <Link href={`/admin/articles/${view.articleId}`}>{view.articleTitle}</Link> ›{" "}
        <Link href={`/admin/articles/${view.articleId}/revisions`}>Revisions</Link>
      </p>
      <h1>Version {revision.version}</h1>
      <p>
        Saved by {revision.editor ?? "an unknown editor"} at{" "}
        <time dateTime={revision.createdAt}>{formatNewsroomTime(revision.createdAt)}</time>.{" "}
        {revision.current
          ? "This is the current version."
          : `Fields that differ from the current version (${view.currentVersion}) are marked.`}
      </p>
      {!revision.current && (
        <RestoreRevisionForm
          articleId={view.articleId}
          revisionId={revision.id}
          version={view.currentVersion}
          initialState={result}
        />
      )}
      <table className="admin-table revision-fields">
        <tbody>
          {view.fields.map((field) => (
            <tr key={field.label} className={field.changed ? "changed" : undefined}>
              <th scope="row">
                {field.label}
                {field.changed && <span className="changed-mark"> (changed)</span>}
              </th>
              <td>
                {field.long ? (
                  <pre className="revision-text">{field.value}</pre>
                ) : (
                  field.value || <span className="muted">—</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <section className="body-preview" aria-labelledby="revision-preview">
        <h2 id="revision-preview">Body as readers would see it</h2>
        <ArticleBody segments={view.segments} lang={view.lang} />
      </section>
    </>
  );
}
