import type { Metadata } from "next";
import SiteLink from "@/components/layout/SiteLink";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NoticeForm } from "@/components/dsa/NoticeForm";
import { ClientMessages } from "@/components/i18n/ClientMessages";
import type { NoticeState } from "@/lib/dsa/actions";
import { formResultFor } from "@/lib/forms/result";

// The notice form for one comment (linked from the report dialog); rendered per request.
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("DsaNotice");
  return { title: t("title"), robots: { index: false, follow: false } };
}

type Props = { params: Promise<{ id: string }> };

export default async function IllegalContentPage({ params }: Props) {
  const { id } = await params;
  if (!/^\d{1,10}$/.test(id)) notFound();
  const commentId = Number(id);
  const [result, t] = await Promise.all([
    formResultFor<NoticeState>(`/comment/${commentId}/illegal`),
    getTranslations("DsaNotice"),
  ]);
  return (
    <article className="article prose-page">
      <h1>{t("title")}</h1>
      <p>
        {t.rich("intro", { link: (chunks) => <SiteLink href={`/comment/${commentId}`}>{chunks}</SiteLink> })}
      </p>
      <ClientMessages namespaces={["DsaNotice"]}>
        <NoticeForm commentId={commentId} initialState={result ?? undefined} />
      </ClientMessages>
    </article>
  );
}
