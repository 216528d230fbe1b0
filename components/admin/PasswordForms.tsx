"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { requestResetAction, setPasswordAction, type PasswordFormState } from "@/lib/auth/password-actions";

const IDLE: PasswordFormState = { status: "idle" };

function Message({ state }: { state: PasswordFormState }) {
  if (state.status === "idle" || !state.message) return null;
  return (
    <p
      className={state.status === "error" ? "form-error" : "notice"}
      role="status"
      data-testid="password-message"
    >
      {state.message}
    </p>
  );
}

export function RequestResetForm({ initialState = IDLE }: { initialState?: PasswordFormState }) {
  const [state, action, pending] = useActionState(requestResetAction, initialState);
  const t = useTranslations("AdminPassword");
  if (state.status === "ok") return <Message state={state} />;
  return (
    <form action={action} className="admin-form sign-in-form">
      <Message state={state} />
      <div className="field">
        <label htmlFor="email">{t("email")}</label>
        <input id="email" name="email" type="email" autoComplete="username" required />
      </div>
      <button type="submit" disabled={pending}>
        {t("emailMe")}
      </button>
    </form>
  );
}

export function SetPasswordForm({
  token,
  passwordMin,
  initialState = IDLE,
}: {
  token: string;
  passwordMin: number;
  initialState?: PasswordFormState;
}) {
  const [state, action, pending] = useActionState(setPasswordAction, initialState);
  const t = useTranslations("AdminPassword");
  if (state.status === "ok")
    return (
      <>
        <Message state={state} />
        <p>
          <Link href="/admin/sign-in">{t("signIn")}</Link>
        </p>
      </>
    );
  return (
    <form action={action} className="admin-form sign-in-form">
      <Message state={state} />
      <input type="hidden" name="token" value={token} />
      <div className="field">
        <label htmlFor="password">{t("newPassword", { min: passwordMin })}</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="new-password"
          minLength={passwordMin}
          required
        />
        {state.fieldErrors?.password && <p className="form-error">{state.fieldErrors.password}</p>}
      </div>
      <div className="field">
        <label htmlFor="confirm">{t("confirm")}</label>
        <input id="confirm" name="confirm" type="password" autoComplete="new-password" required />
        {state.fieldErrors?.confirm && <p className="form-error">{state.fieldErrors.confirm}</p>}
      </div>
      <button type="submit" disabled={pending}>
        {t("setButton")}
      </button>
    </form>
  );
}
