import { STATE_LABELS, type ArticleState } from "@/lib/articles/admin-schema";
import { formatNewsroomTime } from "@/lib/site/newsroom-time";

/** Draft / Scheduled for <time> / Published / Archived. */
export function StatusBadge({ state, publishedAt }: { state: ArticleState; publishedAt: string | null }) {
  return (
    <span className={`status-badge status-${state}`}>
      {STATE_LABELS[state]}
      {state === "scheduled" && publishedAt && <> for {formatNewsroomTime(publishedAt)}</>}
    </span>
  );
}
