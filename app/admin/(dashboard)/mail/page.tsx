import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
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
      <table className="admin-table audit-table" data-testid="mail-table">
        <caption className="visually-hidden">{t("caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("colQueued")}</th>
            <th scope="col">{t("colTo")}</th>
            <th scope="col">{t("colSubject")}</th>
            <th scope="col">{t("colKind")}</th>
            <th scope="col">{t("colStatus")}</th>
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
                {t(`status_${row.status}`)}
                {row.status === "SENT" ? ` ${when(row.sentAt)}` : ""}
                {row.lastError && row.status !== "SENT"
                  ? ` ${t("failedAttempts", { attempts: row.attempts, error: row.lastError })}`
                  : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p>{t("none")}</p>}
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
