import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ArticleEditor } from "@/components/admin/articles/ArticleEditor";
import { ClientMessages } from "@/components/i18n/ClientMessages";
import { SITE_LOCALE } from "@/lib/i18n/locale";
import { AUTHOR_FIELD } from "@/lib/articles/admin-schema";
import { getEditorOptions } from "@/lib/articles/admin-queries";
import { requireCapability } from "@/lib/auth/session";
import { postedResult, type RouteProps } from "../_shared";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminEditor"))("newTitle") };
}

export default async function NewArticlePage({ searchParams }: RouteProps<object>) {
  const user = await requireCapability("publish", "/admin/articles/new");
  const [options, result] = await Promise.all([
    getEditorOptions(user.id),
    postedResult("/admin/articles/new", await searchParams),
  ]);
  // A new article is a draft in the site's language with open comments, by the signed-in editor.
  const values: Record<string, string> = { lang: SITE_LOCALE, commentsOpen: "on" };
  if (options.ownAuthorId) values[`${AUTHOR_FIELD}${options.ownAuthorId}`] = "on";
  const t = await getTranslations("AdminEditor");
  return (
    <>
      <p className="breadcrumb">
        <Link href="/admin/articles">{t("breadcrumb")}</Link>
      </p>
      <h1>{t("newTitle")}</h1>
      {/* The editor's status badge and times are worded by the catalog. */}
      <ClientMessages namespaces={["AdminEditor", "AdminArticles", "AdminTime"]}>
        <ArticleEditor
          article={{
            state: "draft",
            publishedAt: null,
            href: null,
            lastSaved: null,
            revisionCount: 0,
            values,
            segments: [],
            paragraphs: 0,
          }}
          options={options}
          initialState={result}
        />
      </ClientMessages>
    </>
  );
}
