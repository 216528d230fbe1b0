import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleView } from "@/components/article/ArticleView";
import { Sidebar } from "@/components/layout/Sidebar";
import { getArticlePage, getEditorsPicks, getRecentNews } from "@/lib/articles/queries";

type Props = { params: Promise<{ section: string; slug: string }> };

export async function generateStaticParams() {
  const recent = await getRecentNews(1);
  return recent.map((card) => ({ section: card.section.slug, slug: card.href.split("/")[2]! }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { section, slug } = await params;
  const article = await getArticlePage(section, slug);
  if (!article) return {};
  return {
    title: article.seoTitle ?? article.title,
    description: article.seoDescription ?? article.dek,
    alternates: { canonical: article.href },
  };
}

export default async function ArticleRoute({ params }: Props) {
  const { section, slug } = await params;
  const article = await getArticlePage(section, slug);
  if (!article) notFound();
  const [recent, picks] = await Promise.all([getRecentNews(7), getEditorsPicks()]);
  return (
    <div className="with-sidebar">
      <ArticleView article={article} />
      <Sidebar recent={recent.filter((card) => card.id !== article.id).slice(0, 6)} picks={picks} />
    </div>
  );
}
