import type { Metadata } from "next";
import Link from "next/link";
import { ArticleEditor } from "@/components/admin/articles/ArticleEditor";
import { ClientMessages } from "@/components/i18n/ClientMessages";
import { SITE_LOCALE } from "@/lib/i18n/locale";
import { AUTHOR_FIELD } from "@/lib/articles/admin-schema";
import { getEditorOptions } from "@/lib/articles/admin-queries";
import { requireCapability } from "@/lib/auth/session";
import { postedResult, type RouteProps } from "../_shared";

export const metadata: Metadata = { title: "New article" };

export default async function NewArticlePage({ searchParams }: RouteProps<object>) {
  const user = await requireCapability("publish", "/admin/articles/new");
  const [options, result] = await Promise.all([
    getEditorOptions(user.id),
    postedResult("/admin/articles/new", await searchParams),
  ]);
  // A new article is a draft in the site's language with open comments, by the signed-in editor.
  const values: Record<string, string> = { lang: SITE_LOCALE, commentsOpen: "on" };
  if (options.ownAuthorId) values[`${AUTHOR_FIELD}${options.ownAuthorId}`] = "on";
  return (
    <>
      <p className="breadcrumb">
        <Link href="/admin/articles">Articles</Link>
      </p>
      <h1>New article</h1>
      {/* The editor's status badge and times are worded by the catalog. */}
      <ClientMessages namespaces={["AdminArticles", "AdminTime"]}>
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
