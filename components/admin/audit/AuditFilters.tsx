// The audit log's filters: a plain GET form, so a filtered view is a link one can share.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { ACTION_FAMILIES, TARGET_TYPES, type AuditFilters as Filters } from "@/lib/audit/queries";

export function AuditFilters({
  filters,
  actors,
}: {
  filters: Filters;
  actors: { id: number; name: string }[];
}) {
  const t = useTranslations("AdminAudit");
  return (
    <form
      method="get"
      action="/admin/audit"
      className="admin-form audit-filters"
      role="search"
      aria-label={t("filters")}
    >
      <div className="field">
        <label htmlFor="audit-actor">{t("who")}</label>
        <select id="audit-actor" name="actor" defaultValue={filters.actor ?? ""}>
          <option value="">{t("anyone")}</option>
          {actors.map((actor) => (
            <option key={actor.id} value={actor.id}>
              {actor.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="audit-action">{t("what")}</label>
        <select id="audit-action" name="action" defaultValue={filters.action ?? ""}>
          <option value="">{t("everyAction")}</option>
          {(Object.keys(ACTION_FAMILIES) as (keyof typeof ACTION_FAMILIES)[]).map((value) => (
            <option key={value} value={value}>
              {t(`family_${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="audit-target-type">{t("targetType")}</label>
        <select id="audit-target-type" name="targetType" defaultValue={filters.targetType ?? ""}>
          <option value="">{t("any")}</option>
          {TARGET_TYPES.map((type) => (
            <option key={type} value={type}>
              {type}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="audit-target-id">{t("targetId")}</label>
        <input
          id="audit-target-id"
          name="targetId"
          defaultValue={filters.targetId ?? ""}
          maxLength={64}
          inputMode="numeric"
        />
      </div>
      <div className="field">
        <label htmlFor="audit-from">{t("from")}</label>
        <input id="audit-from" name="from" type="date" defaultValue={filters.from ?? ""} />
      </div>
      <div className="field">
        <label htmlFor="audit-to">{t("to")}</label>
        <input id="audit-to" name="to" type="date" defaultValue={filters.to ?? ""} />
      </div>
      <div className="form-buttons">
        <button type="submit">{t("filter")}</button>
        <Link href="/admin/audit">{t("clear")}</Link>
      </div>
    </form>
  );
}
