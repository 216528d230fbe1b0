import { useTranslations } from "next-intl";
import { NewsroomTime } from "@/components/admin/ui/NewsroomTime";
import type { ArticleState } from "@/lib/articles/admin-schema";

/** Draft / Scheduled for <time> / Published / Archived. */
export function StatusBadge({ state, publishedAt }: { state: ArticleState; publishedAt: string | null }) {
  const t = useTranslations("AdminArticles");
  const label = t(`state_${state}`);
  return (
    <span className={`status-badge status-${state}`}>
      {state === "scheduled" && publishedAt
        ? t.rich("scheduledFor", { state: label, time: () => <NewsroomTime iso={publishedAt} /> })
        : label}
    </span>
  );
}
