// Dates typed in the dashboard are on the newsroom's clock (SITE_TIME_ZONE, Europe/Paris),
// whatever the server's or the browser's zone: a schedule "14:30" goes live at 14:30 in Paris,
// a pick "until 18:00" ends then, the audit log's "from 3 March" starts at midnight there.
import { INTL_LOCALE } from "@/lib/i18n/locale";
import { SITE_TIME_ZONE } from "./format";

const wallClock = new Map<string, Intl.DateTimeFormat>();

function zoneParts(at: number, timeZone: string) {
  let format = wallClock.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    wallClock.set(timeZone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(new Date(at)))
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  return parts as Record<"year" | "month" | "day" | "hour" | "minute" | "second", number>;
}

/** Offset of the zone from UTC at instant `at`, in milliseconds (Paris: +1 h or +2 h). */
function zoneOffset(at: number, timeZone: string): number {
  const p = zoneParts(at, timeZone);
  return (
    Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - (at - (((at % 1000) + 1000) % 1000))
  );
}

/**
 * "2026-03-29T14:30" (or with seconds, or a bare date meaning midnight) as a time in the
 * newsroom's zone → the instant. A time skipped by the spring change (02:30) moves forward by
 * the gap; a repeated autumn time takes its first occurrence. Null when not a valid date/time.
 */
export function parseNewsroomDateTime(text: string, timeZone = SITE_TIME_ZONE): Date | null {
  const trimmed = text.trim();
  const match = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::(\d\d))?$/.exec(
    /^\d{4}-\d\d-\d\d$/.test(trimmed) ? `${trimmed}T00:00` : trimmed,
  );
  if (!match) return null;
  const [year, month, day, hour, minute, second = "0"] = match
    .slice(1)
    .map((part) => part ?? "0") as string[];
  const wall = Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hour),
    Number(minute),
    Number(second),
  );
  const check = new Date(wall);
  if (
    Number.isNaN(wall) ||
    check.getUTCDate() !== Number(day) ||
    check.getUTCHours() !== Number(hour) ||
    check.getUTCMinutes() !== Number(minute)
  )
    return null;
  // Offsets a day either side cover any change of offset around this wall time.
  const before = zoneOffset(wall - 86_400_000, timeZone);
  const after = zoneOffset(wall + 86_400_000, timeZone);
  const candidates = [wall - before, wall - after].filter((at) => wall - zoneOffset(at, timeZone) === at);
  return new Date(candidates.length > 0 ? Math.min(...candidates) : wall - before);
}

/** An instant as the newsroom's wall-clock time, for a datetime-local input ("2026-03-29T14:30"). */
export function toNewsroomDateTimeInput(date: Date, timeZone = SITE_TIME_ZONE, withSeconds = false): string {
  const p = zoneParts(date.getTime(), timeZone);
  const two = (value: number) => String(value).padStart(2, "0");
  return `${p.year}-${two(p.month)}-${two(p.day)}T${two(p.hour)}:${two(p.minute)}${withSeconds ? `:${two(p.second)}` : ""}`;
}

const newsroomTime = new Intl.DateTimeFormat(INTL_LOCALE, { timeStyle: "short", timeZone: SITE_TIME_ZONE });
const newsroomDate = new Intl.DateTimeFormat(INTL_LOCALE, { dateStyle: "long", timeZone: SITE_TIME_ZONE });

/**
 * "14:05" and "12 March 2026" (or "12 mars 2026") in the newsroom's zone, for the message
 * AdminTime.newsroomTime ("{time} on {date}", "{date} à {time}"): components/admin/ui/NewsroomTime
 * in the dashboard, lib/site/newsroom-format.ts in server messages.
 */
export function newsroomTimeParts(date: Date | string): { time: string; date: string } {
  const at = new Date(date);
  return { time: newsroomTime.format(at), date: newsroomDate.format(at) };
}

/** The day after a "YYYY-MM-DD" date (for inclusive "to" dates). */
export function nextDay(date: string): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  const two = (value: number) => String(value).padStart(2, "0");
  return `${next.getUTCFullYear()}-${two(next.getUTCMonth() + 1)}-${two(next.getUTCDate())}`;
}
