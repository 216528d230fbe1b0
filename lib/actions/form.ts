// Reading a submitted form, once, for both action wrappers (admin.ts, public.ts): the typed
// strings (given back with errors) and the input zod parses (repeated fields become lists,
// files stay files). Handlers receive these; none reads FormData itself.
import type { z } from "zod";
import { translator } from "@/lib/i18n/messages";
import type { FieldErrors, TypedValues } from "./state";

/** React's own fields of a server-action form post, which are not the form's. */
const isFrameworkField = (key: string) => key.startsWith("$ACTION");

/** Every text field as typed (the last value of a repeated one), minus `secret` fields. */
export function typedValues(form: FormData, secret: readonly string[] = []): TypedValues {
  const values: TypedValues = {};
  for (const [key, value] of form)
    if (typeof value === "string" && !isFrameworkField(key) && !secret.includes(key)) values[key] = value;
  return values;
}

export type FormInput = Record<string, FormDataEntryValue | FormDataEntryValue[]>;

/** What the schema parses: one value per field, or a list when a field was sent several times. */
export function formInput(form: FormData): FormInput {
  const input: FormInput = {};
  for (const key of new Set(form.keys())) {
    if (isFrameworkField(key)) continue;
    const all = form.getAll(key);
    input[key] = all.length === 1 ? all[0]! : all;
  }
  return input;
}

/** The first message per field (issues without a path go under "form"). */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) fieldErrors[String(issue.path[0] ?? "form")] ??= issue.message;
  return fieldErrors;
}

export const CORRECT_FIELDS = translator("Forms")("correctFields");
