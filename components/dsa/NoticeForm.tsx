"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { submitNoticeAction, type NoticeState } from "@/lib/dsa/actions";

/** "Report illegal content" (a notice under the EU Digital Services Act). */
export function NoticeForm({
  commentId,
  initialState = { status: "idle" },
}: {
  commentId: number;
  initialState?: NoticeState;
}) {
  const [state, action, pending] = useActionState(submitNoticeAction, initialState);
  const id = useId();
  const t = useTranslations("DsaNotice");
  if (state.status === "ok")
    return (
      <p role="status" data-testid="notice-result">
        {state.message}
      </p>
    );
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  const error = (name: string) =>
    errors[name] ? (
      <p className="field-error" id={`${id}-${name}-error`}>
        {errors[name]}
      </p>
    ) : null;
  return (
    <form action={action} className="comment-form notice-form" noValidate key={JSON.stringify(values)}>
      {state.status === "error" && state.message && (
        <p className="form-error" data-testid="notice-result">
          {state.message}
        </p>
      )}
      <input type="hidden" name="commentId" value={commentId} />
      <div className="field">
        <label htmlFor={`${id}-ground`}>
          {t("legalGround")} <span aria-hidden="true">*</span>
        </label>
        <input
          id={`${id}-ground`}
          name="legalGround"
          required
          maxLength={300}
          defaultValue={values.legalGround ?? ""}
          placeholder={t("legalGroundPlaceholder")}
        />
        {error("legalGround")}
      </div>
      <div className="field">
        <label htmlFor={`${id}-explanation`}>
          {t("explanation")} <span aria-hidden="true">*</span>
        </label>
        <textarea
          id={`${id}-explanation`}
          name="explanation"
          rows={6}
          required
          maxLength={4000}
          defaultValue={values.explanation ?? ""}
        />
        {error("explanation")}
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-name`}>{t("name")}</label>
          <input
            id={`${id}-name`}
            name="notifierName"
            autoComplete="name"
            maxLength={120}
            defaultValue={values.notifierName ?? ""}
          />
          {error("notifierName")}
        </div>
        <div className="field">
          <label htmlFor={`${id}-email`}>{t("email")}</label>
          <input
            id={`${id}-email`}
            name="notifierEmail"
            type="email"
            autoComplete="email"
            maxLength={254}
            defaultValue={values.notifierEmail ?? ""}
          />
          {error("notifierEmail")}
        </div>
      </div>
      <div className="checkbox">
        <input id={`${id}-faith`} name="goodFaith" type="checkbox" required />
        <label htmlFor={`${id}-faith`}>{t("goodFaith")}</label>
      </div>
      {error("goodFaith")}
      <button type="submit" disabled={pending}>
        {t("send")}
      </button>
    </form>
  );
}
