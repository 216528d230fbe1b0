import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NoticeDecisionForm } from "@/components/admin/moderation/NoticeDecisionForm";
import { ClientMessages } from "@/components/i18n/ClientMessages";
import { requireCapability } from "@/lib/auth/session";
import { getNotices, type StatementOfReasons } from "@/lib/dsa/notices";
import { AdminTable } from "@/components/admin/ui/table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminNotices"))("title") };
}

const when = (date: Date | null) => (date ? date.toISOString().replace("T", " ").slice(0, 16) : "—");

export default async function NoticesPage() {
  await requireCapability("moderate", "/admin/comments/notices");
  const [{ open, decided }, t] = await Promise.all([getNotices(), getTranslations("AdminNotices")]);
  return (
    <ClientMessages namespaces={["AdminNotices"]}>
      <div className="audit-page notices-page">
        <p>
          <Link href="/admin/comments">{t("back")}</Link>
        </p>
        <h1>{t("heading")}</h1>
        <h2>{t("open", { count: open.length })}</h2>
        {open.length === 0 && <p>{t("noneOpen")}</p>}
        {open.map((notice) => (
          <section key={notice.id} className="admin-panel" data-testid={`notice-${notice.id}`}>
            <h3>{t("noticeHeading", { id: notice.id, date: when(notice.createdAt) })}</h3>
            <p>
              <strong>{t("legalGround")}</strong> {notice.legalGround}
            </p>
            <p>
              <strong>{t("explanation")}</strong> {notice.explanation}
            </p>
            <p>
              <strong>{t("notifier")}</strong> {notice.notifierName ?? t("anonymous")}
              {notice.notifierEmail ? ` <${notice.notifierEmail}>` : ` ${t("noEmail")}`}
            </p>
            {notice.comment ? (
              <blockquote>
                <p>
                  {t("commentOn", {
                    name: notice.comment.authorName,
                    title: notice.comment.article.title,
                    status: t(`status_${notice.comment.status}`),
                  })}
                </p>
                <p>{notice.comment.body}</p>
              </blockquote>
            ) : (
              <p>{t("commentGone")}</p>
            )}
            <NoticeDecisionForm noticeId={notice.id} />
          </section>
        ))}
        <h2>{t("decidedHeading")}</h2>
        <AdminTable
          caption={t("decidedHeading")}
          rows={decided}
          rowKey={(notice) => notice.id}
          className="audit-table"
          columns={[
            {
              header: t("colNotice"),
              cell: (notice) => (
                <>
                  {notice.id} ({when(notice.createdAt)} → {when(notice.decidedAt)})
                </>
              ),
            },
            {
              header: t("colDecision"),
              cell: (notice) => (notice.decision ? t(`decision_${notice.decision}`) : "—"),
            },
            { header: t("colBy"), cell: (notice) => notice.decidedBy?.name ?? "—" },
            {
              header: t("colStatement"),
              cell: (notice) => {
                const statement = notice.statement as StatementOfReasons | null;
                return (
                  statement &&
                  t("statement", {
                    restriction: statement.restriction,
                    facts: statement.facts,
                    ground: statement.ground,
                  })
                );
              },
            },
          ]}
        />
      </div>
    </ClientMessages>
  );
}
