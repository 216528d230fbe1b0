import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ArticleView } from "@/components/article/ArticleView";
import { CommentAnchorFallback } from "@/components/comments/CommentAnchorFallback";
import { CommentSection } from "@/components/comments/CommentSection";
import { Sidebar } from "@/components/layout/Sidebar";
import { getArticlePage, getArticleRedirect, getEditorsPicks, getRecentNews } from "@/lib/articles/queries";
import { articleMetadata, jsonLdScript, newsArticleJsonLd } from "@/lib/articles/seo";
import { getCommentSection } from "@/lib/comments/queries";
import { env } from "@/lib/env";

export type ArticleParams = Promise<{ section: string; slug: string; page?: string }>;

const site = () => ({ url: env().SITE_URL, name: env().SITE_NAME });

async function loadArticle(params: ArticleParams) {
  const { section, slug, page } = await params;
  const article = await getArticlePage(section, slug);
  // No page: the comment page the article's own URL shows (see getCommentSection).
  if (article) return { article, page: page === undefined ? undefined : Number(page) };
  const moved = await getArticleRedirect(slug);
  if (moved) permanentRedirect(moved);
  notFound();
}

/** The newest articles are prerendered; the others render on their first visit, then stay cached. */
export async function articleStaticParams() {
  const recent = await getRecentNews(10);
  return recent.map((card) => {
    const [, section, slug] = card.href.split("/");
    return { section: section!, slug: slug! };
  });
}

export async function articleMetadataFor(params: ArticleParams): Promise<Metadata> {
  const { article, page } = await loadArticle(params);
  const metadata = articleMetadata(article, site());
  const t = await getTranslations("Metadata");
  // Later comment pages repeat the article: the article URL stays the canonical one.
  return page !== undefined && page > 1
    ? {
        ...metadata,
        title: t("commentsPage", { title: metadata.title as string, page }),
        robots: { index: false, follow: true },
      }
    : metadata;
}

/** An article with one page of its comments (page 1 at the article URL, later ones at …/comments/N). */
export async function ArticleRoute({ params }: { params: ArticleParams }) {
  const { article, page } = await loadArticle(params);
  const [recent, picks, comments] = await Promise.all([
    getRecentNews(7),
    getEditorsPicks(),
    getCommentSection(article.id, page),
  ]);
  if (!comments) notFound();
  return (
    <div className="with-sidebar">
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: jsonLdScript(newsArticleJsonLd(article, site())) }}
      />
      <ArticleView
        article={article}
        commentCount={comments.approvedCount}
        comments={<CommentSection section={comments} articleHref={article.href} />}
      />
      <Sidebar recent={recent.filter((card) => card.id !== article.id).slice(0, 6)} picks={picks} />
      <CommentAnchorFallback articleId={article.id} />
    </div>
  );
}
