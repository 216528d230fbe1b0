// Reader-facing date and number formatting, in the interface language of the build
// (lib/i18n/locale.ts) and the newsroom's time zone, so every reader sees the same "published"
// line as the print edition: "2 December 2026 at 14:05" or "2 décembre 2026 à 14:05".
import { INTL_LOCALE, SITE_TIME_ZONE } from "@/lib/i18n/locale";

export { SITE_TIME_ZONE };

// Each formatter is built on first use: creating one costs a phone several milliseconds, and the
// article page's scripts load this module for the edit form's clock alone.
function once<T>(create: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= create());
}
const dateTime = once(
  () =>
    new Intl.DateTimeFormat(INTL_LOCALE, { dateStyle: "long", timeStyle: "short", timeZone: SITE_TIME_ZONE }),
);
const dateOnly = once(
  () => new Intl.DateTimeFormat(INTL_LOCALE, { dateStyle: "medium", timeZone: SITE_TIME_ZONE }),
);
const timeOnly = once(
  () => new Intl.DateTimeFormat(INTL_LOCALE, { timeStyle: "short", timeZone: SITE_TIME_ZONE }),
);
const integer = once(() => new Intl.NumberFormat(INTL_LOCALE));

export function formatDateTime(iso: string): string {
  return dateTime().format(new Date(iso));
}

export function formatDate(iso: string): string {
  return dateOnly().format(new Date(iso));
}

/** "14:05", on the newsroom's clock. */
export function formatTime(iso: string): string {
  return timeOnly().format(new Date(iso));
}

/** 1,234 or 1 234 (with the narrow no-break space French uses). */
export function formatNumber(value: number): string {
  return integer().format(value);
}
