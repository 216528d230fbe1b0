"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import {
  READ_ALSO_FIELD,
  READ_ALSO_REMOVE_FIELD,
  READ_ALSO_TITLE_FIELD,
  type ArticleState,
} from "@/lib/articles/admin-schema";
import { Field, FieldError, useFieldId, type FieldErrors } from "@/components/admin/ui/fields";
import { useHydrated } from "@/components/ui/use-hydrated";

export type ReadAlsoRow = { targetId: number; title: string; afterParagraph: number; removed: boolean };

type Target = { id: number; title: string; href: string; state: ArticleState };

/**
 * "Read also" links: each row is a published article and the paragraph it follows. With
 * JavaScript, articles are found by title; without it, one can be added by its URL.
 */
export function ReadAlsoPicker({
  articleId,
  rows,
  onChange,
  paragraphs,
  errors,
}: {
  articleId: number | undefined;
  rows: ReadAlsoRow[];
  onChange: (rows: ReadAlsoRow[]) => void;
  paragraphs: number;
  errors: FieldErrors;
}) {
  const id = useFieldId();
  const enhanced = useHydrated();
  const t = useTranslations("AdminEditor");
  const [query, setQuery] = useState("");
  const [found, setFound] = useState<Target[] | null>(null);
  // Results are only shown for a query long enough to have been searched.
  const results = query.trim().length < 2 ? null : found;

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const params = new URLSearchParams({ q, ...(articleId ? { exclude: String(articleId) } : {}) });
      try {
        const response = await fetch(`/admin/articles/targets?${params}`, { signal: controller.signal });
        if (response.ok) setFound(((await response.json()) as { results: Target[] }).results);
      } catch {
        // aborted by the next keystroke, or offline: keep the last results
      }
    }, 250);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [query, articleId]);

  const update = (targetId: number, change: Partial<ReadAlsoRow>) =>
    onChange(rows.map((row) => (row.targetId === targetId ? { ...row, ...change } : row)));
  const add = (target: Target) => {
    if (rows.some((row) => row.targetId === target.id)) update(target.id, { removed: false });
    else
      onChange([
        ...rows,
        {
          targetId: target.id,
          title: target.title,
          afterParagraph: Math.min(1, Math.max(paragraphs, 1)),
          removed: false,
        },
      ]);
    setQuery("");
  };
  const positions = Array.from(
    { length: Math.max(paragraphs, 1, ...rows.map((row) => row.afterParagraph)) },
    (_, index) => index + 1,
  );

  return (
    <fieldset
      className="read-also-picker"
      aria-describedby={errors?.readAlso ? id("readAlso", "error") : undefined}
    >
      <legend>{t("readAlso")}</legend>
      {rows.length === 0 && <p className="muted">{t("noLinks")}</p>}
      <ul className="read-also-rows">
        {rows.map((row) => (
          <li key={row.targetId} className={row.removed ? "removed" : undefined}>
            <input type="hidden" name={`${READ_ALSO_TITLE_FIELD}${row.targetId}`} value={row.title} />
            <span className="read-also-title">{row.title || t("articleN", { id: row.targetId })}</span>
            <label>
              {t("afterParagraph")}{" "}
              <select
                name={`${READ_ALSO_FIELD}${row.targetId}`}
                value={row.afterParagraph}
                onChange={(event) => update(row.targetId, { afterParagraph: Number(event.target.value) })}
              >
                {positions.map((position) => (
                  <option key={position} value={position}>
                    {position}
                    {position > paragraphs ? t("pastEnd") : ""}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <input
                type="checkbox"
                name={`${READ_ALSO_REMOVE_FIELD}${row.targetId}`}
                checked={row.removed}
                onChange={(event) => update(row.targetId, { removed: event.target.checked })}
              />{" "}
              {t("remove")}
            </label>
          </li>
        ))}
      </ul>
      <FieldError name="readAlso" errors={errors} />
      {enhanced && (
        <div className="read-also-search">
          <label htmlFor={id("readAlsoQuery")}>{t("find")}</label>
          <input
            id={id("readAlsoQuery")}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            placeholder={t("findPlaceholder")}
            autoComplete="off"
          />
          {results && (
            <ul className="read-also-results" aria-live="polite" aria-label={t("matching")}>
              {results.length === 0 && <li className="muted">{t("noMatch")}</li>}
              {results.map((target) => (
                <li key={target.id}>
                  <button type="button" className="link-button" onClick={() => add(target)}>
                    {t("addTitle", { title: target.title })}
                  </button>
                  {target.state === "scheduled" && <span className="muted"> ({t("scheduled")})</span>}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="read-also-add">
        <Field name="readAlsoAdd" label={enhanced ? t("orAddByUrl") : t("addByUrl")} errors={undefined}>
          {(props) => <input {...props} placeholder="https://…/section/slug" autoComplete="off" />}
        </Field>
        <Field name="readAlsoAddParagraph" label={t("afterParagraph")} errors={undefined}>
          {(props) => <input {...props} type="number" min={1} defaultValue={1} inputMode="numeric" />}
        </Field>
      </div>
    </fieldset>
  );
}
