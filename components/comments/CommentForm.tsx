"use client";

import SiteLink from "@/components/layout/SiteLink";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useId, useLayoutEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { postComment, type CommentFormState } from "@/lib/comments/actions";
import { MAX_COMMENT_LENGTH } from "@/lib/comments/limits";
import { CommentText } from "./CommentText";

import { OWN_COMMENTS_CHANGED } from "./events";

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

const TYPED_FIELDS = ["body", "authorName", "authorEmail", "authorUrl"] as const;
type TypedEarly = {
  values: Partial<Record<(typeof TYPED_FIELDS)[number], string>>;
  remember?: boolean;
  focused?: string;
};

/** What the server-rendered form holds when the page becomes interactive. */
function readTyped(form: HTMLFormElement | null): TypedEarly {
  if (!form) return { values: {} };
  const values: TypedEarly["values"] = {};
  for (const name of TYPED_FIELDS) {
    const field = form.elements.namedItem(name);
    if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) values[name] = field.value;
  }
  const remember = form.elements.namedItem("remember");
  const active = document.activeElement;
  return {
    values,
    // Only a box the reader ticked counts: unticked is also what a fresh form shows.
    remember: remember instanceof HTMLInputElement && remember.checked ? true : undefined,
    focused: active && form.contains(active) ? (active.getAttribute("name") ?? undefined) : undefined,
  };
}

type Props = {
  articleId: number;
  /** A form that only replies to this comment (the no-JavaScript reply page). */
  parentId?: number;
  replyingTo?: string;
  /** The result of a post made without JavaScript (shown on the respond page). */
  initialState?: CommentFormState;
};

type ReplyTarget = { id: number; name: string; opener: HTMLElement };

/**
 * The page's one "Leave a Reply" form: a plain HTML form posting to a server action (works
 * without JavaScript, Reply links then lead to the reply page). With JavaScript, posting happens
 * in place with inline errors, a Reply link moves this same form under its comment (and Cancel
 * moves it back), the visitor's remembered details are filled in from their own cookie, and the
 * time spent on the form is measured here for the too-fast bot check.
 */
