import type { Metadata } from "next";
import Link from "next/link";
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
      <table className="admin-table">
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Address</th>
            <th scope="col">Footer order</th>
            <th scope="col">State</th>
          </tr>
        </thead>
        <tbody>
          {pages.map((page) => (
            <tr key={page.id}>
              <td>
                <Link href={`/admin/pages/${page.id}`}>{page.title}</Link>
              </td>
              <td>{sitePageHref(page.slug)}</td>
              <td>{page.position}</td>
              <td>{page.published ? "published" : "not published"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
