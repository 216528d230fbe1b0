import Link from "next/link";
import { StoryList } from "@/components/article/StoryList";
import type { ArticleList } from "@/lib/articles/listing";

const KIND_LABEL = { section: "Section", tag: "Topic", author: "Author" } as const;

/** A section, tag or author page: heading, stories, and an "Older stories" link. */
export function ListingView({
  list,
  basePath,
  isFirstPage,
}: {
  list: ArticleList;
  basePath: string;
  isFirstPage: boolean;
}) {
  const { owner } = list;
  return (
    <div className="listing">
      <header className="listing-header">
        <p className="kicker">{KIND_LABEL[owner.kind]}</p>
        <h1>{owner.name}</h1>
        {owner.description && <p className="dek">{owner.description}</p>}
      </header>
      {list.articles.length === 0 ? (
        <p>No stories here yet.</p>
      ) : (
        <StoryList stories={list.articles} showDek />
      )}
      <nav className="pager" aria-label="Pagination">
        {!isFirstPage && <Link href={basePath}>Latest stories</Link>}
        {list.nextCursor && (
          <Link href={`${basePath}/older/${list.nextCursor}`} rel="next">
            Older stories →
          </Link>
        )}
      </nav>
    </div>
  );
}
