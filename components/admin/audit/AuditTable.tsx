// Audit entries, newest first. Details are shown as text (JSON), never as HTML.
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { AuditRow } from "@/lib/audit/queries";
import { AdminTable } from "@/components/admin/ui/table";

export function AuditTable({ rows }: { rows: AuditRow[] }) {
  const t = useTranslations("AdminAudit");
  return (
    <AdminTable
      caption={t("caption")}
      rows={rows}
      rowKey={(row) => row.id}
      empty={<p data-testid="audit-empty">{t("empty")}</p>}
      className="audit-table"
      testId="audit-table"
      columns={[
        { header: t("colWhen"), cell: (row) => <time dateTime={row.at}>{row.when}</time> },
        { header: t("colWho"), cell: (row) => row.actor },
        { header: t("colAction"), cell: (row) => <code>{row.action}</code> },
        {
          header: t("colTarget"),
          cell: (row) => (
            <>
              <span className="target-type">{row.target.type}</span>{" "}
              {row.target.href ? <Link href={row.target.href}>{row.target.label}</Link> : row.target.label}
            </>
          ),
        },
        {
          header: t("colDetails"),
          cell: (row) => row.details && <pre className="audit-details">{row.details}</pre>,
        },
      ]}
    />
  );
}
