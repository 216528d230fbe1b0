import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ArticleFilters } from "@/components/admin/articles/ArticleFilters";
import { ArticleTable } from "@/components/admin/articles/ArticleTable";
import {
  getEditorOptions,
  listArticles,
  parseListQuery,
  type ListFilters,
} from "@/lib/articles/admin-queries";
import { requireCapability } from "@/lib/auth/session";
import { queryValue, type RouteProps } from "./_shared";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminArticles"))("title") };
}

function listHref(filters: ListFilters, after?: string): string {
  const query = new URLSearchParams();
  if (filters.q) query.set("q", filters.q);
  if (filters.state) query.set("status", filters.state);
  if (filters.sectionId) query.set("section", String(filters.sectionId));
  if (filters.authorId) query.set("author", String(filters.authorId));
  if (filters.lang) query.set("lang", filters.lang);
  if (after) query.set("after", after);
  const text = query.toString();
  return text ? `/admin/articles?${text}` : "/admin/articles";
}

export default async function ArticlesPage({ searchParams }: RouteProps<object>) {
  await requireCapability("publish", "/admin/articles");
  const query = await searchParams;
  const { filters, after } = parseListQuery(query);
  const [list, options, t] = await Promise.all([
    listArticles(filters, after),
    getEditorOptions(),
    getTranslations("AdminArticles"),
  ]);
  return (
    <>
      <div className="page-head">
        <h1>{t("heading")}</h1>
        <Link href="/admin/articles/new" className="button">
          {t("new")}
        </Link>
      </div>
      {queryValue(query, "notice") === "deleted" && (
        <p className="notice" role="status">
          {t("deleted")}
        </p>
      )}
      <ArticleFilters filters={filters} options={options} />
      <ArticleTable rows={list.rows} />
      <nav className="pager" aria-label={t("pages")}>
        {after && <Link href={listHref(filters)}>{t("mostRecent")}</Link>}
        {list.nextCursor && <Link href={listHref(filters, list.nextCursor)}>{t("older")}</Link>}
      </nav>
    </>
  );
}
