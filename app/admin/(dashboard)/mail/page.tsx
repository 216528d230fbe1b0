import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AdminTable } from "@/components/admin/ui/table";
import { requireCapability } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { getMailPage } from "@/lib/mail/queries";
import { mailFolder } from "@/lib/mail/transport";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminMail"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const when = (date: Date | null) => (date ? date.toISOString().replace("T", " ").slice(0, 19) : "—");

export default async function MailPage({ searchParams }: Props) {
  await requireCapability("manageSettings", "/admin/mail");
  const query = await searchParams;
  const before =
    typeof query.before === "string" && /^\d{1,10}$/.test(query.before) ? Number(query.before) : undefined;
  const [{ rows, nextBefore }, t] = await Promise.all([getMailPage(before), getTranslations("AdminMail")]);
  const smtp = Boolean(env().SMTP_URL);
  return (
    <div className="audit-page mail-page">
      <h1>{t("title")}</h1>
      <p className="lede-text">{smtp ? t("smtp") : t("files", { folder: mailFolder() })}</p>
      <AdminTable
        caption={t("caption")}
        rows={rows}
        rowKey={(row) => row.id}
        empty={<p>{t("none")}</p>}
        className="audit-table"
        testId="mail-table"
        columns={[
          { header: t("colQueued"), cell: (row) => when(row.createdAt) },
          { header: t("colTo"), cell: (row) => row.toEmail },
          {
            header: t("colSubject"),
            cell: (row) => <Link href={`/admin/mail/${row.id}`}>{row.subject}</Link>,
          },
          { header: t("colKind"), cell: (row) => row.kind },
          {
            header: t("colStatus"),
            cell: (row) => (
              <>
                {t(`status_${row.status}`)}
                {row.status === "SENT" ? ` ${when(row.sentAt)}` : ""}
                {row.lastError && row.status !== "SENT"
                  ? ` ${t("failedAttempts", { attempts: row.attempts, error: row.lastError })}`
                  : ""}
              </>
            ),
          },
        ]}
      />
      <nav aria-label={t("pages")} className="audit-pager">
        {before && <Link href="/admin/mail">{t("newest")}</Link>}
        {nextBefore && (
          <Link href={`/admin/mail?before=${nextBefore}`} rel="next">
            {t("older")}
          </Link>
        )}
      </nav>
    </div>
  );
}
