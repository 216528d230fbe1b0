import Link from "next/link";
import { useTranslations } from "next-intl";
import type { Section } from "@/lib/articles/queries";

export function SiteHeader({ siteName, sections }: { siteName: string; sections: Section[] }) {
  const t = useTranslations("Layout");
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t("skipToContent")}
      </a>
      <div className="masthead">
        <Link href="/" className="site-name">
          {siteName}
        </Link>
      </div>
      <nav aria-label={t("sections")} className="section-nav">
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
  const t = useTranslations("Layout");
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
        · <Link href="/privacy">{t("privacy")}</Link>
      </p>
    </footer>
  );
}