export function CommentForm({ articleId, parentId, replyingTo, initialState = { status: "idle" } }: Props) {
  const [state, action, pending] = useActionState<CommentFormState, FormData>(postComment, initialState);
  const t = useTranslations("CommentForm");
  const id = useId();
  const [typedEarly, setTypedEarly] = useState<TypedEarly | null>(null);
  const hydrated = typedEarly !== null;
  const home = useRef<HTMLDivElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const shownAt = useRef(0);
  const [host] = useState(() => (typeof document === "undefined" ? null : document.createElement("div")));
  const [replyTo, setReplyTo] = useState<ReplyTarget | null>(null);

  // Once interactive the form is mounted afresh (below): what a reader typed into the server's
  // form before that moment is read first and carried over, with the caret's field.
  useLayoutEffect(() => setTypedEarly(readTyped(form.current)), []);
  useLayoutEffect(() => {
    if (!typedEarly?.focused) return;
    const target = form.current?.elements.namedItem(typedEarly.focused);
    if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)) return;
    target.focus();
    if (target instanceof HTMLTextAreaElement)
      target.setSelectionRange(target.value.length, target.value.length);
  }, [typedEarly]);

  // The form lives in a node of its own once the page is interactive, so that node can move
  // under any comment and back without React re-creating the form (what was typed stays).
  useEffect(() => {
    shownAt.current = performance.now();
    if (host && home.current && !host.isConnected) home.current.appendChild(host);
  }, [host]);

  useEffect(() => {
    if (parentId !== undefined || !host) return;
    const onClick = (event: MouseEvent) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.("a.reply-link");
      const comment = link?.closest("article[id^='comment-']");
      if (!link || !comment) return;
      event.preventDefault();
      comment.appendChild(host);
      setReplyTo({
        id: Number(comment.id.slice("comment-".length)),
        name: comment.querySelector(".comment-author")?.textContent ?? "",
        opener: link as HTMLElement,
      });
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, [host, parentId]);

  // Keyboard and screen-reader users land in the form they just opened.
  useEffect(() => {
    if (replyTo) (form.current?.elements.namedItem("body") as HTMLElement | null)?.focus();
  }, [replyTo]);

  useEffect(() => {
    if (state.status === "posted") window.dispatchEvent(new Event(OWN_COMMENTS_CHANGED));
    // A refreshed comment list (its markup is replaced as a whole) drops the moved form: put it back.
    if (!host || host.isConnected) return;
    const comment = replyTo && document.getElementById(`comment-${replyTo.id}`);
    (comment ?? home.current)?.appendChild(host);
  }, [state, host, replyTo]);

  const cancelReply = () => {
    if (host && home.current) home.current.appendChild(host);
    replyTo?.opener.focus();
    setReplyTo(null);
  };

  const replyParent = replyTo?.id ?? parentId;
  const replyName = replyTo?.name ?? replyingTo;
  // Filled in only after hydration (the form is then mounted afresh): the server never sees them.
  const saved = hydrated ? rememberedCommenter() : {};
  const values = state.values;
  const errors = state.fieldErrors ?? {};
  type Field = keyof NonNullable<CommentFormState["fieldErrors"]>;
  const remembered: Record<Field, string | undefined> = {
    authorName: typedEarly?.values.authorName || saved.name,
    authorEmail: typedEarly?.values.authorEmail || saved.email,
    authorUrl: typedEarly?.values.authorUrl || saved.url,
    body: typedEarly?.values.body || undefined,
  };
  /** The props every text field shares: id, name, what was typed, and its error wiring. */
  const control = (name: Field) => ({
    id: `${id}-${name}`,
    name,
    defaultValue: (values ? values[name] : remembered[name]) ?? "",
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

  const content = (
    <div className="comment-form-wrap">
      {state.status === "posted" && state.posted && (
        <div className="comment-posted" role="status" id={`posted-comment-${state.posted.id}`}>
          <p className="comment-posted-title">
            {state.posted.status === "APPROVED" ? t("published") : t("awaiting")}
          </p>
          <blockquote>
            <p className="comment-author">{state.posted.authorName}</p>
            <CommentText text={state.posted.body} />
          </blockquote>
          {state.notify && <p data-testid="notify-note">{t("notifyNote")}</p>}
          {state.posted.status === "APPROVED" ? (
            <p>
              <SiteLink href={`/comment/${state.posted.id}`}>{t("seeIt")}</SiteLink>
            </p>
          ) : (
            <p className="meta">{t("onlyYou")}</p>
          )}
        </div>
      )}
      <form
        ref={form}
        key={formKey}
        action={action}
        onSubmit={(event) => {
          const elapsed = event.currentTarget.elements.namedItem("elapsedMs") as HTMLInputElement | null;
          if (elapsed) elapsed.value = String(Math.round(performance.now() - shownAt.current));
        }}
        className="comment-form"
        noValidate
        aria-busy={pending}
        aria-label={replyName ? t("replyTo", { name: replyName }) : undefined}
      >
        {replyName && (
          <p className="replying-to">
            {t("replyingTo", { name: replyName })}
            {replyTo && (
              <>
                {" "}
                <button type="button" className="link-button" onClick={cancelReply}>
                  {t("cancelReply")}
                </button>
              </>
            )}
          </p>
        )}
        {state.status === "error" && state.message && (
          <p className="form-error" data-testid="comment-form-error">
            {state.message}
          </p>
        )}
        <input type="hidden" name="articleId" value={articleId} />
        {replyParent && <input type="hidden" name="parentId" value={replyParent} />}
        <input type="hidden" name="elapsedMs" defaultValue="" />
        {/* Without JavaScript, this pixel notes when the form was shown (for the too-fast check). */}
        <noscript>
          <img src="/comments/seen" alt="" width={1} height={1} className="hp" />
        </noscript>
        {/* Hidden from people (and from assistive technology): only bots fill it in. */}
        <div className="hp" aria-hidden="true">
          <label htmlFor={`${id}-company`}>{t("company")}</label>
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
          t("body"),
          true,
          <textarea
            {...control("body")}
            rows={replyParent ? 4 : 7}
            maxLength={MAX_COMMENT_LENGTH * 3}
            required
          />,
        )}
        <div className="field-row">
          {field(
            "authorName",
            t("name"),
            true,
            <input {...control("authorName")} type="text" autoComplete="name" required maxLength={200} />,
          )}
          {field(
            "authorEmail",
            t("email"),
            true,
            <input {...control("authorEmail")} type="email" autoComplete="email" required maxLength={300} />,
          )}
          {field(
            "authorUrl",
            t("website"),
            false,
            <input {...control("authorUrl")} type="url" autoComplete="url" maxLength={300} />,
          )}
        </div>
        <div className="checkbox">
          <input
            id={`${id}-remember`}
            name="remember"
            type="checkbox"
            defaultChecked={values?.remember ?? typedEarly?.remember ?? Boolean(saved.email)}
          />
          <label htmlFor={`${id}-remember`}>{t("remember")}</label>
        </div>
        <div className="checkbox">
          <input id={`${id}-notify`} name="notify" type="checkbox" defaultChecked={values?.notify ?? false} />
          <label htmlFor={`${id}-notify`}>{t("notify")}</label>
        </div>
        <button type="submit" disabled={pending}>
          {pending ? t("posting") : replyParent ? t("postReply") : t("postComment")}
        </button>
      </form>
    </div>
  );

  // data-ready: the form is interactive (Reply links move it from then on).
  return (
    <div ref={home} data-ready={hydrated || undefined}>
      {hydrated && host ? createPortal(content, host) : content}
    </div>
  );
}
