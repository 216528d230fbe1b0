// What a form submitted, as the strings it typed: returned with a handler's error (or a
// preview) so the form shows them again. Same rule as lib/admin/action.ts (React's own
// $ACTION fields left out). Shared by the picks, settings and users actions.
export function typedValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form)
    if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  return values;
}
