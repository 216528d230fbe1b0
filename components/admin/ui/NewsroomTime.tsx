// A time on the newsroom's clock, worded by the catalog (AdminTime.newsroomTime). No directive:
// server and client components both render it (a client tree needs AdminTime in its messages).
import { useTranslations } from "next-intl";
import { newsroomTimeParts } from "@/lib/site/newsroom-time";

export function NewsroomTime({
  iso,
  suppressHydrationWarning,
}: {
  iso: string;
  suppressHydrationWarning?: boolean;
}) {
  const t = useTranslations("AdminTime");
  return (
    <time dateTime={iso} suppressHydrationWarning={suppressHydrationWarning}>
      {t("newsroomTime", newsroomTimeParts(iso))}
    </time>
  );
}
