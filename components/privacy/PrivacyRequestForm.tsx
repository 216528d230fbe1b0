"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { requestPrivacyAction, type PrivacyRequestState } from "@/lib/privacy/actions";

/** "Your rights": ask for a copy or an erasure; a link mailed to the address confirms it. */
export function PrivacyRequestForm({
  initialState = { status: "idle" },
}: {
  initialState?: PrivacyRequestState;
}) {
  const [state, action, pending] = useActionState(requestPrivacyAction, initialState);
  const id = useId();
  const t = useTranslations("PrivacyRequest");
  if (state.status === "ok")
    return (
      <p role="status" data-testid="privacy-request-result">
        {state.message}
      </p>
    );
  return (
    <form action={action} className="comment-form privacy-request-form" noValidate>
      {state.status === "error" && (
        <p className="form-error" data-testid="privacy-request-result">
          {state.message}
        </p>
      )}
      <div className="field">
        <label htmlFor={`${id}-email`}>{t("email")}</label>
        <input
          id={`${id}-email`}
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={state.email ?? ""}
        />
      </div>
      <fieldset>
        <legend>{t("legend")}</legend>
        <div className="checkbox">
          <input id={`${id}-export`} name="act" type="radio" value="export" defaultChecked />
          <label htmlFor={`${id}-export`}>{t("export")}</label>
        </div>
        <div className="checkbox">
          <input id={`${id}-erase`} name="act" type="radio" value="erase" />
          <label htmlFor={`${id}-erase`}>{t("erase")}</label>
        </div>
      </fieldset>
      <button type="submit" disabled={pending}>
        {t("submit")}
      </button>
    </form>
  );
}
