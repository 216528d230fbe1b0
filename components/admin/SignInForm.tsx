"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { signInAction, type SignInState } from "@/lib/auth/actions";

/** Email and password; for an account with two-factor sign-in, then the code (same form, second step). */
export function SignInForm({
  from,
  initialState = { status: "idle" },
}: {
  from: string;
  initialState?: SignInState;
}) {
  const [state, action, pending] = useActionState(signInAction, initialState);
  const t = useTranslations("AdminSignIn");
  const error = state.message && (
    <p className="form-error" data-testid="sign-in-error" id="sign-in-error">
      {state.message}
    </p>
  );
  if (state.status === "code")
    return (
      <form action={action} className="admin-form sign-in-form">
        <input type="hidden" name="from" value={from} />
        <input type="hidden" name="email" value={state.email ?? ""} />
        <input type="hidden" name="challenge" value={state.challenge ?? ""} />
        {error}
        <div className="field">
          <label htmlFor="code">{t("codeLabel")}</label>
          <input
            id="code"
            name="code"
            autoComplete="one-time-code"
            inputMode="numeric"
            required
            autoFocus
            maxLength={20}
            aria-describedby={state.message ? "code-hint sign-in-error" : "code-hint"}
            aria-invalid={state.message ? true : undefined}
          />
          <p className="field-hint" id="code-hint">
            {t("codeHint")}
          </p>
        </div>
        <button type="submit" disabled={pending}>
          {pending ? t("verifying") : t("verify")}
        </button>
        <p>
          <a href={`/admin/sign-in?from=${encodeURIComponent(from)}`}>{t("startAgain")}</a>
        </p>
      </form>
    );
  return (
    <form action={action} className="admin-form sign-in-form">
      <input type="hidden" name="from" value={from} />
      {error}
      <div className="field">
        <label htmlFor="email">{t("email")}</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email ?? ""}
          key={state.email}
        />
      </div>
      <div className="field">
        <label htmlFor="password">{t("password")}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <button type="submit" disabled={pending}>
        {pending ? t("signingIn") : t("signIn")}
      </button>
    </form>
  );
}
