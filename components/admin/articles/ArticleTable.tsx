import Link from "next/link";
import { useTranslations } from "next-intl";
import { NewsroomTime } from "@/components/admin/ui/NewsroomTime";
import type { AdminArticleRow } from "@/lib/articles/admin-queries";
import { StatusBadge } from "./StatusBadge";

export function ArticleTable({ rows }: { rows: AdminArticleRow[] }) {
  const t = useTranslations("AdminArticles");
  if (rows.length === 0) return <p className="notice">{t("none")}</p>;
  return (
    <table className="admin-table article-table">
      <thead>
        <tr>
          <th scope="col">{t("colTitle")}</th>
          <th scope="col">{t("colStatus")}</th>
          <th scope="col">{t("colSection")}</th>
          <th scope="col">{t("colAuthors")}</th>
          <th scope="col">{t("colUpdated")}</th>
          <th scope="col">{t("colActions")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <td>
              <Link href={`/admin/articles/${row.id}`} lang={row.lang} className="article-title-link">
                {row.title}
              </Link>{" "}
              <span className="lang-tag" title={t(`lang${row.lang}`)}>
                {row.lang}
              </span>
            </td>
            <td>
              <StatusBadge state={row.state} publishedAt={row.publishedAt} />
            </td>
            <td>{row.section}</td>
            <td>{row.authors.join(", ")}</td>
            <td>
              <NewsroomTime iso={row.updatedAt} />
            </td>
            <td className="row-actions">
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
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
