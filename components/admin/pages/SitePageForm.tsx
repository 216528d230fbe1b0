"use client";
// A site page in the dashboard: title, address, Markdown text, footer order, published. Works
// as a plain form post too; typed values survive a failed save.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FieldError, FormMessage, IDLE, invalidProps } from "@/components/admin/ui/form-kit";
import type { ActionState } from "@/lib/actions/state";
import { saveSitePage } from "@/lib/pages/actions";

type Props = { saved: Record<string, string>; pageResult?: ActionState; notice?: string };

export function SitePageForm({ saved, pageResult, notice }: Props) {
  const [state, save, pending] = useActionState(saveSitePage, pageResult ?? IDLE);
  const shown: ActionState = state.status === "idle" && notice ? { status: "ok", message: notice } : state;
  const values = state.values ?? saved;
  const t = useTranslations("AdminPages");
  const text = (name: string) => ({
    id: `page-${name}`,
    name,
    defaultValue: values[name] ?? "",
    ...invalidProps(state, name, `page-${name}-error`),
  });
  return (
    <>
      <FormMessage state={shown} testId="page-message" />
      <form action={save} className="admin-form" key={JSON.stringify(values)}>
        <input type="hidden" name="id" value={values.id ?? ""} />
        <input type="hidden" name="version" value={values.version ?? "0"} />
        <div className="field">
          <label htmlFor="page-title">{t("fieldTitle")}</label>
          <input type="text" required maxLength={200} {...text("title")} />
          <FieldError state={state} name="title" id="page-title-error" />
        </div>
        <div className="field">
          <label htmlFor="page-slug">{t("fieldSlug")}</label>
          <p className="hint" id="page-slug-hint">
            {t.rich("slugHint", { em: (chunks) => <em>{chunks}</em> })}
          </p>
          <input type="text" required maxLength={80} aria-describedby="page-slug-hint" {...text("slug")} />
          <FieldError state={state} name="slug" id="page-slug-error" />
        </div>
        <div className="field">
          <label htmlFor="page-body">{t("fieldBody")}</label>
          <textarea rows={18} {...text("body")} />
          <FieldError state={state} name="body" id="page-body-error" />
        </div>
        <div className="field">
          <label htmlFor="page-position">{t("fieldPosition")}</label>
          <input type="number" min={0} max={1000} {...text("position")} />
          <FieldError state={state} name="position" id="page-position-error" />
        </div>
        <div className="field checkbox">
          <input
            type="checkbox"
            id="page-published"
            name="published"
            defaultChecked={values.published === "on" || values.published === "true"}
          />
          <label htmlFor="page-published">{t("fieldPublished")}</label>
        </div>
        <button type="submit" disabled={pending}>
          {t("save")}
        </button>
      </form>
    </>
  );
}
