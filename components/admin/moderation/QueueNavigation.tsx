// The queue's tabs with their counts, its filters (a plain GET form) and its keyset pager.
import Link from "next/link";
import { useTranslations } from "next-intl";
import {
  COUNT_CAP,
  QUEUE_PATH,
  TABS,
  formatTabCount,
  queuePath,
  type QueueCounts,
  type QueueCursor,
  type QueueQuery,
} from "@/lib/moderation/schema";

/** The view without its page position: what tabs and filters keep. */
const filtersOf = (query: QueueQuery): QueueQuery => ({
  tab: query.tab,
  article: query.article,
  q: query.q,
  author: query.author,
});

export function QueueTabs({
  query,
  counts: { counts, capped },
  openNotices,
}: {
  query: QueueQuery;
  counts: QueueCounts;
  /** Open DSA notices: their own tab, a page of its own (/admin/comments/notices). */
  openNotices?: number;
}) {
  const t = useTranslations("AdminModeration");
  return (
    <nav aria-label={t("statusNav")}>
      <ul className="tabs queue-tabs">
        {TABS.map((tab) => (
          <li key={tab.id}>
            <Link
              href={queuePath({ ...filtersOf(query), tab: tab.id })}
              aria-current={tab.id === query.tab ? "page" : undefined}
            >
              {t(tab.id)}{" "}
              <span
                className="count"
                title={capped.includes(tab.id) ? t("capped", { cap: COUNT_CAP }) : undefined}
              >
                {formatTabCount(counts[tab.id], capped.includes(tab.id))}
              </span>
            </Link>
          </li>
        ))}
        {openNotices !== undefined && (
          <li>
            <Link href="/admin/comments/notices">
              {t("illegalContent")} <span className="count">{openNotices}</span>
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}

export function QueueFilters({
  query,
  articles,
}: {
  query: QueueQuery;
  articles: { id: number; title: string; comments: number }[];
}) {
  const t = useTranslations("AdminModeration");
  const filtered = query.article !== undefined || query.q || query.author;
  return (
    <form method="get" action={QUEUE_PATH} className="queue-filters" role="search" aria-label={t("filters")}>
      <input type="hidden" name="tab" value={query.tab} />
      <div className="field">
        <label htmlFor="queue-article">{t("article")}</label>
        <select id="queue-article" name="article" defaultValue={query.article ?? ""}>
          <option value="">{t("allArticles")}</option>
          {articles.map((article) => (
            <option key={article.id} value={article.id}>
              {article.title} ({article.comments})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="queue-q">{t("text")}</label>
        <input id="queue-q" name="q" type="search" defaultValue={query.q ?? ""} />
      </div>
      <div className="field">
        <label htmlFor="queue-author">{t("author")}</label>
        <input id="queue-author" name="author" type="search" defaultValue={query.author ?? ""} />
      </div>
      <button type="submit">{t("filter")}</button>
      {filtered && <Link href={queuePath({ tab: query.tab })}>{t("clear")}</Link>}
    </form>
  );
}

export function QueuePager({
  query,
  newer,
  older,
}: {
  query: QueueQuery;
  newer: QueueCursor | null;
  older: QueueCursor | null;
}) {
  const t = useTranslations("AdminModeration");
  if (!newer && !older) return null;
  return (
    <nav className="queue-pager" aria-label={t("pages")}>
      {newer && (
        <Link href={queuePath({ ...filtersOf(query), before: newer })} rel="prev">
          {t("newer")}
        </Link>
      )}
      {older && (
        <Link href={queuePath({ ...filtersOf(query), after: older })} rel="next">
          {t("older")}
        </Link>
      )}
    </nav>
  );
}
