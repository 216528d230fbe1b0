"use client";
// The article's versions in other languages: linked ones (with Unlink) and a field to link one
// by its id or address. Plain form posts work too.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FieldError, FormMessage, IDLE, invalidProps, useLatestResult } from "@/components/admin/ui/form-kit";
import type { ActionState } from "@/lib/actions/state";
import { linkArticleTranslation, unlinkArticleTranslation } from "@/lib/articles/translation-actions";
import type { TranslationLink } from "@/lib/articles/translations";

type Props = { articleId: number; translations: TranslationLink[]; pageResult?: ActionState };

export function TranslationPanel({ articleId, translations, pageResult }: Props) {
  const [linkState, link] = useActionState(linkArticleTranslation, IDLE);
  const [unlinkState, unlink] = useActionState(unlinkArticleTranslation, IDLE);
  const latest = useLatestResult(pageResult, linkState, unlinkState);
  const values = latest.values ?? {};
  const t = useTranslations("AdminEditor");
  return (
    <section className="admin-panel translations-panel" aria-labelledby="translations-heading">
      <h2 id="translations-heading">{t("translations")}</h2>
      <FormMessage state={latest} testId="translation-message" />
      {translations.length > 0 ? (
        <>
          <ul>
            {translations.map((translation) => (
              <li key={translation.id}>
                {t.rich("translationLine", {
                  language: translation.lang === "fr" ? t("french") : t("english"),
                  title: translation.title,
                  status: t(`status_${translation.status as "DRAFT" | "PUBLISHED" | "ARCHIVED"}`),
                  link: (chunks) => (
                    <Link href={`/admin/articles/${translation.id}`} lang={translation.lang}>
                      {chunks}
                    </Link>
                  ),
                })}
              </li>
            ))}
          </ul>
          <form action={unlink}>
            <input type="hidden" name="id" value={articleId} />
            <button type="submit" className="link-button">
              {t("unlink")}
            </button>
          </form>
        </>
      ) : (
        <p>{t("noTranslation")}</p>
      )}
      <form action={link} className="admin-form" key={JSON.stringify(values)}>
        <input type="hidden" name="id" value={articleId} />
        <div className="field">
          <label htmlFor="translation-reference">{t("linkLabel")}</label>
          <input
            id="translation-reference"
            name="translation"
            type="text"
            defaultValue={values.translation ?? ""}
            {...invalidProps(latest, "translation", "translation-reference-error")}
          />
          <FieldError state={latest} name="translation" id="translation-reference-error" />
        </div>
        <button type="submit">{t("link")}</button>
      </form>
    </section>
  );
}
