// The state every dashboard form gets back from its action (shared with the client components,
// so this module holds types only).
export type FieldErrors = Record<string, string>;

/** What a form typed, field by field, as strings: given back so a failed attempt keeps it all. */
export type TypedValues = Record<string, string>;

export type ActionState = {
  status: "idle" | "ok" | "error";
  message?: string;
  fieldErrors?: FieldErrors;
  /** What was submitted, so a failed attempt keeps everything typed. */
  values?: TypedValues;
};
