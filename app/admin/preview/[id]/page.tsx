import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StatusBadge } from "@/components/admin/articles/StatusBadge";
import { ArticleView } from "@/components/article/ArticleView";
import { getArticlePreview } from "@/lib/articles/admin-queries";
import { requireCapability } from "@/lib/auth/session";

export const metadata: Metadata = {
  title: "Preview",
  robots: { index: false, follow: false, nocache: true },
};

const EXPLANATION = {
  draft: "Readers cannot see this draft.",
  scheduled: "Readers will see it at its publication time.",
  published: "Readers see this article now.",
  archived: "Unpublished: readers cannot see it.",
} as const;

/**
 * An article in any state as readers would see it, with the public components. Rendered per
 * request for signed-in staff who may publish (the admin layout keeps it out of every cache).
 */
export default async function ArticlePreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireCapability("publish", `/admin/preview/${id}`);
  const preview = /^\d{1,9}$/.test(id) ? await getArticlePreview(Number(id)) : null;
  if (!preview) notFound();
  return (
    <div className="article-preview">
      <p className="preview-banner" role="note">
        <strong>Preview</strong> <StatusBadge state={preview.state} publishedAt={preview.page.publishedAt} />{" "}
        {EXPLANATION[preview.state]}{" "}
        <Link href={`/admin/articles/${preview.page.id}`}>Back to the editor</Link>
      </p>
      <main id="main" className="preview-main">
        <ArticleView article={preview.page} commentCount={0} comments={null} />
      </main>
    </div>
  );
}
