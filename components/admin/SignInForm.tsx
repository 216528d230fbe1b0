"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { signInAction, type SignInState } from "@/lib/auth/actions";

export function SignInForm({
  from,
  initialState = { status: "idle" },
}: {
  from: string;
  initialState?: SignInState;
}) {
  const [state, action, pending] = useActionState(signInAction, initialState);
  const t = useTranslations("AdminSignIn");
  return (
    <form action={action} className="admin-form sign-in-form">
      <input type="hidden" name="from" value={from} />
      {state.status === "error" && (
        <p className="form-error" data-testid="sign-in-error">
          {state.message}
        </p>
      )}
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
