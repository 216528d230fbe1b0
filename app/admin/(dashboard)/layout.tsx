import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/lib/auth/actions";
import { can, type Capability } from "@/lib/auth/roles";
import { requireCapability } from "@/lib/auth/session";

const NAV = [
  { href: "/admin/comments", label: "comments", capability: "moderate" },
  { href: "/admin/commenters", label: "commenters", capability: "moderate" },
  { href: "/admin/articles", label: "articles", capability: "publish" },
  { href: "/admin/picks", label: "picks", capability: "curate" },
  { href: "/admin/pages", label: "pages", capability: "publish" },
  { href: "/admin/settings", label: "settings", capability: "manageSettings" },
  { href: "/admin/users", label: "users", capability: "manageUsers" },
  { href: "/admin/audit", label: "audit", capability: "viewAudit" },
  { href: "/admin/mail", label: "mail", capability: "manageSettings" },
] as const satisfies { href: string; label: string; capability: Capability }[];

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const user = await requireCapability("moderate");
  const t = await getTranslations("AdminLayout");
  return (
    <>
      <a className="skip-link" href="#main">
        {t("skipToContent")}
      </a>
      <header className="admin-header">
        <Link href="/admin" className="admin-brand">
          {t.rich("brand", { small: (chunks) => <span>{chunks}</span> })}
        </Link>
        <nav aria-label={t("nav")}>
          <ul>
            {NAV.filter((item) => can(user.role, item.capability)).map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{t(item.label)}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="admin-user">
          <span>
            {user.name} <span className="role">{t(user.role)}</span>
          </span>
          <Link href="/admin/account">{t("account")}</Link>
          <Link href="/">{t("viewSite")}</Link>
          <form action={signOutAction}>
            <button type="submit" className="link-button">
              {t("signOut")}
            </button>
          </form>
        </div>
      </header>
      <main id="main" className="admin-main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
