import { NextIntlClientProvider, type Messages } from "next-intl";
import { SITE_LOCALE, SITE_TIME_ZONE } from "@/lib/i18n/locale";
import { pickMessages } from "@/lib/i18n/messages";

/**
 * The messages a client component below needs, and only those: each island ships its own few
 * strings instead of the whole catalog.
 */
export function ClientMessages({
  namespaces,
  children,
}: {
  namespaces: readonly (keyof Messages)[];
  children: React.ReactNode;
}) {
  return (
    <NextIntlClientProvider
      locale={SITE_LOCALE}
      timeZone={SITE_TIME_ZONE}
      messages={pickMessages(namespaces)}
    >
      {children}
    </NextIntlClientProvider>
  );
}
