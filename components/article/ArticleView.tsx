import Link from "next/link";
import type { ArticlePage } from "@/lib/articles/queries";
import { ArticleBody } from "./ArticleBody";
import { Byline } from "./Byline";
import { Time } from "./Time";

export function ArticleView({ article }: { article: ArticlePage }) {
  return (
    <article className="article">
      <header className="article-header" lang={article.lang}>
        <p className="kicker">
          <Link href={`/${article.section.slug}`}>{article.section.name}</Link>
        </p>
        <h1>
          {article.title}
          {article.source && (
            <span className="source">
              {" – "}
              {article.source.url ? (
                <a href={article.source.url} rel="noopener">
                  {article.source.name}
                </a>
              ) : (
                article.source.name
              )}
            </span>
          )}
        </h1>
        {article.dek && <p className="dek">{article.dek}</p>}
      </header>
      <p className="meta">
        <Byline authors={article.authors} />
        <span>
          Published <Time iso={article.publishedAt} withTime />
        </span>
        {article.modifiedAt && (
          <span>
            Updated <Time iso={article.modifiedAt} withTime />
          </span>
        )}
      </p>
      {article.correction && (
        <aside className="correction" aria-label="Correction">
          <strong>Correction:</strong> {article.correction}
        </aside>
      )}
      <ArticleBody segments={article.segments} lang={article.lang} />
      {article.tags.length > 0 && (
        <ul className="tags" aria-label="Tags">
          {article.tags.map((tag) => (
            <li key={tag.slug}>
              <Link href={`/tag/${tag.slug}`}>{tag.name}</Link>
            </li>
          ))}
        </ul>
      )}
      <section id="comments" className="comments" aria-labelledby="comments-heading">
        <h2 id="comments-heading">Leave a Reply</h2>
      </section>
    </article>
  );
}
