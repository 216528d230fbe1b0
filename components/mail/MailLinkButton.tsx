"use client";

import { useActionState } from "react";
import type { MailLinkState } from "@/lib/notifications/actions";

type Props = {
  action: (previous: MailLinkState, form: FormData) => Promise<MailLinkState>;
  token: string;
  label: string;
  /** The result of a post made without JavaScript. */
  initialState?: MailLinkState;
};

/** The one button of a page opened from a mail link: the change happens on this POST, never on the GET. */
export function MailLinkButton({ action, token, label, initialState = { status: "idle" } }: Props) {
  const [state, formAction, pending] = useActionState(action, initialState);
  if (state.status === "ok")
    return (
      <p role="status" data-testid="mail-link-result">
        {state.message}
      </p>
    );
  return (
    <form action={formAction}>
      {state.status === "error" && (
        <p className="form-error" data-testid="mail-link-result">
          {state.message}
        </p>
      )}
      <input type="hidden" name="token" value={token} />
      <button type="submit" disabled={pending}>
        {label}
      </button>
    </form>
  );
}
