import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EraseForm } from "@/components/admin/privacy/EraseForm";
import { ClientMessages } from "@/components/i18n/ClientMessages";
import type { ActionState } from "@/lib/actions/state";
import { requireCapability } from "@/lib/auth/session";
import { formResultFor } from "@/lib/forms/result";
import { getCommenter } from "@/lib/privacy/commenter";
import { AdminTable } from "@/components/admin/ui/table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminCommenters"))("commenterTitle") };
}

type Props = { params: Promise<{ hash: string }> };

const when = (date: Date | null) => (date ? date.toISOString().replace("T", " ").slice(0, 16) : "—");

export default async function CommenterPage({ params }: Props) {
  await requireCapability("moderate", "/admin/commenters");
  const { hash } = await params;
  if (!/^[0-9a-f]{64}$/.test(hash)) notFound();
  const [record, result, t] = await Promise.all([
    getCommenter(hash),
    formResultFor<ActionState>(`/admin/commenters/${hash}`),
    getTranslations("AdminCommenters"),
  ]);
  return (
    <div className="audit-page commenter-page">
      <p>
        <Link href="/admin/commenters">{t("back")}</Link>
      </p>
      <h1>{t("commenterTitle")}</h1>
      <p>{t.rich("emailHash", { hash, code: (chunks) => <code>{chunks}</code> })}</p>
      {!record ? (
        <p data-testid="commenter-empty">{t("nothingStored")}</p>
      ) : (
        <>
          <dl className="mail-headers">
            <dt>{t("email")}</dt>
            <dd>{record.emails.join(", ")}</dd>
            <dt>{t("standing")}</dt>
            <dd>{t(`standing_${record.standing}`)}</dd>
            <dt>{t("replyNotifications")}</dt>
            <dd>
              {t("subscriptions", {
                state: record.mailRecipient?.confirmedAt
                  ? t("confirmedAt", { date: when(record.mailRecipient.confirmedAt) })
                  : t(record.mailRecipient ? "notConfirmed" : "neverAsked"),
                count: record.subscriptions.filter((s) => s.active).length,
              })}
            </dd>
            <dt>{t("mail")}</dt>
            <dd>{t("messages", { count: record.mails.length })}</dd>
            <dt>{t("reportsMade")}</dt>
            <dd>{record.reportsMade.length}</dd>
          </dl>
          <p>
            <a href={`/admin/commenters/${hash}/export`} download>
              {t("export")}
            </a>
          </p>
          <h2>{t("comments", { count: record.comments.length })}</h2>
          <AdminTable
            caption={t("commentsCaption")}
            rows={record.comments}
            rowKey={(comment) => comment.id}
            className="audit-table"
            testId="commenter-comments"
            columns={[
              { header: t("colPosted"), cell: (comment) => when(comment.createdAt) },
              { header: t("colArticle"), cell: (comment) => comment.article.title },
              { header: t("colStatus"), cell: (comment) => t(`status_${comment.status}`) },
              { header: t("colName"), cell: (comment) => comment.authorName },
              {
                header: t("colText"),
                cell: (comment) =>
                  comment.body.length > 200 ? `${comment.body.slice(0, 200)}…` : comment.body,
              },
            ]}
          />
          <h2>{t("erase")}</h2>
        </>
      )}
      {/* Outside the branches, so its result survives the re-render that follows the erasure. */}
      <ClientMessages namespaces={["AdminCommenters"]}>
        <EraseForm hash={hash} available={record !== null} initialState={result} />
      </ClientMessages>
    </div>
  );
}
