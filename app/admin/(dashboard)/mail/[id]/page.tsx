import { Fragment } from "react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireCapability } from "@/lib/auth/session";
import { getMail } from "@/lib/mail/queries";

export const metadata: Metadata = { title: "Mail" };

type Props = { params: Promise<{ id: string }> };

export default async function MailMessagePage({ params }: Props) {
  await requireCapability("manageSettings", "/admin/mail");
  const { id } = await params;
  const mail = /^\d{1,10}$/.test(id) ? await getMail(Number(id)) : null;
  if (!mail) notFound();
  const headers = Object.entries((mail.headers ?? {}) as Record<string, string>);
  return (
    <div className="audit-page mail-page">
      <p>
        <Link href="/admin/mail">← All mail</Link>
      </p>
      <h1>{mail.subject}</h1>
      <dl className="mail-headers">
        <dt>To</dt>
        <dd>{mail.toEmail}</dd>
        <dt>Message-ID</dt>
        <dd>
          <code>{mail.messageId}</code>
        </dd>
        <dt>Status</dt>
        <dd>
          {mail.status.toLowerCase()}, {mail.attempts} attempt(s)
          {mail.lastError ? `; last error: ${mail.lastError}` : ""}
        </dd>
        {mail.file && (
          <>
            <dt>File</dt>
            <dd>
              <code>{mail.file}</code>
            </dd>
          </>
        )}
        {headers.map(([name, value]) => (
          <Fragment key={name}>
            <dt>{name}</dt>
            <dd>
              <code>{value}</code>
            </dd>
          </Fragment>
        ))}
      </dl>
      <pre className="mail-text" data-testid="mail-text">
        {mail.text}
      </pre>
    </div>
  );
}
