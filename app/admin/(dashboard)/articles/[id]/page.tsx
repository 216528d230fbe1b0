import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
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

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminEditor"))("pageTitle") };
}

async function noticeFor(
  query: Record<string, string | string[] | undefined>,
  version: number,
): Promise<ActionState | undefined> {
  const t = await getTranslations("AdminEditor");
  const notice = queryValue(query, "notice");
  if (notice === "created") return { status: "ok", message: t("created") };
  const from = queryValue(query, "from");
  if (notice === "restored" && from && /^\d+$/.test(from))
    return { status: "ok", message: t("restored", { from, version }) };
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
  const t = await getTranslations("AdminEditor");
  const notice = await noticeFor(query, article.version);
  return (
    <>
      <p className="breadcrumb">
        <Link href="/admin/articles">{t("breadcrumb")}</Link>
      </p>
      <h1>
        {t.rich("editHeading", {
          title: article.values.title ?? "",
          quoted: (chunks) => <span lang={article.values.lang}>{chunks}</span>,
        })}
      </h1>
      {/* The editor's status badge and times are worded by the catalog. */}
      <ClientMessages namespaces={["AdminEditor", "AdminArticles", "AdminTime"]}>
        <ArticleEditor article={article} options={options} initialState={result ?? notice} />
      </ClientMessages>
      <ClientMessages namespaces={["AdminEditor"]}>
        <TranslationPanel articleId={article.id} translations={translations} pageResult={translationResult} />
        {article.deletable && <DeleteDraftForm articleId={article.id} version={article.version} />}
      </ClientMessages>
    </>
  );
}
