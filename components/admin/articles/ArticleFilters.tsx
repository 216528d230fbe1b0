import Link from "next/link";
import { STATE_LABELS } from "@/lib/articles/admin-schema";
import { STATE_FILTERS, type EditorOptions, type ListFilters } from "@/lib/articles/admin-queries";

/** The list's filters: a plain GET form, so every filtered view has its own URL. */
export function ArticleFilters({ filters, options }: { filters: ListFilters; options: EditorOptions }) {
  return (
    <form
      method="get"
      action="/admin/articles"
      className="article-filters"
      role="search"
      aria-label="Filter articles"
    >
      <label className="field">
        <span>Title</span>
        <input name="q" type="search" defaultValue={filters.q ?? ""} />
      </label>
      <label className="field">
        <span>Status</span>
        <select name="status" defaultValue={filters.state ?? ""}>
          <option value="">Any</option>
          {STATE_FILTERS.map((state) => (
            <option key={state} value={state}>
              {STATE_LABELS[state]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Section</span>
        <select name="section" defaultValue={filters.sectionId ?? ""}>
          <option value="">Any</option>
          {options.sections.map((section) => (
            <option key={section.id} value={section.id}>
              {section.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Author</span>
        <select name="author" defaultValue={filters.authorId ?? ""}>
          <option value="">Any</option>
          {options.authors.map((author) => (
            <option key={author.id} value={author.id}>
              {author.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Language</span>
        <select name="lang" defaultValue={filters.lang ?? ""}>
          <option value="">Any</option>
          <option value="en">English</option>
          <option value="fr">French</option>
        </select>
      </label>
      <div className="filter-buttons">
        <button type="submit">Filter</button>
        <Link href="/admin/articles">Clear</Link>
      </div>
    </form>
  );
}
