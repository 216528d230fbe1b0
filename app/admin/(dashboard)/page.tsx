import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireCapability } from "@/lib/auth/session";
import { getDashboardCounts } from "@/lib/dashboard/queries";

export default async function DashboardHome() {
  const user = await requireCapability("moderate");
  const { pending, reported, drafts } = await getDashboardCounts(user);
  const t = await getTranslations("AdminHome");
  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
  return (
    <>
      <h1>{t("greeting", { name: user.name })}</h1>
      <ul className="dashboard-cards">
        <li>
          <Link href="/admin/comments?tab=pending">{t.rich("pending", { count: pending, strong })}</Link>
        </li>
        <li>
          <Link href="/admin/comments?tab=reported">{t.rich("reported", { count: reported, strong })}</Link>
        </li>
        {drafts !== null && (
          <li>
            <Link href="/admin/articles?status=DRAFT">{t.rich("drafts", { count: drafts, strong })}</Link>
          </li>
        )}
      </ul>
    </>
  );
}
