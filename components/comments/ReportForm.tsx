"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { reportComment, type ReportState } from "@/lib/comments/actions";

const REASONS = ["SPAM", "ABUSE", "OFF_TOPIC", "ILLEGAL"] as const;

export function ReportForm({
  commentId,
  articleId,
  initialState = { status: "idle" },
}: {
  commentId: number;
  articleId: number;
  initialState?: ReportState;
}) {
  const [state, action, pending] = useActionState<ReportState, FormData>(reportComment, initialState);
  const t = useTranslations("ReportForm");
  const id = useId();
  if (state.status === "reported") return <p role="status">{state.message}</p>;
  return (
    <form action={action} className="report-form">
      <input type="hidden" name="commentId" value={commentId} />
      <input type="hidden" name="articleId" value={articleId} />
      <fieldset>
        <legend>{t("legend")}</legend>
        {REASONS.map((value) => (
          <div key={value} className="checkbox">
            <input type="radio" id={`${id}-${value}`} name="reason" value={value} required />
            <label htmlFor={`${id}-${value}`}>{t(value)}</label>
          </div>
        ))}
      </fieldset>
      <label htmlFor={`${id}-details`}>{t("details")}</label>
      <textarea id={`${id}-details`} name="details" rows={2} maxLength={1000} />
      {state.status === "error" && <p className="field-error">{state.message}</p>}
      <button type="submit" disabled={pending}>
        {pending ? t("sending") : t("send")}
      </button>
      <p className="meta">
        {t.rich("illegalLink", { link: (chunks) => <a href={`/comment/${commentId}/illegal`}>{chunks}</a> })}
      </p>
    </form>
  );
}
