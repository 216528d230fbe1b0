import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getSitePage, getSitePageSlugs } from "@/lib/pages/queries";
import { sitePageHref } from "@/lib/pages/paths";

type Props = { params: Promise<{ slug: string }> };

/** Published pages are prerendered; a new one renders on its first visit, then stays cached. */
export async function generateStaticParams() {
  const slugs = await getSitePageSlugs();
  return slugs.length ? slugs.map((slug) => ({ slug })) : [{ slug: "about" }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await getSitePage((await params).slug);
  return page ? { title: page.title, alternates: { canonical: sitePageHref(page.slug) } } : {};
}

export default async function SitePage({ params }: Props) {
  const page = await getSitePage((await params).slug);
  if (!page) notFound();
  return (
    <article className="article prose-page">
      <header className="article-header">
        <h1>{page.title}</h1>
      </header>
      <div className="article-body" dangerouslySetInnerHTML={{ __html: page.html }} />
    </article>
  );
}
