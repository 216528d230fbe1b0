import SiteLink from "@/components/layout/SiteLink";
import { getTranslations } from "next-intl/server";
import { Byline } from "@/components/article/Byline";
import { StoryList } from "@/components/article/StoryList";
import { Time } from "@/components/article/Time";
import { Sidebar } from "@/components/layout/Sidebar";
import { getEditorsPicks, getHomePage, getRecentNews } from "@/lib/articles/queries";

export default async function HomePage() {
  const [home, recent, picks, t] = await Promise.all([
    getHomePage(),
    getRecentNews(),
    getEditorsPicks(),
    getTranslations("Home"),
  ]);
  return (
    <div className="with-sidebar">
      <div className="home">
        {home.lead && (
          <article className="lead-story" lang={home.lead.lang}>
            <p className="kicker">{home.lead.section.name}</p>
            <h1>
              <SiteLink href={home.lead.href}>{home.lead.title}</SiteLink>
            </h1>
            {home.lead.dek && <p className="dek">{home.lead.dek}</p>}
            <p className="meta">
              <Byline authors={home.lead.authors} /> · <Time iso={home.lead.publishedAt} />
            </p>
          </article>
        )}
        <section aria-labelledby="latest-heading">
          <h2 id="latest-heading">{t("latest")}</h2>
          <StoryList stories={home.latest} showDek />
        </section>
        {home.sections.map(({ section, articles }) => (
          <section key={section.slug} aria-labelledby={`section-${section.slug}`} className="section-block">
            <h2 id={`section-${section.slug}`}>
              <SiteLink href={`/${section.slug}`}>{section.name}</SiteLink>
            </h2>
            <StoryList stories={articles} />
          </section>
        ))}
      </div>
      <Sidebar recent={recent} picks={picks} />
    </div>
  );
}
