import Link from "next/link";
import { requireCapability } from "@/lib/auth/session";
import { getDashboardCounts } from "@/lib/dashboard/queries";

export default async function DashboardHome() {
  const user = await requireCapability("moderate");
  const { pending, reported, drafts } = await getDashboardCounts(user);
  return (
    <>
      <h1>Good day, {user.name}</h1>
      <ul className="dashboard-cards">
        <li>
          <Link href="/admin/comments?tab=pending">
            <strong>{pending}</strong> comments awaiting moderation
          </Link>
        </li>
        <li>
          <Link href="/admin/comments?tab=reported">
            <strong>{reported}</strong> reported comments
          </Link>
        </li>
        {drafts !== null && (
          <li>
            <Link href="/admin/articles?status=DRAFT">
              <strong>{drafts}</strong> drafts
            </Link>
          </li>
        )}
      </ul>
    </>
  );
}
