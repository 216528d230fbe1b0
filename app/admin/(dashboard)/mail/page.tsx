import type { Metadata } from "next";
import Link from "next/link";
import { requireCapability } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { getMailPage } from "@/lib/mail/queries";
import { mailFolder } from "@/lib/mail/transport";

export const metadata: Metadata = { title: "Mail" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const when = (date: Date | null) => (date ? date.toISOString().replace("T", " ").slice(0, 19) : "—");

export default async function MailPage({ searchParams }: Props) {
  await requireCapability("manageSettings", "/admin/mail");
  const query = await searchParams;
  const before =
    typeof query.before === "string" && /^\d{1,10}$/.test(query.before) ? Number(query.before) : undefined;
  const { rows, nextBefore } = await getMailPage(before);
  const smtp = Boolean(env().SMTP_URL);
  return (
    <div className="audit-page mail-page">
      <h1>Mail</h1>
      <p className="lede-text">
        {smtp
          ? "Mail is sent through the SMTP server of SMTP_URL by the job worker."
          : `No SMTP_URL is set: mail is written as .eml files to ${mailFolder()} by the job worker.`}
      </p>
      <table className="admin-table audit-table" data-testid="mail-table">
        <caption className="visually-hidden">Outgoing mail, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Queued (UTC)</th>
            <th scope="col">To</th>
            <th scope="col">Subject</th>
            <th scope="col">Kind</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>{when(row.createdAt)}</td>
              <td>{row.toEmail}</td>
              <td>
                <Link href={`/admin/mail/${row.id}`}>{row.subject}</Link>
              </td>
              <td>{row.kind}</td>
              <td>
                {row.status.toLowerCase()}
                {row.status === "SENT" ? ` ${when(row.sentAt)}` : ""}
                {row.lastError && row.status !== "SENT"
                  ? ` (${row.attempts} attempts: ${row.lastError})`
                  : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p>No mail yet.</p>}
      <nav aria-label="Mail pages" className="audit-pager">
        {before && <Link href="/admin/mail">Newest mail</Link>}
        {nextBefore && (
          <Link href={`/admin/mail?before=${nextBefore}`} rel="next">
            Older mail →
          </Link>
        )}
      </nav>
    </div>
  );
}
