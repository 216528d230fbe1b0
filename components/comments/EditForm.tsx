"use client";

import { useActionState, useId } from "react";
import { editComment, type EditState } from "@/lib/comments/actions";

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
  const id = useId();
  const until = new Date(editableUntil).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" });
  return (
    <details className="edit-details" open={state.status !== "idle"}>
      <summary>Edit</summary>
      <form action={action} className="edit-form">
        <input type="hidden" name="commentId" value={commentId} />
        <input type="hidden" name="articleId" value={articleId} />
        <label htmlFor={`${id}-body`}>Your comment (editable until {until})</label>
        <textarea
          id={`${id}-body`}
          name="body"
          rows={4}
          defaultValue={state.body ?? body}
          key={state.status + (state.body ?? "")}
        />
        {state.status === "error" && <p className="field-error">{state.message}</p>}
        {state.status === "saved" && (
          <p role="status">
            {state.commentStatus === "APPROVED"
              ? "Saved."
              : "Saved. Your edited comment is awaiting moderation."}
          </p>
        )}
        <button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save changes"}
        </button>
      </form>
    </details>
  );
}
