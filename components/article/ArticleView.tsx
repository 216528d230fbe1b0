import SiteLink from "@/components/layout/SiteLink";
import { useTranslations } from "next-intl";
import type { ArticlePage } from "@/lib/articles/queries";
import { formatDateTime } from "@/lib/site/format";
import { ArticleBody } from "./ArticleBody";
import { Byline } from "./Byline";
import { safeHttpUrl } from "@/lib/security/urls";

// Each link is in the language it leads to, whatever the interface language.
const READ_IN = { en: "Read in English", fr: "Lire en français" } as const;

/** The article itself; `comments` is the comment section rendered below it. */
export function ArticleView({
  article,
  commentCount,
  comments,
}: {
  article: ArticlePage;
  commentCount: number;
  comments: React.ReactNode;
}) {
  const t = useTranslations("Article");
  const time = (iso: string) =>
    function PublishedTime(chunks: React.ReactNode) {
      return <time dateTime={iso}>{chunks}</time>;
    };
  return (
    <article className="article">
      <header className="article-header" lang={article.lang}>
        <p className="kicker">
          <SiteLink href={`/${article.section.slug}`}>{article.section.name}</SiteLink>
        </p>
        <h1>
          {article.title}
          {article.source && (
            <span className="source">
              {" – "}
              {safeHttpUrl(article.source.url) ? (
                <a href={safeHttpUrl(article.source.url)!} rel="noopener">
                  {article.source.name}
                </a>
              ) : (
                article.source.name
              )}
            </span>
          )}
        </h1>
        {article.dek && <p className="dek">{article.dek}</p>}
        {article.translations.length > 0 && (
          <p className="translations">
            {article.translations.map((translation) => (
              <SiteLink
                key={translation.href}
                href={translation.href}
                hrefLang={translation.lang}
                lang={translation.lang}
              >
                {READ_IN[translation.lang]}
              </SiteLink>
            ))}
          </p>
        )}
      </header>
      <p className="meta">
        <Byline authors={article.authors} />
        <span>
          {t.rich("published", {
            date: formatDateTime(article.publishedAt),
            time: time(article.publishedAt),
          })}
        </span>
        {article.modifiedAt && (
          <span>
            {t.rich("updated", { date: formatDateTime(article.modifiedAt), time: time(article.modifiedAt) })}
          </span>
        )}
        <a href="#comments">{t("commentCount", { count: commentCount })}</a>
      </p>
      {article.heroImage && (
        <figure className="hero">
          {/* Width and height reserve the space: no layout shift while the image loads. */}
          <img
            src={article.heroImage.url}
            alt={article.heroImage.alt}
            width={article.heroImage.width}
            height={article.heroImage.height}
            fetchPriority="high"
            decoding="async"
          />
          {(article.heroCaption || article.heroCredit) && (
            <figcaption>
              {article.heroCaption && <span lang={article.lang}>{article.heroCaption}</span>}
              {article.heroCredit && <span className="credit">{article.heroCredit}</span>}
            </figcaption>
          )}
        </figure>
      )}
      {article.correction && (
        <aside className="correction" aria-label={t("correction")}>
          <strong>{t("correctionLabel")}</strong> {article.correction}
        </aside>
      )}
      <ArticleBody segments={article.segments} lang={article.lang} />
      {article.tags.length > 0 && (
        <ul className="tags" aria-label={t("tags")}>
          {article.tags.map((tag) => (
            <li key={tag.slug}>
              <SiteLink href={`/tag/${tag.slug}`}>{tag.name}</SiteLink>
            </li>
          ))}
        </ul>
      )}
      {comments}
    </article>
  );
}
