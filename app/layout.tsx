import type { Metadata, Viewport } from "next";
import { getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import { feedAlternates } from "@/lib/feeds/alternates";
import { SITE_LOCALE } from "@/lib/i18n/locale";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Metadata");
  return {
    metadataBase: new URL(env().SITE_URL),
    title: { default: env().SITE_NAME, template: `%s – ${env().SITE_NAME}` },
    description: t("description"),
    alternates: { types: feedAlternates(env().SITE_NAME) },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// The interface speaks the build's language (SITE_LOCALE); article bodies carry their own `lang`.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang={SITE_LOCALE}>
      <body>{children}</body>
    </html>
  );
}
