import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticleView } from "@/components/article/ArticleView";
import { Sidebar } from "@/components/layout/Sidebar";
import { getArticlePage, getArticleRedirect, getEditorsPicks, getRecentNews } from "@/lib/articles/queries";
import { articleMetadata, jsonLdScript, newsArticleJsonLd } from "@/lib/articles/seo";
import { getApprovedCommentCount } from "@/lib/comments/queries";
import { env } from "@/lib/env";

type Props = { params: Promise<{ section: string; slug: string }> };

const site = () => ({ url: env().SITE_URL, name: env().SITE_NAME });

/** The newest articles are prerendered; the others render on their first visit, then stay cached. */
export async function generateStaticParams() {
  const recent = await getRecentNews(10);
  return recent.map((card) => {
    const [, section, slug] = card.href.split("/");
    return { section: section!, slug: slug! };
  });
}

async function load(params: Props["params"]) {
  const { section, slug } = await params;
  const article = await getArticlePage(section, slug);
  if (article) return article;
  const moved = await getArticleRedirect(slug);
  if (moved) permanentRedirect(moved);
  notFound();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return articleMetadata(await load(params), site());
}

export default async function ArticleRoute({ params }: Props) {
  const article = await load(params);
  const [recent, picks, commentCount] = await Promise.all([getRecentNews(7), getEditorsPicks(), getApprovedCommentCount(article.id)]);
  return (
    <div className="with-sidebar">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(newsArticleJsonLd(article, site())) }} />
      <ArticleView article={article} commentCount={commentCount} />
      <Sidebar recent={recent.filter((card) => card.id !== article.id).slice(0, 6)} picks={picks} />
    </div>
  );
}
