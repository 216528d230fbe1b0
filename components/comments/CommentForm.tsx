"use client";

import Link from "next/link";
import { useActionState, useEffect, useId, useRef } from "react";
import { postComment, type CommentFormState } from "@/lib/comments/actions";
import { MAX_COMMENT_LENGTH } from "@/lib/comments/schema";
import { CommentText } from "./CommentText";

const REMEMBER_COOKIE = "lede_commenter";

function rememberedCommenter(): { name?: string; email?: string; url?: string } {
  const raw = document.cookie.split("; ").find((entry) => entry.startsWith(`${REMEMBER_COOKIE}=`));
  if (!raw) return {};
  try {
    return JSON.parse(decodeURIComponent(raw.slice(REMEMBER_COOKIE.length + 1)));
  } catch {
    return {};
  }
}

/**
 * "Leave a Reply" and every Reply: a plain HTML form posting to a server action (works without
 * JavaScript); with it, posting happens in place with a pending state and inline errors.
 */
type Props = {
  articleId: number;
  parentId?: number;
  formToken: string;
  replyingTo?: string;
  /** The result of a post made without JavaScript (shown on the respond page). */
  initialState?: CommentFormState;
};

export function CommentForm({
  articleId,
  parentId,
  formToken,
  replyingTo,
  initialState = { status: "idle" },
}: Props) {
  const [state, action, pending] = useActionState<CommentFormState, FormData>(postComment, initialState);
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const shownAt = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (shownAt.current) shownAt.current.value = String(Date.now());
    // Fill in the commenter's saved details, unless they already typed something.
    const saved = rememberedCommenter();
    const fields = form.current?.elements;
    if (!fields) return;
    for (const [name, value] of [
      ["authorName", saved.name],
      ["authorEmail", saved.email],
      ["authorUrl", saved.url],
    ] as const) {
      const input = fields.namedItem(name) as HTMLInputElement | null;
      if (input && !input.value && value) input.value = value;
    }
    const remember = fields.namedItem("remember") as HTMLInputElement | null;
    if (remember && saved.email) remember.checked = true;
  }, []);

  const values = state.values;
  const errors = state.fieldErrors ?? {};
  type Field = keyof NonNullable<CommentFormState["fieldErrors"]>;
  /** The props every text field shares: id, name, what was typed, and its error wiring. */
  const control = (name: Field) => ({
    id: `${id}-${name}`,
    name,
    defaultValue: values?.[name] ?? "",
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": errors[name] ? `${id}-${name}-error` : undefined,
  });
  /** A labelled field with its error message right below it. */
  const field = (name: Field, label: string, required: boolean, input: React.ReactNode) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>
        {label} {required && <span aria-hidden="true">*</span>}
      </label>
      {input}
      {errors[name] && (
        <p className="field-error" id={`${id}-${name}-error`}>
          {errors[name]}
        </p>
      )}
    </div>
  );
  // React resets uncontrolled fields after an action: the key remounts them with what was sent.
  const formKey =
    state.status === "idle" ? "initial" : `${state.status}-${state.posted?.id ?? JSON.stringify(values)}`;

  return (
    <div className="comment-form-wrap">
      {state.status === "posted" && state.posted && (
        <div className="comment-posted" role="status" id={`posted-comment-${state.posted.id}`}>
          <p className="comment-posted-title">
            {state.posted.status === "APPROVED"
              ? "Thank you, your comment is published."
              : "Thank you. Your comment is awaiting moderation."}
          </p>
          <blockquote>
            <p className="comment-author">{state.posted.authorName}</p>
            <CommentText text={state.posted.body} />
          </blockquote>
          {state.posted.status === "APPROVED" ? (
            <p>
              <Link href={`/comment/${state.posted.id}`}>See it in the conversation</Link>
            </p>
          ) : (
            <p className="meta">Only you can see it until a moderator approves it.</p>
          )}
        </div>
      )}
      <form ref={form} key={formKey} action={action} className="comment-form" noValidate aria-busy={pending}>
        {replyingTo && <p className="replying-to">Replying to {replyingTo}</p>}
        {state.status === "error" && state.message && (
          <p className="form-error" data-testid="comment-form-error">
            {state.message}
          </p>
        )}
        <input type="hidden" name="articleId" value={articleId} />
        {parentId && <input type="hidden" name="parentId" value={parentId} />}
        <input type="hidden" name="renderedAt" value={formToken} />
        <input type="hidden" name="shownAt" ref={shownAt} defaultValue="" />
        {/* Hidden from people (and from assistive technology): only bots fill it in. */}
        <div className="hp" aria-hidden="true">
          <label htmlFor={`${id}-company`}>Company</label>
          <input
            id={`${id}-company`}
            name="company"
            type="text"
            tabIndex={-1}
            autoComplete="off"
            defaultValue=""
          />
        </div>
        {field(
          "body",
          "Comment",
          true,
          <textarea
            {...control("body")}
            rows={parentId ? 4 : 7}
            maxLength={MAX_COMMENT_LENGTH * 3}
            required
          />,
        )}
        <div className="field-row">
          {field(
            "authorName",
            "Name",
            true,
            <input {...control("authorName")} type="text" autoComplete="name" required maxLength={200} />,
          )}
          {field(
            "authorEmail",
            "Email",
            true,
            <input {...control("authorEmail")} type="email" autoComplete="email" required maxLength={300} />,
          )}
          {field(
            "authorUrl",
            "Website",
            false,
            <input {...control("authorUrl")} type="url" autoComplete="url" maxLength={300} />,
          )}
        </div>
        <div className="checkbox">
          <input
            id={`${id}-remember`}
            name="remember"
            type="checkbox"
            defaultChecked={values?.remember ?? false}
          />
          <label htmlFor={`${id}-remember`}>
            Save my name, email, and website in this browser for the next time I comment.
          </label>
        </div>
        <button type="submit" disabled={pending}>
          {pending ? "Posting…" : parentId ? "Post Reply" : "Post Comment"}
        </button>
      </form>
    </div>
  );
}
