import type { Metadata } from "next";
import Link from "next/link";
import { AuditFilters } from "@/components/admin/audit/AuditFilters";
import { AuditTable } from "@/components/admin/audit/AuditTable";
import { requireCapability } from "@/lib/auth/session";
import { auditActors, auditQuery, getAuditPage, parseAuditFilters } from "@/lib/audit/queries";

export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  await requireCapability("viewAudit", "/admin/audit");
  const filters = parseAuditFilters(await searchParams);
  const [page, actors] = await Promise.all([getAuditPage(filters), auditActors()]);
  return (
    <div className="audit-page">
      <h1>Audit log</h1>
      <AuditFilters filters={filters} actors={actors} />
      <AuditTable rows={page.rows} />
      <nav aria-label="Audit log pages" className="audit-pager">
        {filters.before && <Link href={`/admin/audit${auditQuery(filters)}`}>Newest entries</Link>}
        {page.nextCursor && (
          <Link href={`/admin/audit${auditQuery(filters, page.nextCursor)}`} rel="next">
            Older entries →
          </Link>
        )}
      </nav>
    </div>
  );
}
