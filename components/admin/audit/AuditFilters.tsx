// The audit log's filters: a plain GET form, so a filtered view is a link one can share.
import Link from "next/link";
import { ACTION_FAMILIES, TARGET_TYPES, type AuditFilters as Filters } from "@/lib/audit/queries";

export function AuditFilters({
  filters,
  actors,
}: {
  filters: Filters;
  actors: { id: number; name: string }[];
}) {
  return (
    <form
      method="get"
      action="/admin/audit"
      className="admin-form audit-filters"
      role="search"
      aria-label="Filter the audit log"
    >
      <div className="field">
        <label htmlFor="audit-actor">Who</label>
        <select id="audit-actor" name="actor" defaultValue={filters.actor ?? ""}>
          <option value="">Anyone</option>
          {actors.map((actor) => (
            <option key={actor.id} value={actor.id}>
              {actor.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="audit-action">What</label>
        <select id="audit-action" name="action" defaultValue={filters.action ?? ""}>
          <option value="">Every action</option>
          {Object.entries(ACTION_FAMILIES).map(([value, family]) => (
            <option key={value} value={value}>
              {family.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="audit-target-type">Target type</label>
        <select id="audit-target-type" name="targetType" defaultValue={filters.targetType ?? ""}>
          <option value="">Any</option>
          {TARGET_TYPES.map((type) => (
            <option key={type} value={type}>
              {type}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="audit-target-id">Target id</label>
        <input
          id="audit-target-id"
          name="targetId"
          defaultValue={filters.targetId ?? ""}
          maxLength={64}
          inputMode="numeric"
        />
      </div>
      <div className="field">
        <label htmlFor="audit-from">From (day)</label>
        <input id="audit-from" name="from" type="date" defaultValue={filters.from ?? ""} />
      </div>
      <div className="field">
        <label htmlFor="audit-to">To (day, included)</label>
        <input id="audit-to" name="to" type="date" defaultValue={filters.to ?? ""} />
      </div>
      <div className="form-buttons">
        <button type="submit">Filter</button>
        <Link href="/admin/audit">Clear filters</Link>
      </div>
    </form>
  );
}
