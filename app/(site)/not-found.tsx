import SiteLink from "@/components/layout/SiteLink";
import { getTranslations } from "next-intl/server";
import { StoryList } from "@/components/article/StoryList";
import { getRecentNews } from "@/lib/articles/queries";

export default async function NotFound() {
  const [recent, t] = await Promise.all([getRecentNews(5), getTranslations("Errors")]);
  return (
    <div className="article error-page">
      <p className="kicker">{t("notFoundKicker")}</p>
      <h1>{t("notFoundTitle")}</h1>
      <p className="dek">{t("notFoundDek")}</p>
      <form role="search" action="/search" method="get" className="inline-search">
        <label htmlFor="not-found-q">{t("searchSite")}</label>
        <input id="not-found-q" name="q" type="search" />
        <button type="submit">{t("search")}</button>
      </form>
      <h2>{t("latestStories")}</h2>
      <StoryList stories={recent} />
      <p>
        <SiteLink href="/">{t("frontPage")}</SiteLink>
      </p>
    </div>
  );
}
