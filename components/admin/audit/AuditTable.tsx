// Audit entries, newest first. Details are shown as text (JSON), never as HTML.
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { AuditRow } from "@/lib/audit/queries";

export function AuditTable({ rows }: { rows: AuditRow[] }) {
  const t = useTranslations("AdminAudit");
  if (rows.length === 0) return <p data-testid="audit-empty">{t("empty")}</p>;
  return (
    <table className="admin-table audit-table" data-testid="audit-table">
      <caption className="visually-hidden">{t("caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("colWhen")}</th>
          <th scope="col">{t("colWho")}</th>
          <th scope="col">{t("colAction")}</th>
          <th scope="col">{t("colTarget")}</th>
          <th scope="col">{t("colDetails")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <td>
              <time dateTime={row.at}>{row.when}</time>
            </td>
            <td>{row.actor}</td>
            <td>
              <code>{row.action}</code>
            </td>
            <td>
              <span className="target-type">{row.target.type}</span>{" "}
              {row.target.href ? <Link href={row.target.href}>{row.target.label}</Link> : row.target.label}
            </td>
            <td>{row.details && <pre className="audit-details">{row.details}</pre>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
