import { SiteFooter, SiteHeader } from "@/components/layout/SiteHeader";
import { getSections } from "@/lib/articles/queries";
import { env } from "@/lib/env";
import { getFooterPages } from "@/lib/pages/queries";

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const [sections, pages] = await Promise.all([getSections(), getFooterPages()]);
  return (
    <>
      <SiteHeader siteName={env().SITE_NAME} sections={sections} />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter siteName={env().SITE_NAME} pages={pages} />
    </>
  );
}
