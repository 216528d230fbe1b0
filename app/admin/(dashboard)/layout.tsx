import Link from "next/link";
import { signOutAction } from "@/lib/auth/actions";
import { can, type Capability } from "@/lib/auth/roles";
import { requireCapability } from "@/lib/auth/session";

const NAV: { href: string; label: string; capability: Capability }[] = [
  { href: "/admin/comments", label: "Comments", capability: "moderate" },
  { href: "/admin/commenters", label: "Commenters", capability: "moderate" },
  { href: "/admin/articles", label: "Articles", capability: "publish" },
  { href: "/admin/picks", label: "Editor's Pick", capability: "curate" },
  { href: "/admin/pages", label: "Site pages", capability: "publish" },
  { href: "/admin/settings", label: "Discussion settings", capability: "manageSettings" },
  { href: "/admin/users", label: "Users", capability: "manageUsers" },
  { href: "/admin/audit", label: "Audit log", capability: "viewAudit" },
  { href: "/admin/mail", label: "Mail", capability: "manageSettings" },
];

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const user = await requireCapability("moderate");
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="admin-header">
        <Link href="/admin" className="admin-brand">
          Lede <span>newsroom</span>
        </Link>
        <nav aria-label="Dashboard">
          <ul>
            {NAV.filter((item) => can(user.role, item.capability)).map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{item.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="admin-user">
          <span>
            {user.name} <span className="role">{user.role.toLowerCase()}</span>
          </span>
          <Link href="/">View site</Link>
          <form action={signOutAction}>
            <button type="submit" className="link-button">
              Sign out
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
