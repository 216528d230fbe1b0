import type { Metadata } from "next";
import "./admin.css";

// Every dashboard page depends on who is signed in: rendered per request, never cached.
export const instant = false;

export const metadata: Metadata = {
  title: { default: "Dashboard", template: "%s – Lede dashboard" },
  robots: { index: false, follow: false },
};

export default function AdminRootLayout({ children }: { children: React.ReactNode }) {
  return <div className="admin">{children}</div>;
}
