import SiteLink from "@/components/layout/SiteLink";
import { useTranslations } from "next-intl";
import type { ArticleCard, PickCard } from "@/lib/articles/queries";
import { StoryList } from "@/components/article/StoryList";

export function Sidebar({ recent, picks }: { recent: ArticleCard[]; picks: PickCard[] }) {
  const t = useTranslations("Sidebar");
  return (
    <aside className="sidebar">
      <section aria-labelledby="recent-news-heading">
        <h2 id="recent-news-heading">{t("recentNews")}</h2>
        <StoryList stories={recent} />
      </section>
      {picks.length > 0 && (
        <section aria-labelledby="editors-pick-heading">
          <h2 id="editors-pick-heading">{t("editorsPick")}</h2>
          <ol className="story-list picks">
            {picks.map((pick) => (
              <li key={pick.id}>
                <SiteLink href={pick.href} lang={pick.lang} className="story-link">
                  {pick.title}
                </SiteLink>
                {pick.note && <p className="meta">{pick.note}</p>}
              </li>
            ))}
          </ol>
        </section>
      )}
    </aside>
  );
}
