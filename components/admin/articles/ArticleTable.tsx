import Link from "next/link";
import { formatNewsroomTime } from "@/lib/site/newsroom-time";
import type { AdminArticleRow } from "@/lib/articles/admin-queries";
import { StatusBadge } from "./StatusBadge";

export function ArticleTable({ rows }: { rows: AdminArticleRow[] }) {
  if (rows.length === 0) return <p className="notice">No article matches these filters.</p>;
  return (
    <table className="admin-table article-table">
      <thead>
        <tr>
          <th scope="col">Title</th>
          <th scope="col">Status</th>
          <th scope="col">Section</th>
          <th scope="col">Authors</th>
          <th scope="col">Updated</th>
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <td>
              <Link href={`/admin/articles/${row.id}`} lang={row.lang} className="article-title-link">
                {row.title}
              </Link>{" "}
              <span className="lang-tag" title={row.lang === "fr" ? "French" : "English"}>
                {row.lang}
              </span>
            </td>
            <td>
              <StatusBadge state={row.state} publishedAt={row.publishedAt} />
            </td>
            <td>{row.section}</td>
            <td>{row.authors.join(", ")}</td>
            <td>
              <time dateTime={row.updatedAt}>{formatNewsroomTime(row.updatedAt)}</time>
            </td>
            <td className="row-actions">
              <Link href={`/admin/articles/${row.id}`} aria-label={`Edit “${row.title}”`}>
                Edit
              </Link>
              <Link href={`/admin/preview/${row.id}`} aria-label={`Preview “${row.title}”`}>
                Preview
              </Link>
              {row.href && (
                <Link href={row.href} aria-label={`View “${row.title}” on the site`}>
                  View
                </Link>
              )}
              <Link href={`/admin/articles/${row.id}/revisions`} aria-label={`Revisions of “${row.title}”`}>
                Revisions
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
