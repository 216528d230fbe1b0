import SiteLink from "@/components/layout/SiteLink";
import type { ArticleCard } from "@/lib/articles/queries";
import { Time } from "./Time";

/** A list of headlines with section and date; the building block of home and sidebars. */
export function StoryList({ stories, showDek = false }: { stories: ArticleCard[]; showDek?: boolean }) {
  return (
    <ul className="story-list">
      {stories.map((story) => (
        <li key={story.id}>
          <SiteLink href={story.href} lang={story.lang} className="story-link">
            {story.title}
          </SiteLink>
          {showDek && story.dek && (
            <p className="dek" lang={story.lang}>
              {story.dek}
            </p>
          )}
          <p className="meta">
            {story.section.name} · <Time iso={story.publishedAt} />
          </p>
        </li>
      ))}
    </ul>
  );
}
