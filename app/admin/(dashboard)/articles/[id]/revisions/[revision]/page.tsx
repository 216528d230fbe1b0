import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NewsroomTime } from "@/components/admin/ui/NewsroomTime";
import { ClientMessages } from "@/components/i18n/ClientMessages";
import { ArticleBody } from "@/components/article/ArticleBody";
import { RestoreRevisionForm } from "@/components/admin/articles/RevisionActions";
import { getRevisionView } from "@/lib/articles/admin-queries";
import { requireCapability } from "@/lib/auth/session";
import { postedResult, routeId, type RouteProps } from "../../../_shared";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminRevisions"))("revision") };
}

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
  const t = await getTranslations("AdminRevisions");
  return (
    <>
      <p className="breadcrumb">
        <Link href="/admin/articles">{(await getTranslations("AdminEditor"))("breadcrumb")}</Link> ›{" "}
        <Link href={`/admin/articles/${view.articleId}`}>{view.articleTitle}</Link> ›{" "}
        <Link href={`/admin/articles/${view.articleId}/revisions`}>{t("revisions")}</Link>
      </p>
      <h1>{t("version", { version: revision.version })}</h1>
      <p>
        {t.rich("savedBy", {
          name: revision.editor ?? t("unknownEditor"),
          time: () => <NewsroomTime iso={revision.createdAt} />,
        })}{" "}
        {revision.current ? t("isCurrent") : t("differ", { version: view.currentVersion })}
      </p>
      {!revision.current && (
        <ClientMessages namespaces={["AdminEditor"]}>
          <RestoreRevisionForm
            articleId={view.articleId}
            revisionId={revision.id}
            version={view.currentVersion}
            initialState={result}
          />
        </ClientMessages>
      )}
      <table className="admin-table revision-fields">
        <tbody>
          {view.fields.map((field) => (
            <tr key={field.label} className={field.changed ? "changed" : undefined}>
              <th scope="row">
                {field.label}
                {field.changed && <span className="changed-mark">{t("changed")}</span>}
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
        <h2 id="revision-preview">{t("bodyPreview")}</h2>
        <ArticleBody segments={view.segments} lang={view.lang} />
      </section>
    </>
  );
}
