"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FieldError, FormMessage, IDLE } from "@/components/admin/ui/form-kit";
import { decideNoticeAction } from "@/lib/dsa/actions";
import { DECISIONS } from "@/lib/dsa/decisions";

/** The moderator's decision on one notice; its statement of reasons goes to both parties. */
export function NoticeDecisionForm({ noticeId }: { noticeId: number }) {
  const [state, action, pending] = useActionState(decideNoticeAction, IDLE);
  const facts = `notice-${noticeId}-facts`;
  const t = useTranslations("AdminNotices");
  if (state.status === "ok") return <FormMessage state={state} testId={`notice-${noticeId}-message`} />;
  return (
    <form action={action} className="admin-form notice-decision">
      <FormMessage state={state} testId={`notice-${noticeId}-message`} />
      <input type="hidden" name="noticeId" value={noticeId} />
      <fieldset>
        <legend>{t("decision")}</legend>
        {DECISIONS.map((decision) => (
          <div className="checkbox" key={decision}>
            <input
              type="radio"
              id={`notice-${noticeId}-${decision}`}
              name="decision"
              value={decision}
              required
              defaultChecked={state.values?.decision === decision}
            />
            <label htmlFor={`notice-${noticeId}-${decision}`}>{t(`decision_${decision}`)}</label>
          </div>
        ))}
        <FieldError state={state} name="decision" id={`notice-${noticeId}-decision-error`} />
      </fieldset>
      <div className="field">
        <label htmlFor={facts}>{t("facts")}</label>
        <textarea id={facts} name="facts" rows={3} required defaultValue={state.values?.facts ?? ""} />
        <FieldError state={state} name="facts" id={`${facts}-error`} />
      </div>
      <button type="submit" disabled={pending}>
        {t("submit")}
      </button>
    </form>
  );
}
