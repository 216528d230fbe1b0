"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/state";
import { eraseCommenterAction } from "@/lib/privacy/actions";
import { FieldError, FormMessage, IDLE } from "@/components/admin/ui/form-kit";

/**
 * Erase a commenter: a deliberate tick, then the button. Once nothing is stored any more
 * (`available` false: the page re-rendered after the erasure) only the result stays.
 */
export function EraseForm({
  hash,
  available,
  initialState,
}: {
  hash: string;
  available: boolean;
  initialState?: ActionState;
}) {
  const [state, action, pending] = useActionState(eraseCommenterAction, initialState ?? IDLE);
  const t = useTranslations("AdminCommenters");
  if (!available) return <FormMessage state={state} testId="erase-message" />;
  return (
    <form action={action} className="erase-form">
      <FormMessage state={state} testId="erase-message" />
      <input type="hidden" name="hash" value={hash} />
      <div className="field checkbox-field">
        <input id="erase-confirm" name="confirm" type="checkbox" aria-describedby="erase-confirm-error" />
        <label htmlFor="erase-confirm">{t("eraseConfirm")}</label>
        <FieldError state={state} name="confirm" id="erase-confirm-error" />
      </div>
      <button type="submit" className="danger" disabled={pending}>
        {t("eraseButton")}
      </button>
    </form>
  );
}
