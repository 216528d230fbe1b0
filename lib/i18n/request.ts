// next-intl's request configuration (wired in next.config.js). The locale is the build's
// (lib/i18n/locale.ts): `requestLocale` is never read, so next-intl never looks at headers and
// reader pages stay prerendered.
import { getRequestConfig } from "next-intl/server";
import { SITE_LOCALE, SITE_TIME_ZONE } from "./locale";
import { messages } from "./messages";

export default getRequestConfig(async () => ({
  locale: SITE_LOCALE,
  messages,
  timeZone: SITE_TIME_ZONE,
}));
