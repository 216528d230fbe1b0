import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AuditFilters } from "@/components/admin/audit/AuditFilters";
import { AuditTable } from "@/components/admin/audit/AuditTable";
import { requireCapability } from "@/lib/auth/session";
import { auditActors, auditQuery, getAuditPage, parseAuditFilters } from "@/lib/audit/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminAudit"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  await requireCapability("viewAudit", "/admin/audit");
  const filters = parseAuditFilters(await searchParams);
  const [page, actors, t] = await Promise.all([
    getAuditPage(filters),
    auditActors(),
    getTranslations("AdminAudit"),
  ]);
  return (
    <div className="audit-page">
      <h1>{t("heading")}</h1>
      <AuditFilters filters={filters} actors={actors} />
      <AuditTable rows={page.rows} />
      <nav aria-label={t("pages")} className="audit-pager">
        {filters.before && <Link href={`/admin/audit${auditQuery(filters)}`}>{t("newest")}</Link>}
        {page.nextCursor && (
          <Link href={`/admin/audit${auditQuery(filters, page.nextCursor)}`} rel="next">
            {t("older")}
          </Link>
        )}
      </nav>
    </div>
  );
}
