"use client";

import { useActionState, useId } from "react";
import { reportComment, type ReportState } from "@/lib/comments/actions";

const REASONS = [
  ["SPAM", "Spam"],
  ["ABUSE", "Abusive or hateful"],
  ["OFF_TOPIC", "Off-topic"],
  ["ILLEGAL", "Illegal content"],
] as const;

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
  const id = useId();
  if (state.status === "reported") return <p role="status">{state.message}</p>;
  return (
    <form action={action} className="report-form">
      <input type="hidden" name="commentId" value={commentId} />
      <input type="hidden" name="articleId" value={articleId} />
      <fieldset>
        <legend>Why should moderators look at this comment?</legend>
        {REASONS.map(([value, label]) => (
          <div key={value} className="checkbox">
            <input type="radio" id={`${id}-${value}`} name="reason" value={value} required />
            <label htmlFor={`${id}-${value}`}>{label}</label>
          </div>
        ))}
      </fieldset>
      <label htmlFor={`${id}-details`}>Details (optional)</label>
      <textarea id={`${id}-details`} name="details" rows={2} maxLength={1000} />
      {state.status === "error" && <p className="field-error">{state.message}</p>}
      <button type="submit" disabled={pending}>
        {pending ? "Sending…" : "Send report"}
      </button>
      <p className="meta">
        <a href={`/comment/${commentId}/illegal`}>Report illegal content</a> (a legal notice: you give the
        legal ground and receive our decision)
      </p>
    </form>
  );
}
