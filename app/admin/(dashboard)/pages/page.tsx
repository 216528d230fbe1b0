import type { Metadata } from "next";
import Link from "next/link";
import { AdminTable } from "@/components/admin/ui/table";
import { requireCapability } from "@/lib/auth/session";
import { sitePageHref } from "@/lib/pages/paths";
import { listSitePagesForAdmin } from "@/lib/pages/queries";

export const metadata: Metadata = { title: "Site pages" };

export default async function SitePagesPage() {
  await requireCapability("publish", "/admin/pages");
  const pages = await listSitePagesForAdmin();
  return (
    <div>
      <h1>Site pages</h1>
      <p>
        Pages that are not articles — About, Contact, the legal notice — linked from the footer of every page
        when published. <Link href="/admin/pages/new">New page</Link>
      </p>
      <AdminTable
        caption="Site pages"
        rows={pages}
        rowKey={(page) => page.id}
        empty={<p className="notice">No site page yet.</p>}
        columns={[
          { header: "Title", cell: (page) => <Link href={`/admin/pages/${page.id}`}>{page.title}</Link> },
          { header: "Address", cell: (page) => sitePageHref(page.slug) },
          { header: "Footer order", cell: (page) => page.position },
          { header: "State", cell: (page) => (page.published ? "published" : "not published") },
        ]}
      />
    </div>
  );
}
