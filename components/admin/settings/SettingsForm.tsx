"use client";
// Discussion settings: every field, a Preview button (what these rules would have done to the
// latest comments) and Save. Both work as plain form posts; typed values survive either.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FieldError, FormMessage, IDLE, invalidProps, useLatestResult } from "@/components/admin/ui/form-kit";
import { previewSettings, saveSettings, type SettingsState } from "@/lib/settings/actions";
import type { SettingsField } from "@/lib/settings/schema";
import { PreviewPanel } from "./PreviewPanel";

type SettingsAction = (previous: SettingsState, form: FormData) => Promise<SettingsState>;

type Props = {
  /** The stored settings as form strings. */
  saved: Record<string, string>;
  /** The result of a form posted without JavaScript (a save or a preview). */
  pageResult?: SettingsState;
  previewSize: number;
};

export function SettingsForm({ saved, pageResult, previewSize }: Props) {
  const [saveState, save] = useActionState(
    saveSettings as SettingsAction,
    pageResult && !pageResult.preview ? pageResult : IDLE,
  );
  const [previewState, preview] = useActionState(
    previewSettings as SettingsAction,
    pageResult?.preview ? pageResult : IDLE,
  );
  const latest: SettingsState = useLatestResult(pageResult, saveState, previewState);
  // What the fields show: what was just typed (a preview or a failed save), else what is stored.
  const values = latest.values ?? saved;
  const field = { state: latest, values };
  const t = useTranslations("AdminSettings");

  return (
    <>
      <FormMessage state={latest} testId="settings-message" />
      <form action={save} className="admin-form settings-form" key={JSON.stringify(values)}>
        <fieldset>
          <legend>{t("legendHolding")}</legend>
          <Checkbox name="requireModeration" {...field} />
          <Checkbox name="requirePriorApproval" {...field} />
          <NumberField name="linkLimit" min={0} max={100} {...field} />
          <KeyList name="moderationKeys" {...field} />
          <KeyList name="disallowedKeys" {...field} />
        </fieldset>
        <fieldset>
          <legend>{t("legendSpam")}</legend>
          <NumberField name="spamThreshold" min={0} max={1} step="any" {...field} />
          <NumberField name="holdThreshold" min={0} max={1} step="any" {...field} />
          <NumberField name="minSecondsToSubmit" min={0} max={600} {...field} />
        </fieldset>
        <fieldset>
          <legend>{t("legendThreads")}</legend>
          <NumberField name="closeAfterDays" min={1} max={3650} optional {...field} />
          <NumberField name="threadDepth" min={1} max={10} {...field} />
          <NumberField name="threadsPerPage" min={5} max={200} {...field} />
          <Checkbox name="newestFirst" {...field} />
          <NumberField name="editWindowMinutes" min={0} max={1440} {...field} />
        </fieldset>
        <fieldset>
          <legend>{t("legendPersonalData")}</legend>
          <div className="field">
            <label htmlFor="erasedCommentText">{t("label_erasedCommentText")}</label>
            <select
              id="erasedCommentText"
              name="erasedCommentText"
              defaultValue={values.erasedCommentText ?? "KEEP"}
              {...describedBy(latest, "erasedCommentText")}
            >
              <option value="KEEP">{t("erased_KEEP")}</option>
              <option value="REPLACE">{t("erased_REPLACE")}</option>
              <option value="DELETE">{t("erased_DELETE")}</option>
            </select>
            <p className="hint" id={hintId("erasedCommentText")}>
              {t("hint_erasedCommentText")}
            </p>
            <FieldError state={latest} name="erasedCommentText" id={errorId("erasedCommentText")} />
          </div>
          <NumberField name="ipRetentionDays" min={1} max={3650} {...field} />
        </fieldset>
        <div className="form-buttons">
          <button type="submit" formAction={preview} className="secondary" aria-describedby="preview-limits">
            {t("preview", { count: previewSize })}
          </button>
          <button type="submit">{t("save")}</button>
        </div>
      </form>
      <p className="hint" id="preview-limits">
        {t("previewLimits", { count: previewSize })}
      </p>
      {latest.preview && <PreviewPanel preview={latest.preview} />}
    </>
  );
}

type FieldProps = { name: SettingsField; state: SettingsState; values: Record<string, string> };

/** Label and hint of a field, from the catalog (AdminSettings.label_<field>, hint_<field>). */
function useFieldText(name: SettingsField) {
  const t = useTranslations("AdminSettings");
  return { label: t(`label_${name}`), hint: t(`hint_${name}`) };
}

const errorId = (name: string) => `${name}-error`;
const hintId = (name: string) => `${name}-hint`;

function describedBy(state: SettingsState, name: string) {
  const invalid = invalidProps(state, name, errorId(name));
  return {
    ...invalid,
    "aria-describedby": [hintId(name), invalid["aria-describedby"]].filter(Boolean).join(" "),
  };
}

function Checkbox({ name, state, values }: FieldProps) {
  const { label, hint } = useFieldText(name);
  return (
    <div className="field checkbox-field">
      <input
        id={name}
        name={name}
        type="checkbox"
        defaultChecked={values[name] === "on"}
        aria-describedby={hintId(name)}
      />
      <label htmlFor={name}>{label}</label>
      <p className="hint" id={hintId(name)}>
        {hint}
      </p>
      <FieldError state={state} name={name} id={errorId(name)} />
    </div>
  );
}

function NumberField({
  name,
  state,
  values,
  min,
  max,
  step,
  optional,
}: FieldProps & { min: number; max: number; step?: string; optional?: boolean }) {
  const { label, hint } = useFieldText(name);
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <input
        id={name}
        name={name}
        type="number"
        inputMode="decimal"
        min={min}
        max={max}
        step={step}
        required={!optional}
        defaultValue={values[name] ?? ""}
        {...describedBy(state, name)}
      />
      <p className="hint" id={hintId(name)}>
        {hint}
      </p>
      <FieldError state={state} name={name} id={errorId(name)} />
    </div>
  );
}

function KeyList({ name, state, values }: FieldProps) {
  const { label, hint } = useFieldText(name);
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <textarea
        id={name}
        name={name}
        rows={5}
        defaultValue={values[name] ?? ""}
        spellCheck={false}
        {...describedBy(state, name)}
      />
      <p className="hint" id={hintId(name)}>
        {hint}
      </p>
      <FieldError state={state} name={name} id={errorId(name)} />
    </div>
  );
}
