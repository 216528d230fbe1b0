import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import "./admin.css";

// Every dashboard page depends on who is signed in: rendered per request, never cached.
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AdminLayout");
  return {
    title: { default: t("title"), template: t("titleTemplate") },
    robots: { index: false, follow: false },
  };
}

export default function AdminRootLayout({ children }: { children: React.ReactNode }) {
  return <div className="admin">{children}</div>;
}
