// Type-checked message keys and locales for next-intl (useTranslations, getTranslations,
// createTranslator): a key missing from messages/en.json is a type error.
import type en from "./messages/en.json";
import type { SiteLocale } from "./lib/i18n/locale";

declare module "next-intl" {
  interface AppConfig {
    Locale: SiteLocale;
    Messages: typeof en;
  }
}
