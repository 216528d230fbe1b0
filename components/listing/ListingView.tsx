import SiteLink from "@/components/layout/SiteLink";
import { useTranslations } from "next-intl";
import { StoryList } from "@/components/article/StoryList";
import type { ArticleList } from "@/lib/articles/listing";

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
  const t = useTranslations("Listing");
  const { owner } = list;
  return (
    <div className="listing">
      <header className="listing-header">
        <p className="kicker">{t(owner.kind)}</p>
        <h1>{owner.name}</h1>
        {owner.description && <p className="dek">{owner.description}</p>}
      </header>
      {list.articles.length === 0 ? <p>{t("empty")}</p> : <StoryList stories={list.articles} showDek />}
      <nav className="pager" aria-label={t("pagination")}>
        {!isFirstPage && <SiteLink href={basePath}>{t("latest")}</SiteLink>}
        {list.nextCursor && (
          <SiteLink href={`${basePath}/older/${list.nextCursor}`} rel="next">
            {t("older")}
          </SiteLink>
        )}
      </nav>
    </div>
  );
}
