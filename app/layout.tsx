import type { Metadata, Viewport } from "next";
import { env } from "@/lib/env";
import { feedAlternates } from "@/lib/feeds/alternates";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(env().SITE_URL),
  title: { default: env().SITE_NAME, template: `%s – ${env().SITE_NAME}` },
  description: "News, analysis and opinion.",
  alternates: { types: feedAlternates(env().SITE_NAME) },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// The site chrome is English; article bodies carry their own `lang`.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
