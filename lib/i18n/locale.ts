// The interface language of this build. SITE_LOCALE is read when the site is built: next.config.js
// inlines it into every bundle (server and browser), so prerendered reader pages, actions and the
// dashboard all speak the language the pages were built in, whatever the server's environment says
// later. Nothing reads the language from a request (headers, cookies): reader pages stay static.
// Client-safe: no catalogs here (lib/i18n/messages.ts holds them, on the server).

export const SITE_LOCALES = ["en", "fr"] as const;
export type SiteLocale = (typeof SITE_LOCALES)[number];

export function parseSiteLocale(value: string | undefined): SiteLocale {
  if (value === undefined || value === "") return "en";
  if ((SITE_LOCALES as readonly string[]).includes(value)) return value as SiteLocale;
  throw new Error(`SITE_LOCALE must be one of ${SITE_LOCALES.join(", ")} (got "${value}")`);
}

export const SITE_LOCALE: SiteLocale = parseSiteLocale(process.env.SITE_LOCALE);

/** The Intl locale for dates and numbers: British English (day before month, 24-hour) or French. */
export const INTL_LOCALES: Record<SiteLocale, string> = { en: "en-GB", fr: "fr-FR" };
export const INTL_LOCALE = INTL_LOCALES[SITE_LOCALE];

/** The newsroom's clock: every reader sees the same "published" line as the print edition. */
export const SITE_TIME_ZONE = "Europe/Paris";
