// Audit entries, newest first. Details are shown as text (JSON), never as HTML.
import Link from "next/link";
import type { AuditRow } from "@/lib/audit/queries";

export function AuditTable({ rows }: { rows: AuditRow[] }) {
  if (rows.length === 0) return <p data-testid="audit-empty">No entries match these filters.</p>;
  return (
    <table className="admin-table audit-table" data-testid="audit-table">
      <caption className="visually-hidden">Audit entries, newest first</caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Who</th>
          <th scope="col">Action</th>
          <th scope="col">Target</th>
          <th scope="col">Details</th>
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
