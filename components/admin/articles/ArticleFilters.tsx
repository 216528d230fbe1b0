import Link from "next/link";
import { useTranslations } from "next-intl";
import { STATE_FILTERS, type EditorOptions, type ListFilters } from "@/lib/articles/admin-queries";

/** The list's filters: a plain GET form, so every filtered view has its own URL. */
export function ArticleFilters({ filters, options }: { filters: ListFilters; options: EditorOptions }) {
  const t = useTranslations("AdminArticles");
  return (
    <form
      method="get"
      action="/admin/articles"
      className="article-filters"
      role="search"
      aria-label={t("filters")}
    >
      <label className="field">
        <span>{t("filterTitle")}</span>
        <input name="q" type="search" defaultValue={filters.q ?? ""} />
      </label>
      <label className="field">
        <span>{t("filterStatus")}</span>
        <select name="status" defaultValue={filters.state ?? ""}>
          <option value="">{t("any")}</option>
          {STATE_FILTERS.map((state) => (
            <option key={state} value={state}>
              {t(`state_${state}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t("filterSection")}</span>
        <select name="section" defaultValue={filters.sectionId ?? ""}>
          <option value="">{t("any")}</option>
          {options.sections.map((section) => (
            <option key={section.id} value={section.id}>
              {section.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t("filterAuthor")}</span>
        <select name="author" defaultValue={filters.authorId ?? ""}>
          <option value="">{t("any")}</option>
          {options.authors.map((author) => (
            <option key={author.id} value={author.id}>
              {author.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t("filterLanguage")}</span>
        <select name="lang" defaultValue={filters.lang ?? ""}>
          <option value="">{t("any")}</option>
          <option value="en">{t("langen")}</option>
          <option value="fr">{t("langfr")}</option>
        </select>
      </label>
      <div className="filter-buttons">
        <button type="submit">{t("filter")}</button>
        <Link href="/admin/articles">{t("clear")}</Link>
      </div>
    </form>
  );
}
