import { useTranslations } from "next-intl";

/**
 * The search form: a plain GET form to /search, so it works the same with or without
 * JavaScript. `q` is the current query, kept in the field.
 */
export function SearchForm({ q, id = "search-q" }: { q: string; id?: string }) {
  const t = useTranslations("Search");
  return (
    <form role="search" action="/search" method="get" className="search-form">
      <label htmlFor={id} className="search-label">
        {t("label")}
      </label>
      <div className="search-row">
        {/* Keyed by the query so a client-side navigation to another search shows its text. */}
        <input
          key={q}
          id={id}
          className="search-input"
          type="search"
          name="q"
          defaultValue={q}
          enterKeyHint="search"
          autoComplete="off"
        />
        <button type="submit" className="search-button">
          {t("submit")}
        </button>
      </div>
    </form>
  );
}
