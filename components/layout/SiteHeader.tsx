import SiteLink from "@/components/layout/SiteLink";
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
        <SiteLink href="/" className="site-name">
          {siteName}
        </SiteLink>
      </div>
      <nav aria-label={t("sections")} className="section-nav">
        <ul>
          {sections.map((section) => (
            <li key={section.slug}>
              <SiteLink href={`/${section.slug}`}>{section.name}</SiteLink>
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
            <SiteLink href={page.href}>{page.title}</SiteLink>
          </span>
        ))}{" "}
        · <SiteLink href="/privacy">{t("privacy")}</SiteLink>
      </p>
    </footer>
  );
}
