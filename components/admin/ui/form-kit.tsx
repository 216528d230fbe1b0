"use client";
// Small pieces shared by the dashboard forms (picks, settings, users, moderation): the idle
// state, the message line, field errors from an action's state, and "which of several actions
// answered last". Labelled fields with hints live in fields.tsx.
import { useState } from "react";
import type { ActionState } from "@/lib/actions/state";
import { ErrorText } from "./error";

export const IDLE: ActionState = { status: "idle" };

/**
 * The most recent result among several useActionState states (a page with many small forms
 * shows one message line), starting from the result of a form posted without JavaScript.
 */
export function useLatestResult(initial: ActionState | undefined, ...states: ActionState[]): ActionState {
  const [seen, setSeen] = useState({ states, latest: initial ?? IDLE });
  const changed = states.find((state, index) => state !== seen.states[index]);
  if (changed) setSeen({ states, latest: changed });
  return changed ?? seen.latest;
}

/** The result line, in a live region so screen readers hear it; errors are shown as such. */
export function FormMessage({ state, testId = "form-message" }: { state: ActionState; testId?: string }) {
  const text = state.status === "idle" ? undefined : state.message;
  return (
    <div aria-live="polite" className="form-result">
      {text && (
        <p className={state.status === "error" ? "form-error" : "notice"} data-testid={testId}>
          {text}
        </p>
      )}
    </div>
  );
}

export function FieldError({ state, name, id }: { state: ActionState; name: string; id: string }) {
  return <ErrorText id={id} message={state.status === "error" ? state.fieldErrors?.[name] : undefined} />;
}

/** aria props of an input whose error is shown by FieldError with the same id. */
export function invalidProps(state: ActionState, name: string, errorId: string) {
  const invalid = state.status === "error" && Boolean(state.fieldErrors?.[name]);
  return invalid ? { "aria-invalid": true as const, "aria-describedby": errorId } : {};
}
