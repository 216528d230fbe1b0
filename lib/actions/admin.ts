// The one path of every dashboard mutation: check the caller's role on the server, parse the
// form with zod, run the handler with the typed input (it writes, records the audit entry and
// expires the cache tags it touched), and answer the form — the state for an enhanced form, or
// for a plain post the stored result and a redirect to `respondTo` (lib/forms/result.ts), the
// wrapper's own validation errors included (a caller without the role gets 401/403). Every action is registered here, so a test can prove that
// each one refuses a caller without the role.
import "server-only";
import type { z } from "zod";
import type { Capability } from "@/lib/auth/roles";
import { authorizeAction, type StaffUser } from "@/lib/auth/session";
import { respondWith } from "@/lib/forms/result";
import { CORRECT_FIELDS, fieldErrorsOf, formInput, typedValues } from "./form";
import type { ActionState, TypedValues } from "./state";

export type { ActionState, FieldErrors, TypedValues } from "./state";

export type FormAction<State> = (previous: State, form: FormData) => Promise<State>;
export type AdminAction = FormAction<ActionState>;

export const ADMIN_ACTIONS = new Map<string, { capability: Capability; action: AdminAction }>();

export type AdminActionOptions = {
  /** Where a plain form post sees its result, from what the form sent. */
  respondTo: (values: TypedValues) => string;
  /** Fields never sent back to the browser (passwords). */
  secret?: readonly string[];
};

export type AdminContext = {
  user: StaffUser;
  /** What the form typed (secret fields left out), to give back with a handler's own error. */
  values: TypedValues;
};

export function adminAction<Schema extends z.ZodType, State extends ActionState = ActionState>(
  name: string,
  capability: Capability,
  schema: Schema,
  options: AdminActionOptions,
  handler: (input: z.output<Schema>, context: AdminContext) => Promise<NoInfer<State> | void>,
): FormAction<State> {
  const action = async (_previous: State, form: FormData): Promise<State> => {
    const values = typedValues(form, options.secret);
    const target = options.respondTo(typedValues(form));
    // A caller without the capability gets 401 (signed out) or 403 (role), like the proxy's answer.
    const user = await authorizeAction(capability);
    const parsed = schema.safeParse(formInput(form));
    if (!parsed.success) {
      const state = {
        status: "error",
        message: CORRECT_FIELDS,
        fieldErrors: fieldErrorsOf(parsed.error),
        values,
      };
      return respondWith(state as State, target);
    }
    const state = (await handler(parsed.data, { user, values })) ?? ({ status: "ok" } as State);
    return respondWith(state, target);
  };
  ADMIN_ACTIONS.set(name, { capability, action: action as unknown as AdminAction });
  return action;
}
