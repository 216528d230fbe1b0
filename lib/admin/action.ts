// The one path of every dashboard mutation: parse the form with zod, check the caller's role
// on the server (401 / 403 otherwise), then run the handler (which writes, records the audit entry and refreshes
// the cache tags it touched). Every action is registered here, so a test can prove that each
// one refuses a caller without the role.
import type { z } from "zod";
import type { Capability } from "@/lib/auth/roles";
import { authorizeAction, type StaffUser } from "@/lib/auth/session";

export type ActionState = {
  status: "idle" | "ok" | "error";
  message?: string;
  fieldErrors?: Record<string, string>;
  /** What was submitted, so a failed attempt keeps everything typed. */
  values?: Record<string, string>;
};

export type AdminAction = (previous: ActionState, form: FormData) => Promise<ActionState>;

export const ADMIN_ACTIONS = new Map<string, { capability: Capability; action: AdminAction }>();

function submittedValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form)
    if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  return values;
}

export function adminAction<Schema extends z.ZodType>(
  name: string,
  capability: Capability,
  schema: Schema,
  handler: (input: z.output<Schema>, user: StaffUser, form: FormData) => Promise<ActionState | void>,
): AdminAction {
  const action: AdminAction = async (_previous, form) => {
    const values = submittedValues(form);
    // A caller without the capability gets 401 or 403 (thrown, like the proxy's answer).
    const user = await authorizeAction(capability);
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? "form")] ??= issue.message;
      return { status: "error", message: "Please correct the highlighted fields.", fieldErrors, values };
    }
    return (await handler(parsed.data, user, form)) ?? { status: "ok" };
  };
  ADMIN_ACTIONS.set(name, { capability, action });
  return action;
}
