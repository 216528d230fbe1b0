import Link from "next/link";
import { formatNewsroomTime } from "@/lib/site/newsroom-time";
import type { AdminArticleRow } from "@/lib/articles/admin-queries";
import { AdminTable, type Column } from "@/components/admin/ui/table";
import { StatusBadge } from "./StatusBadge";

const COLUMNS: Column<AdminArticleRow>[] = [
  {
    header: "Title",
    cell: (row) => (
      <>
        <Link href={`/admin/articles/${row.id}`} lang={row.lang} className="article-title-link">
          {row.title}
        </Link>{" "}
        <span className="lang-tag" title={row.lang === "fr" ? "French" : "English"}>
          {row.lang}
        </span>
      </>
    ),
  },
  { header: "Status", cell: (row) => <StatusBadge state={row.state} publishedAt={row.publishedAt} /> },
  { header: "Section", cell: (row) => row.section },
  { header: "Authors", cell: (row) => row.authors.join(", ") },
  {
    header: "Updated",
    cell: (row) => <time dateTime={row.updatedAt}>{formatNewsroomTime(row.updatedAt)}</time>,
  },
  {
    header: "Actions",
    className: "row-actions",
    cell: (row) => (
      <>
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
      </>
    ),
  },
];

export function ArticleTable({ rows }: { rows: AdminArticleRow[] }) {
  return (
    <AdminTable
      caption="Articles"
      columns={COLUMNS}
      rows={rows}
      rowKey={(row) => row.id}
      empty={<p className="notice">No article matches these filters.</p>}
      className="article-table"
    />
  );
}
