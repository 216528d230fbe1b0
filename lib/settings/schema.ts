// The Discussion settings form: every editable DiscussionSettings field, parsed from FormData
// strings with messages a person can act on. Checkboxes send "on" when ticked and nothing
// otherwise; the key lists are textareas, one phrase per line.
import { z } from "zod";
import type { DiscussionSettings } from "@/lib/generated/prisma/client";
import { translator } from "@/lib/i18n/messages";

const t = translator("AdminSettings");

export const KEY_MAX_LENGTH = 200;
export const KEYS_MAX = 1000;

function wholeNumber(min: number, max: number) {
  const message = t("wholeNumber", { min, max });
  return z
    .string({ error: message })
    .trim()
    .regex(/^\d+$/, { error: message })
    .transform(Number)
    .pipe(z.number().min(min, { error: message }).max(max, { error: message }));
}

function fraction() {
  const message = t("fraction");
  return z
    .string({ error: message })
    .trim()
    .regex(/^(0|1|0?\.\d{1,4}|1\.0{1,4})$/, { error: message })
    .transform(Number);
}

const checkbox = z
  .string()
  .optional()
  .transform((value) => value === "on");

/** One phrase per line; blank lines and repeats dropped, order kept. */
const keyList = z
  .string()
  .optional()
  .transform((text) => [
    ...new Set(
      (text ?? "")
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean),
    ),
  ])
  .pipe(
    z
      .array(z.string().max(KEY_MAX_LENGTH, { error: t("phraseTooLong", { max: KEY_MAX_LENGTH }) }))
      .max(KEYS_MAX, { error: t("tooManyPhrases", { max: KEYS_MAX }) }),
  );

/** Empty: comments stay open. */
const closeAfterDays = z
  .string()
  .optional()
  .transform((value, context) => {
    const text = value?.trim() ?? "";
    if (!text) return null;
    const days = /^\d{1,4}$/.test(text) ? Number(text) : NaN;
    if (!(days >= 1 && days <= 3650)) {
      context.addIssue({
        code: "custom",
        message: t("closeAfterDays"),
      });
      return z.NEVER;
    }
    return days;
  });

export const settingsSchema = z.object({
  requireModeration: checkbox,
  requirePriorApproval: checkbox,
  linkLimit: wholeNumber(0, 100),
  moderationKeys: keyList,
  disallowedKeys: keyList,
  spamThreshold: fraction(),
  holdThreshold: fraction(),
  minSecondsToSubmit: wholeNumber(0, 600),
  closeAfterDays,
  threadDepth: wholeNumber(1, 10),
  threadsPerPage: wholeNumber(5, 200),
  newestFirst: checkbox,
  editWindowMinutes: wholeNumber(0, 1440),
  erasedCommentText: z.enum(["KEEP", "REPLACE", "DELETE"], { error: "Choose what happens to the text." }),
  ipRetentionDays: wholeNumber(1, 3650),
});

export type SettingsInput = z.output<typeof settingsSchema>;
export type SettingsField = keyof SettingsInput;
export const SETTINGS_FIELDS = Object.keys(settingsSchema.shape) as SettingsField[];

/** What each field is called on the form (and in messages). */
export const SETTINGS_LABELS = Object.fromEntries(
  SETTINGS_FIELDS.map((field) => [field, t(`label_${field}`)]),
) as Record<SettingsField, string>;

/** Rules between fields, checked by the actions so that their message reaches every form. */
export function crossFieldErrors(input: SettingsInput): Partial<Record<SettingsField, string>> | null {
  if (input.holdThreshold > input.spamThreshold) {
    return {
      holdThreshold: t("holdAboveSpam", { spam: input.spamThreshold }),
    };
  }
  return null;
}

/** The editable part of the stored row. */
export function editableSettings(row: DiscussionSettings): SettingsInput {
  return Object.fromEntries(SETTINGS_FIELDS.map((field) => [field, row[field]])) as SettingsInput;
}

/** The form's strings for stored settings (what the fields show before anything is typed). */
export function settingsFormValues(settings: SettingsInput): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of SETTINGS_FIELDS) {
    const value = settings[field];
    if (typeof value === "boolean") {
      if (value) values[field] = "on";
    } else if (Array.isArray(value)) values[field] = value.join("\n");
    else values[field] = value === null ? "" : String(value);
  }
  return values;
}

export type SettingsChanges = Partial<Record<SettingsField, { before: unknown; after: unknown }>>;

/** The fields whose value differs, with both values (the audit entry's details). */
export function changedSettings(before: SettingsInput, after: SettingsInput): SettingsChanges {
  const changes: SettingsChanges = {};
  for (const field of SETTINGS_FIELDS) {
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field]))
      changes[field] = { before: before[field], after: after[field] };
  }
  return changes;
}
