import { SiteFooter, SiteHeader } from "@/components/layout/SiteHeader";
import { ClientMessages } from "@/components/i18n/ClientMessages";
import { getSections } from "@/lib/articles/queries";
import { env } from "@/lib/env";
import { getFooterPages } from "@/lib/pages/queries";

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const [sections, pages] = await Promise.all([getSections(), getFooterPages()]);
  return (
    <>
      <SiteHeader siteName={env().SITE_NAME} sections={sections} />
      <main id="main" tabIndex={-1}>
        {/* The error boundary (error.tsx) is a client component: it gets its own few strings. */}
        <ClientMessages namespaces={["ErrorPage"]}>{children}</ClientMessages>
      </main>
      <SiteFooter siteName={env().SITE_NAME} pages={pages} />
    </>
  );
}
