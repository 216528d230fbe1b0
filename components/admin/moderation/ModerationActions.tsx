"use client";
// The moderation actions as forms that work without JavaScript and are enhanced with it. One
// useActionState per verb lives in <ModerationActions>, and every button of the page (per row
// and for the selection) submits its form through that verb's action: without JavaScript a
// plain post, answered by a redirect back to the queue view with the result; with it, in place,
// the result shown here and the list refreshed by the action's cache tags.
import { useTranslations } from "next-intl";
import { createContext, useActionState, useContext, useState } from "react";
import type { ActionState } from "@/lib/actions/state";
import {
  approveComments,
  banAuthors,
  deleteComments,
  featureComments,
  notSpamComments,
  premoderateAuthors,
  replyToComment,
  resetAuthors,
  restoreComments,
  spamComments,
  trashComments,
  unfeatureComments,
} from "@/lib/moderation/actions";
import type { Verb } from "@/lib/moderation/schema";

export const BULK_FORM_ID = "moderation-bulk";

// Labels are the catalog's AdminModeration.verb_<verb>.
type VerbInfo = { shortcut?: string; danger?: boolean };

export const VERB_INFO: Record<Verb, VerbInfo> = {
  approve: { shortcut: "a" },
  notSpam: { shortcut: "a" },
  spam: { shortcut: "s" },
  trash: { shortcut: "d" },
  restore: {},
  delete: { danger: true },
  feature: { shortcut: "f" },
  unfeature: { shortcut: "f" },
  ban: { danger: true },
  premoderate: {},
  resetStanding: {},
  reply: {},
};

type Dispatchers = Record<Verb, (form: FormData) => void>;
type Context = { dispatch: Dispatchers; latest: ActionState | undefined; version: number; pending: boolean };

const ActionsContext = createContext<Context | null>(null);

function useActions(): Context {
  const context = useContext(ActionsContext);
  if (!context) throw new Error("Moderation buttons must be inside <ModerationActions>.");
  return context;
}

const IDLE: ActionState = { status: "idle" };

/** The verbs' actions, their latest result (or the no-JavaScript one from the page), and the result line. */
export function ModerationActions({
  initialState,
  children,
}: {
  initialState?: ActionState;
  children: React.ReactNode;
}) {
  // One hook per verb, always in this order.
  const hooks: Record<Verb, [ActionState, (form: FormData) => void, boolean]> = {
    approve: useActionState<ActionState, FormData>(approveComments, IDLE),
    notSpam: useActionState<ActionState, FormData>(notSpamComments, IDLE),
    spam: useActionState<ActionState, FormData>(spamComments, IDLE),
    trash: useActionState<ActionState, FormData>(trashComments, IDLE),
    restore: useActionState<ActionState, FormData>(restoreComments, IDLE),
    delete: useActionState<ActionState, FormData>(deleteComments, IDLE),
    feature: useActionState<ActionState, FormData>(featureComments, IDLE),
    unfeature: useActionState<ActionState, FormData>(unfeatureComments, IDLE),
    ban: useActionState<ActionState, FormData>(banAuthors, IDLE),
    premoderate: useActionState<ActionState, FormData>(premoderateAuthors, IDLE),
    resetStanding: useActionState<ActionState, FormData>(resetAuthors, IDLE),
    reply: useActionState<ActionState, FormData>(replyToComment, IDLE),
  };
  const entries = Object.entries(hooks) as [Verb, (typeof hooks)[Verb]][];
  const [latest, setLatest] = useState<{ state: ActionState | undefined; version: number }>({
    state: initialState,
    version: 0,
  });

  // The result to show is the one that changed last (state derived from the previous render,
  // as React recommends, rather than synchronised in an effect).
  const states = entries.map(([, [state]]) => state);
  const [seen, setSeen] = useState(states);
  const changed = states.find((state, index) => state !== seen[index]);
  if (changed) {
    setSeen(states);
    setLatest((previous) => ({ state: changed, version: previous.version + 1 }));
  }

  const context: Context = {
    dispatch: Object.fromEntries(entries.map(([verb, [, dispatch]]) => [verb, dispatch])) as Dispatchers,
    latest: latest.state,
    version: latest.version,
    pending: entries.some(([, [, , pending]]) => pending),
  };
  return <ActionsContext.Provider value={context}>{children}</ActionsContext.Provider>;
}

/** The outcome of the last action, announced to screen readers. */
export function ActionResult() {
  const { latest, pending } = useActions();
  const t = useTranslations("AdminModeration");
  const failed = latest?.status === "error";
  return (
    <div className="queue-result" role={failed ? "alert" : "status"} data-testid="moderation-result">
      {pending ? (
        <p className="notice">{t("working")}</p>
      ) : latest?.message ? (
        <p className={failed ? "form-error" : "notice"}>{latest.message}</p>
      ) : null}
    </div>
  );
}

/** A submit button for one verb, on whichever form it sits in (a row's, or the selection's). */
export function VerbButton({ verb, label }: { verb: Verb; label?: string }) {
  const { dispatch } = useActions();
  const t = useTranslations("AdminModeration");
  const info = VERB_INFO[verb];
  return (
    <button
      type="submit"
      formAction={dispatch[verb]}
      className={info.danger ? "queue-danger" : undefined}
      data-verb={verb}
      data-shortcut={info.shortcut}
      aria-keyshortcuts={info.shortcut}
    >
      {label ?? t(`verb_${verb}`)}
    </button>
  );
}

/** "Reply as staff" under a comment; a failed reply keeps its text and says why. */
export function ReplyForm({
  commentId,
  authorName,
  returnTo,
}: {
  commentId: number;
  authorName: string;
  returnTo: string;
}) {
  const { latest, version } = useActions();
  const t = useTranslations("AdminModeration");
  const mine = latest?.values?.ids === String(commentId) && latest.status === "error" ? latest : undefined;
  const textareaId = `reply-${commentId}`;
  return (
    <details className="queue-reply" open={mine ? true : undefined}>
      <summary>{t("replyAsStaff")}</summary>
      <form>
        <input type="hidden" name="ids" value={commentId} />
        <input type="hidden" name="returnTo" value={returnTo} />
        <label htmlFor={textareaId}>{t("replyLabel", { name: authorName })}</label>
        {mine && (
          <p className="field-error" id={`${textareaId}-error`}>
            {mine.fieldErrors?.body ?? mine.message}
          </p>
        )}
        <textarea
          id={textareaId}
          key={mine ? version : "empty"}
          name="body"
          rows={3}
          required
          maxLength={5000}
          defaultValue={mine?.values?.body ?? ""}
          aria-invalid={mine ? true : undefined}
          aria-describedby={mine ? `${textareaId}-error` : undefined}
        />
        <VerbButton verb="reply" />
      </form>
    </details>
  );
}
