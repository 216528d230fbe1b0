import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleEditor } from "@/components/admin/articles/ArticleEditor";
import { ClientMessages } from "@/components/i18n/ClientMessages";
import { DeleteDraftForm } from "@/components/admin/articles/RevisionActions";
import { TranslationPanel } from "@/components/admin/articles/TranslationPanel";
import type { ActionState } from "@/lib/actions/state";
import { getArticleForEditing, getEditorOptions } from "@/lib/articles/admin-queries";
import { getTranslationsForEditing, translationResultPath } from "@/lib/articles/translations";
import { requireCapability } from "@/lib/auth/session";
import { formResultFor } from "@/lib/forms/result";
import { postedResult, queryValue, routeId, type RouteProps } from "../_shared";

export const metadata: Metadata = { title: "Edit article" };

function noticeFor(
  query: Record<string, string | string[] | undefined>,
  version: number,
): ActionState | undefined {
  const notice = queryValue(query, "notice");
  if (notice === "created") return { status: "ok", message: "Article created." };
  const from = queryValue(query, "from");
  if (notice === "restored" && from && /^\d+$/.test(from))
    return { status: "ok", message: `Revision ${from} restored: it is now version ${version}.` };
  return undefined;
}

export default async function EditArticlePage({ params, searchParams }: RouteProps<{ id: string }>) {
  const { id: raw } = await params;
  const user = await requireCapability("publish", `/admin/articles/${raw}`);
  const id = routeId(raw);
  const article = id ? await getArticleForEditing(id) : null;
  if (!article) notFound();
  const query = await searchParams;
  const [options, result, translations, translationResult] = await Promise.all([
    getEditorOptions(user.id),
    postedResult(`/admin/articles/${article.id}`, query),
    getTranslationsForEditing(article.id),
    queryValue(query, "translation")
      ? formResultFor<ActionState>(translationResultPath(article.id))
      : undefined,
  ]);
  return (
    <>
      <p className="breadcrumb">
        <Link href="/admin/articles">Articles</Link>
      </p>
      <h1>
        Edit <span lang={article.values.lang}>“{article.values.title}”</span>
      </h1>
      {/* The editor's status badge and times are worded by the catalog. */}
      <ClientMessages namespaces={["AdminArticles", "AdminTime"]}>
        <ArticleEditor
          article={article}
          options={options}
          initialState={result ?? noticeFor(query, article.version)}
        />
      </ClientMessages>
      <TranslationPanel articleId={article.id} translations={translations} pageResult={translationResult} />
      {article.deletable && <DeleteDraftForm articleId={article.id} version={article.version} />}
    </>
  );
}
