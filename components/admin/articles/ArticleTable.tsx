import Link from "next/link";
import { useTranslations } from "next-intl";
import { NewsroomTime } from "@/components/admin/ui/NewsroomTime";
import { AdminTable } from "@/components/admin/ui/table";
import type { AdminArticleRow } from "@/lib/articles/admin-queries";
import { StatusBadge } from "./StatusBadge";

export function ArticleTable({ rows }: { rows: AdminArticleRow[] }) {
  const t = useTranslations("AdminArticles");
  return (
    <AdminTable
      caption={t("caption")}
      rows={rows}
      rowKey={(row) => row.id}
      empty={<p className="notice">{t("none")}</p>}
      className="article-table"
      columns={[
        {
          header: t("colTitle"),
          cell: (row) => (
            <>
              <Link href={`/admin/articles/${row.id}`} lang={row.lang} className="article-title-link">
                {row.title}
              </Link>{" "}
              <span className="lang-tag" title={t(`lang${row.lang}`)}>
                {row.lang}
              </span>
            </>
          ),
        },
        {
          header: t("colStatus"),
          cell: (row) => <StatusBadge state={row.state} publishedAt={row.publishedAt} />,
        },
        { header: t("colSection"), cell: (row) => row.section },
        { header: t("colAuthors"), cell: (row) => row.authors.join(", ") },
        { header: t("colUpdated"), cell: (row) => <NewsroomTime iso={row.updatedAt} /> },
        {
          header: t("colActions"),
          className: "row-actions",
          cell: (row) => (
            <>
              <Link href={`/admin/articles/${row.id}`} aria-label={t("editLabel", { title: row.title })}>
                {t("edit")}
              </Link>
              <Link href={`/admin/preview/${row.id}`} aria-label={t("previewLabel", { title: row.title })}>
                {t("preview")}
              </Link>
              {row.href && (
                <Link href={row.href} aria-label={t("viewLabel", { title: row.title })}>
                  {t("view")}
                </Link>
              )}
              <Link
                href={`/admin/articles/${row.id}/revisions`}
                aria-label={t("revisionsLabel", { title: row.title })}
              >
                {t("revisions")}
              </Link>
            </>
          ),
        },
      ]}
    />
  );
}
