import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/admin/articles/StatusBadge";
import { ArticleView } from "@/components/article/ArticleView";
import { getArticlePreview } from "@/lib/articles/admin-queries";
import { requireCapability } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminArticleResults");
  return { title: t("previewTitle"), robots: { index: false, follow: false, nocache: true } };
}

/**
 * An article in any state as readers would see it, with the public components. Rendered per
 * request for signed-in staff who may publish (the admin layout keeps it out of every cache).
 */
export default async function ArticlePreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireCapability("publish", `/admin/preview/${id}`);
  const preview = /^\d{1,9}$/.test(id) ? await getArticlePreview(Number(id)) : null;
  if (!preview) notFound();
  const t = await getTranslations("AdminArticleResults");
  return (
    <div className="article-preview">
      <p className="preview-banner" role="note">
        <strong>{t("previewLabel")}</strong>{" "}
        <StatusBadge state={preview.state} publishedAt={preview.page.publishedAt} />{" "}
        {t(`explain_${preview.state}`)}{" "}
        <Link href={`/admin/articles/${preview.page.id}`}>{t("backToEditor")}</Link>
      </p>
      <main id="main" className="preview-main">
        <ArticleView article={preview.page} commentCount={0} comments={null} />
      </main>
    </div>
  );
}
