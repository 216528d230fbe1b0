// The queue's tabs with their counts, its filters (a plain GET form) and its keyset pager.
import Link from "next/link";
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
  return (
    <nav aria-label="Comment status">
      <ul className="tabs queue-tabs">
        {TABS.map((tab) => (
          <li key={tab.id}>
            <Link
              href={queuePath({ ...filtersOf(query), tab: tab.id })}
              aria-current={tab.id === query.tab ? "page" : undefined}
            >
              {tab.label}{" "}
              <span
                className="count"
                title={
                  capped
                    ? `At least: filtered counts stop after ${COUNT_CAP.toLocaleString("en")} matches`
                    : undefined
                }
              >
                {formatTabCount(counts[tab.id], capped)}
              </span>
            </Link>
          </li>
        ))}
        {openNotices !== undefined && (
          <li>
            <Link href="/admin/comments/notices">
              Illegal content <span className="count">{openNotices}</span>
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
  const filtered = query.article !== undefined || query.q || query.author;
  return (
    <form
      method="get"
      action={QUEUE_PATH}
      className="queue-filters"
      role="search"
      aria-label="Filter comments"
    >
      <input type="hidden" name="tab" value={query.tab} />
      <div className="field">
        <label htmlFor="queue-article">Article</label>
        <select id="queue-article" name="article" defaultValue={query.article ?? ""}>
          <option value="">All articles</option>
          {articles.map((article) => (
            <option key={article.id} value={article.id}>
              {article.title} ({article.comments})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="queue-q">Text</label>
        <input id="queue-q" name="q" type="search" defaultValue={query.q ?? ""} />
      </div>
      <div className="field">
        <label htmlFor="queue-author">Author name, email or IP hash</label>
        <input id="queue-author" name="author" type="search" defaultValue={query.author ?? ""} />
      </div>
      <button type="submit">Filter</button>
      {filtered && <Link href={queuePath({ tab: query.tab })}>Clear filters</Link>}
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
  if (!newer && !older) return null;
  return (
    <nav className="queue-pager" aria-label="Pages">
      {newer && (
        <Link href={queuePath({ ...filtersOf(query), before: newer })} rel="prev">
          ← Newer comments
        </Link>
      )}
      {older && (
        <Link href={queuePath({ ...filtersOf(query), after: older })} rel="next">
          Older comments →
        </Link>
      )}
    </nav>
  );
}
