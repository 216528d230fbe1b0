import { Fragment } from "react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requireCapability } from "@/lib/auth/session";
import { getMail } from "@/lib/mail/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminMail"))("title") };
}

type Props = { params: Promise<{ id: string }> };

export default async function MailMessagePage({ params }: Props) {
  await requireCapability("manageSettings", "/admin/mail");
  const { id } = await params;
  const mail = /^\d{1,10}$/.test(id) ? await getMail(Number(id)) : null;
  if (!mail) notFound();
  const t = await getTranslations("AdminMail");
  const headers = Object.entries((mail.headers ?? {}) as Record<string, string>);
  return (
    <div className="audit-page mail-page">
      <p>
        <Link href="/admin/mail">{t("back")}</Link>
      </p>
      <h1>{mail.subject}</h1>
      <dl className="mail-headers">
        <dt>{t("to")}</dt>
        <dd>{mail.toEmail}</dd>
        <dt>{t("messageId")}</dt>
        <dd>
          <code>{mail.messageId}</code>
        </dd>
        <dt>{t("status")}</dt>
        <dd>
          {t("statusLine", { status: t(`status_${mail.status}`), attempts: mail.attempts })}
          {mail.lastError ? `; ${t("lastError", { error: mail.lastError })}` : ""}
        </dd>
        {mail.file && (
          <>
            <dt>{t("file")}</dt>
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
