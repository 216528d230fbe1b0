// The message catalogs (messages/<locale>.json, ICU syntax) and the server's translators.
// Components use next-intl (`getTranslations`, `useTranslations`, configured by
// lib/i18n/request.ts); code that runs outside React — zod schemas, actions, the comment markup
// built as a string, feeds — uses `translator(namespace)`, the same catalogs through next-intl's
// `createTranslator`. Both follow the build's locale (lib/i18n/locale.ts), never a request.
import "server-only";
// use-intl is next-intl's own core (a dependency of it, same version): its `core` entry has no
// React in it, so command-line scripts that reach these modules (tsx, outside Next) load it too;
// next-intl's main entry would pull in React's client hooks.
import { createTranslator, type Messages, type NamespaceKeys, type NestedKeyOf } from "use-intl/core";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { SITE_LOCALE, SITE_TIME_ZONE, type SiteLocale } from "./locale";

export const catalogs: Record<SiteLocale, Messages> = { en, fr };

/** The catalog of this build's language. */
export const messages: Messages = catalogs[SITE_LOCALE];

/** A translator for one namespace of the build's catalog, usable anywhere on the server. */
export function translator<Namespace extends NamespaceKeys<Messages, NestedKeyOf<Messages>>>(
  namespace: Namespace,
) {
  return createTranslator({ locale: SITE_LOCALE, messages, namespace, timeZone: SITE_TIME_ZONE });
}

/**
 * Only the namespaces a client component uses, for its NextIntlClientProvider: the browser gets
 * those strings and nothing else of the catalog.
 */
export function pickMessages(namespaces: readonly (keyof Messages)[]): Partial<Messages> {
  return Object.fromEntries(namespaces.map((namespace) => [namespace, messages[namespace]]));
}
