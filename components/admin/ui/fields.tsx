"use client";
// Labelled form fields with their hint and error wired to the input for assistive technology.
// Ids carry a per-form prefix: Next keeps recently visited pages in the document (hidden), so
// a plain id like "title" could point a label at another page's input.
import { createContext, useContext, useId, type ReactNode } from "react";
import { ErrorText } from "./error";

export type FieldErrors = Record<string, string> | undefined;

const Prefix = createContext("field");

/** Gives the fields inside a unique id prefix. */
export function FieldIds({ children }: { children: ReactNode }) {
  return <Prefix.Provider value={useId()}>{children}</Prefix.Provider>;
}

/** The id of a field (or of its `-hint` / `-error`) inside the current FieldIds. */
export function useFieldId(): (name: string, suffix?: string) => string {
  const prefix = useContext(Prefix);
  return (name, suffix) => `${prefix}${name}${suffix ? `-${suffix}` : ""}`;
}

/** Attributes that tie an input to its label, hint and error. */
export function useFieldProps() {
  const id = useFieldId();
  return (name: string, errors: FieldErrors, hint = false) => {
    const error = errors?.[name];
    const describedBy = [hint ? id(name, "hint") : "", error ? id(name, "error") : ""]
      .filter(Boolean)
      .join(" ");
    return {
      id: id(name),
      name,
      "aria-invalid": error ? true : undefined,
      "aria-describedby": describedBy || undefined,
    } as const;
  };
}

export function FieldError({ name, errors }: { name: string; errors: FieldErrors }) {
  const id = useFieldId();
  return <ErrorText id={id(name, "error")} message={errors?.[name]} />;
}

export function FieldHint({ name, children }: { name: string; children: ReactNode }) {
  const id = useFieldId();
  return (
    <p className="field-hint" id={id(name, "hint")}>
      {children}
    </p>
  );
}

/** A label, the control (given the wiring attributes), an optional hint and the error. */
export function Field({
  name,
  label,
  hint,
  errors,
  children,
}: {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  errors: FieldErrors;
  children: (props: {
    id: string;
    name: string;
    "aria-invalid"?: true;
    "aria-describedby"?: string;
  }) => ReactNode;
}) {
  const props = useFieldProps()(name, errors, Boolean(hint));
  return (
    <div className="field">
      <label htmlFor={props.id}>{label}</label>
      {children(props)}
      {hint && <FieldHint name={name}>{hint}</FieldHint>}
      <FieldError name={name} errors={errors} />
    </div>
  );
}
