"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/state";
import { deleteDraft, restoreRevision } from "@/lib/articles/actions";

type Props = { initialState?: ActionState };

/** Restores a revision as a new save (version-checked like any save). */
export function RestoreRevisionForm({
  articleId,
  revisionId,
  version,
  initialState = { status: "idle" },
}: Props & { articleId: number; revisionId: number; version: number }) {
  const [state, action, pending] = useActionState(restoreRevision, initialState);
  const t = useTranslations("AdminEditor");
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="id" value={articleId} />
      <input type="hidden" name="revisionId" value={revisionId} />
      <input type="hidden" name="version" value={version} />
      {state.status === "error" && (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      )}
      <button type="submit" disabled={pending}>
        {pending ? t("restoring") : t("restore")}
      </button>
    </form>
  );
}

/** Deletes a draft that never went live, after an explicit confirmation (works without JavaScript). */
export function DeleteDraftForm({
  articleId,
  version,
  initialState = { status: "idle" },
}: Props & { articleId: number; version: number }) {
  const [state, action, pending] = useActionState(deleteDraft, initialState);
  const t = useTranslations("AdminEditor");
  return (
    <form action={action} className="inline-form danger-zone" aria-label={t("deleteDraftLabel")}>
      <input type="hidden" name="id" value={articleId} />
      <input type="hidden" name="version" value={version} />
      {state.status === "error" && (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      )}
      <label>
        <input type="checkbox" name="confirm" required /> {t("confirmDelete")}
      </label>
      <button type="submit" className="danger" disabled={pending}>
        {t("deleteDraft")}
      </button>
    </form>
  );
}
