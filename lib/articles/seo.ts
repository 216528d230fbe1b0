// Search and social metadata of an article page: Next metadata (canonical, OpenGraph, Twitter,
// hreflang) and schema.org NewsArticle JSON-LD. Only public fields go in; nothing private.
import type { Metadata } from "next";
import { feedAlternates } from "@/lib/feeds/alternates";
import type { ArticlePage } from "./queries";

type Site = { url: string; name: string };

const OG_LOCALE = { fr: "fr_FR", en: "en_GB" } as const;

function absolute(site: Site, path: string): string {
  return new URL(path, `${site.url}/`).toString();
}

export function articleMetadata(article: ArticlePage, site: Site): Metadata {
  const title = article.seoTitle ?? article.title;
  const description = article.seoDescription ?? article.dek;
  const image = article.heroImage
    ? [
        {
          url: absolute(site, article.heroImage.url),
          width: article.heroImage.width,
          height: article.heroImage.height,
          alt: article.heroImage.alt,
        },
      ]
    : undefined;
  return {
    title,
    description,
    alternates: {
      canonical: article.href,
      types: feedAlternates(site.name, article.section),
      languages: article.translations.length
        ? Object.fromEntries([
            [article.lang, article.href],
            ...article.translations.map((t) => [t.lang, t.href]),
          ])
        : undefined,
    },
    openGraph: {
      type: "article",
      title,
      description,
      url: article.href,
      siteName: site.name,
      locale: OG_LOCALE[article.lang],
      publishedTime: article.publishedAt,
      modifiedTime: article.modifiedAt ?? article.publishedAt,
      section: article.section.name,
      tags: article.tags.map((tag) => tag.name),
      authors: article.authors.map((author) => absolute(site, `/author/${author.slug}`)),
      images: image,
    },
    twitter: {
      card: image ? "summary_large_image" : "summary",
      title,
      description,
      images: image?.map((i) => i.url),
    },
  };
}

export function newsArticleJsonLd(article: ArticlePage, site: Site): Record<string, unknown> {
  const url = absolute(site, article.href);
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
    headline: article.title.slice(0, 110),
    description: article.dek || undefined,
    inLanguage: article.lang,
    articleSection: article.section.name,
    keywords: article.tags.map((tag) => tag.name).join(", ") || undefined,
    image: [absolute(site, article.heroImage?.url ?? "/logo.png")],
    datePublished: article.publishedAt,
    dateModified: article.modifiedAt ?? article.publishedAt,
    author: article.authors.length
      ? article.authors.map((author) => ({
          "@type": "Person",
          name: author.name,
          url: absolute(site, `/author/${author.slug}`),
        }))
      : [{ "@type": "Organization", name: site.name, url: site.url }],
    publisher: {
      "@type": "Organization",
      name: site.name,
      url: site.url,
      logo: { "@type": "ImageObject", url: absolute(site, "/logo.png"), width: 600, height: 60 },
    },
    isAccessibleForFree: true,
    ...(article.source
      ? {
          sourceOrganization: {
            "@type": "Organization",
            name: article.source.name,
            url: article.source.url ?? undefined,
          },
        }
      : {}),
  };
}

/** JSON for a <script type="application/ld+json">: `<` escaped so text can never close the tag. */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
