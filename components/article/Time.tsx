import { formatDate, formatDateTime } from "@/lib/site/format";

/** A `<time>` with its ISO datetime, shown in the site's language and time zone. */
export function Time({ iso, withTime = false }: { iso: string; withTime?: boolean }) {
  return <time dateTime={iso}>{withTime ? formatDateTime(iso) : formatDate(iso)}</time>;
}
