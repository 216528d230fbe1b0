"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { LIMITS, type ArticleFormValues } from "@/lib/articles/admin-schema";
import { Field, FieldError, FieldHint, useFieldProps, type FieldErrors } from "@/components/admin/ui/fields";

const MAX_BYTES = 5 * 1024 * 1024;
const ACCEPTED = "image/jpeg,image/png,image/webp,image/avif";

/** Hero image: the current one (or none), an upload to replace it, alt text, caption and credit. */
export function HeroImageField({ values, errors }: { values: ArticleFormValues; errors: FieldErrors }) {
  const current = values.heroImageUrl ?? "";
  const [chosen, setChosen] = useState<string | null>(null);
  const [removing, setRemoving] = useState(values.removeHeroImage === "on");
  useEffect(() => () => void (chosen && URL.revokeObjectURL(chosen)), [chosen]);
  const hasImage = Boolean(chosen) || (Boolean(current) && !removing);
  const upload = useFieldProps()("heroImage", errors, true);
  const t = useTranslations("AdminEditor");

  return (
    <fieldset className="hero-field">
      <legend>{t("hero")}</legend>
      <input type="hidden" name="heroImageUrl" value={current} />
      {(chosen || current) && <img className="hero-thumb" src={chosen ?? current} alt="" />}
      {current && (
        <label>
          <input
            type="checkbox"
            name="removeHeroImage"
            checked={removing}
            onChange={(event) => setRemoving(event.target.checked)}
          />{" "}
          {t("removeImage")}
        </label>
      )}
      <div className="field">
        <label htmlFor={upload.id}>{current ? t("replaceImage") : t("uploadImage")}</label>
        <input
          {...upload}
          type="file"
          accept={ACCEPTED}
          onChange={(event) => {
            const file = event.target.files?.[0];
            const tooBig = file && file.size > MAX_BYTES;
            event.target.setCustomValidity(
              tooBig ? t("tooBig", { size: (file.size / 1048576).toFixed(1) }) : "",
            );
            if (tooBig) event.target.reportValidity();
            setChosen(file && !tooBig ? URL.createObjectURL(file) : null);
          }}
        />
        <FieldHint name="heroImage">{t("imageHint")}</FieldHint>
        <FieldError name="heroImage" errors={errors} />
      </div>
      <Field name="heroImageAlt" label={t("alt")} hint={t("altHint")} errors={errors}>
        {(props) => (
          <input
            {...props}
            defaultValue={values.heroImageAlt ?? ""}
            required={hasImage}
            maxLength={LIMITS.alt}
          />
        )}
      </Field>
      <Field name="heroImageCaption" label={t("caption")} errors={errors}>
        {(props) => (
          <input {...props} defaultValue={values.heroImageCaption ?? ""} maxLength={LIMITS.caption} />
        )}
      </Field>
      <Field name="heroImageCredit" label={t("credit")} hint={t("creditHint")} errors={errors}>
        {(props) => (
          <input {...props} defaultValue={values.heroImageCredit ?? ""} maxLength={LIMITS.credit} />
        )}
      </Field>
    </fieldset>
  );
}
