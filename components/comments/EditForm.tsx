"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { editComment, type EditState } from "@/lib/comments/actions";
import { formatTime } from "@/lib/site/format";

type Props = {
  commentId: number;
  articleId: number;
  body: string;
  editableUntil: string;
  initialState?: EditState;
};

export function EditForm({
  commentId,
  articleId,
  body,
  editableUntil,
  initialState = { status: "idle" },
}: Props) {
  const [state, action, pending] = useActionState<EditState, FormData>(editComment, initialState);
  const t = useTranslations("EditForm");
  const id = useId();
  // On the newsroom's clock, as every other time the site shows.
  const until = t("label", { time: formatTime(editableUntil) });
  return (
    <details className="edit-details" open={state.status !== "idle"}>
      <summary>{t("edit")}</summary>
      <form action={action} className="edit-form">
        <input type="hidden" name="commentId" value={commentId} />
        <input type="hidden" name="articleId" value={articleId} />
        <label htmlFor={`${id}-body`}>{until}</label>
        <textarea
          id={`${id}-body`}
          name="body"
          rows={4}
          defaultValue={state.body ?? body}
          key={state.status + (state.body ?? "")}
        />
        {state.status === "error" && <p className="field-error">{state.message}</p>}
        {state.status === "saved" && (
          <p role="status">{state.commentStatus === "APPROVED" ? t("saved") : t("savedPending")}</p>
        )}
        <button type="submit" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </button>
      </form>
    </details>
  );
}
