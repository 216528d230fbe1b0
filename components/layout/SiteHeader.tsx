import Link from "next/link";
import type { Section } from "@/lib/articles/queries";

export function SiteHeader({ siteName, sections }: { siteName: string; sections: Section[] }) {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="masthead">
        <Link href="/" className="site-name">
          {siteName}
        </Link>
      </div>
      <nav aria-label="Sections" className="section-nav">
        <ul>
          {sections.map((section) => (
            <li key={section.slug}>
              <Link href={`/${section.slug}`}>{section.name}</Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}

export function SiteFooter({
  siteName,
  pages = [],
}: {
  siteName: string;
  pages?: { title: string; href: string }[];
}) {
  return (
    <footer className="site-footer">
      <p>
        © {siteName}
        {pages.map((page) => (
          <span key={page.href}>
            {" · "}
            <Link href={page.href}>{page.title}</Link>
          </span>
        ))}{" "}
        · <Link href="/privacy">Privacy</Link>
      </p>
    </footer>
  );
}
