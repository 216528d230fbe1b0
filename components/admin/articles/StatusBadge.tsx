import { formatNewsroomTime, STATE_LABELS, type ArticleState } from "@/lib/articles/admin-schema";

/** Draft / Scheduled for <time> / Published / Archived. */
export function StatusBadge({ state, publishedAt }: { state: ArticleState; publishedAt: string | null }) {
  return (
    <span className={`status-badge status-${state}`}>
      {STATE_LABELS[state]}
      {state === "scheduled" && publishedAt && <> for {formatNewsroomTime(publishedAt)}</>}
    </span>
  );
}
