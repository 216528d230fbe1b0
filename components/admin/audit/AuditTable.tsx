// Audit entries, newest first. Details are shown as text (JSON), never as HTML.
import Link from "next/link";
import type { AuditRow } from "@/lib/audit/queries";
import { AdminTable, type Column } from "@/components/admin/ui/table";

const COLUMNS: Column<AuditRow>[] = [
  { header: "When", cell: (row) => <time dateTime={row.at}>{row.when}</time> },
  { header: "Who", cell: (row) => row.actor },
  { header: "Action", cell: (row) => <code>{row.action}</code> },
  {
    header: "Target",
    cell: (row) => (
      <>
        <span className="target-type">{row.target.type}</span>{" "}
        {row.target.href ? <Link href={row.target.href}>{row.target.label}</Link> : row.target.label}
      </>
    ),
  },
  { header: "Details", cell: (row) => row.details && <pre className="audit-details">{row.details}</pre> },
];

export function AuditTable({ rows }: { rows: AuditRow[] }) {
  return (
    <AdminTable
      caption="Audit entries, newest first"
      columns={COLUMNS}
      rows={rows}
      rowKey={(row) => row.id}
      empty={<p data-testid="audit-empty">No entries match these filters.</p>}
      className="audit-table"
      testId="audit-table"
    />
  );
}
