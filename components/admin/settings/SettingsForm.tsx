"use client";
// Discussion settings: every field, a Preview button (what these rules would have done to the
// latest comments) and Save. Both work as plain form posts; typed values survive either.
import { useActionState } from "react";
import { FieldError, FormMessage, IDLE, invalidProps, useLatestResult } from "@/components/admin/ui/form-kit";
import { previewSettings, saveSettings, type SettingsState } from "@/lib/settings/actions";
import { SETTINGS_LABELS, type SettingsField } from "@/lib/settings/schema";
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

  return (
    <>
      <FormMessage state={latest} testId="settings-message" />
      <form action={save} className="admin-form settings-form" key={JSON.stringify(values)}>
        <fieldset>
          <legend>Holding and refusing comments</legend>
          <Checkbox
            name="requireModeration"
            hint="Every comment waits for a moderator, whatever the other rules say."
            {...field}
          />
          <Checkbox
            name="requirePriorApproval"
            hint="A first comment from an email address waits for a moderator."
            {...field}
          />
          <NumberField name="linkLimit" min={0} max={100} hint="0 turns this rule off." {...field} />
          <KeyList
            name="moderationKeys"
            hint="One word or phrase per line. A comment containing one (in its text, name, email or website) waits for a moderator. Case and accents are ignored."
            {...field}
          />
          <KeyList
            name="disallowedKeys"
            hint="One word or phrase per line. A comment containing one goes straight to the trash."
            {...field}
          />
        </fieldset>
        <fieldset>
          <legend>Spam filter</legend>
          <NumberField
            name="spamThreshold"
            min={0}
            max={1}
            step="any"
            hint="A spam score at or above this marks the comment as spam (0 to 1)."
            {...field}
          />
          <NumberField
            name="holdThreshold"
            min={0}
            max={1}
            step="any"
            hint="A score at or above this, but below the spam threshold, holds the comment."
            {...field}
          />
          <NumberField
            name="minSecondsToSubmit"
            min={0}
            max={600}
            hint="Faster than this after the form was shown, a comment is treated as a bot's."
            {...field}
          />
        </fieldset>
        <fieldset>
          <legend>Threads</legend>
          <NumberField
            name="closeAfterDays"
            min={1}
            max={3650}
            optional
            hint="Empty: comments stay open. An article's own closing date wins."
            {...field}
          />
          <NumberField name="threadDepth" min={1} max={10} hint="How deep replies nest." {...field} />
          <NumberField
            name="threadsPerPage"
            min={5}
            max={200}
            hint="Top-level comments per page."
            {...field}
          />
          <Checkbox name="newestFirst" hint="Otherwise the oldest threads come first." {...field} />
          <NumberField
            name="editWindowMinutes"
            min={0}
            max={1440}
            hint="How long commenters may edit their comment. 0: no editing."
            {...field}
          />
        </fieldset>
        <fieldset>
          <legend>Personal data</legend>
          <div className="field">
            <label htmlFor="erasedCommentText">{SETTINGS_LABELS.erasedCommentText}</label>
            <select
              id="erasedCommentText"
              name="erasedCommentText"
              defaultValue={values.erasedCommentText ?? "KEEP"}
              {...describedBy(latest, "erasedCommentText")}
            >
              <option value="KEEP">stays, anonymised</option>
              <option value="REPLACE">is replaced with “[deleted]”</option>
              <option value="DELETE">is deleted (replies stay)</option>
            </select>
            <p className="hint" id={hintId("erasedCommentText")}>
              Erasure always removes the name, email, website, IP hash and user agent.
            </p>
            <FieldError state={latest} name="erasedCommentText" id={errorId("erasedCommentText")} />
          </div>
          <NumberField
            name="ipRetentionDays"
            min={1}
            max={3650}
            hint="Older comments lose their IP hash and user agent (daily, by the job worker)."
            {...field}
          />
        </fieldset>
        <div className="form-buttons">
          <button type="submit" formAction={preview} className="secondary" aria-describedby="preview-limits">
            Preview on the last {previewSize} comments
          </button>
          <button type="submit">Save settings</button>
        </div>
      </form>
      <p className="hint" id="preview-limits">
        The preview re-runs the moderation rules with the values above over the last {previewSize} reader
        comments (staff replies aside) and compares with their status today. What only exists at the moment of
        posting is left out: the bot traps (hidden field, time taken to write), the flood and duplicate
        checks, and IP addresses (never kept). Each comment keeps its stored spam score; the author&apos;s
        history is counted as it is today; closing dates are judged at the time of posting.
      </p>
      {latest.preview && <PreviewPanel preview={latest.preview} />}
    </>
  );
}

type FieldProps = { name: SettingsField; hint: string; state: SettingsState; values: Record<string, string> };

const errorId = (name: string) => `${name}-error`;
const hintId = (name: string) => `${name}-hint`;

function describedBy(state: SettingsState, name: string) {
  const invalid = invalidProps(state, name, errorId(name));
  return {
    ...invalid,
    "aria-describedby": [hintId(name), invalid["aria-describedby"]].filter(Boolean).join(" "),
  };
}

function Checkbox({ name, hint, state, values }: FieldProps) {
  return (
    <div className="field checkbox-field">
      <input
        id={name}
        name={name}
        type="checkbox"
        defaultChecked={values[name] === "on"}
        aria-describedby={hintId(name)}
      />
      <label htmlFor={name}>{SETTINGS_LABELS[name]}</label>
      <p className="hint" id={hintId(name)}>
        {hint}
      </p>
      <FieldError state={state} name={name} id={errorId(name)} />
    </div>
  );
}

function NumberField({
  name,
  hint,
  state,
  values,
  min,
  max,
  step,
  optional,
}: FieldProps & { min: number; max: number; step?: string; optional?: boolean }) {
  return (
    <div className="field">
      <label htmlFor={name}>{SETTINGS_LABELS[name]}</label>
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

function KeyList({ name, hint, state, values }: FieldProps) {
  return (
    <div className="field">
      <label htmlFor={name}>{SETTINGS_LABELS[name]}</label>
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
