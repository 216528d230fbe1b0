"use client";
// Two-factor sign-in on the account page: off → set up (QR code and key, confirm with a code) →
// on (recovery codes shown once, renew them, turn off). Works without JavaScript (plain posts
// answered on this page).
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FieldError, FormMessage, IDLE, invalidProps, useLatestResult } from "@/components/admin/ui/form-kit";
import { NewsroomTime } from "@/components/admin/ui/NewsroomTime";
import type { TwoFactorStatus } from "@/lib/auth/two-factor-queries";
import {
  confirmTwoFactor,
  renewRecoveryCodes,
  startTwoFactor,
  turnOffTwoFactor,
  type TwoFactorState,
} from "@/lib/auth/two-factor-actions";

export function TwoFactorPanel({
  status,
  pageResult,
}: {
  status: TwoFactorStatus;
  pageResult?: TwoFactorState;
}) {
  const t = useTranslations("AdminAccount");
  const [started, start] = useActionState(startTwoFactor, IDLE);
  const [confirmed, confirm] = useActionState(confirmTwoFactor, IDLE);
  const [renewed, renew] = useActionState(renewRecoveryCodes, IDLE);
  const [stopped, stop] = useActionState(turnOffTwoFactor, IDLE);
  const latest: TwoFactorState = useLatestResult(pageResult, started, confirmed, renewed, stopped);

  const codeField = (id: string, label: string, state: TwoFactorState) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name="code"
        autoComplete="one-time-code"
        inputMode="numeric"
        required
        maxLength={20}
        {...invalidProps(state, "code", `${id}-error`)}
      />
      <FieldError state={state} name="code" id={`${id}-error`} />
    </div>
  );

  return (
    <section aria-labelledby="two-factor-heading" className="admin-panel" data-testid="two-factor">
      <h2 id="two-factor-heading">{t("twoFactorHeading")}</h2>
      <FormMessage state={latest} testId="two-factor-message" />
      {latest.recoveryCodes && (
        <div className="recovery-codes">
          <h3>{t("recoveryHeading")}</h3>
          <p>{t("recoveryIntro")}</p>
          <ul data-testid="recovery-codes">
            {latest.recoveryCodes.map((code) => (
              <li key={code}>
                <code>{code}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      {status.state === "off" && (
        <form action={start}>
          <p>{t("offIntro")}</p>
          <button type="submit">{t("start")}</button>
        </form>
      )}
      {status.state === "setting-up" && (
        <form action={confirm}>
          <p>{t("scanIntro")}</p>
          <div
            className="qr-code"
            role="img"
            aria-label={t("qrLabel")}
            dangerouslySetInnerHTML={{ __html: status.qrSvg }}
          />
          <p>
            {t("manualKey")}: <code data-testid="two-factor-key">{status.key}</code>
          </p>
          {codeField("confirm-code", t("codeLabel"), confirmed)}
          <button type="submit">{t("confirm")}</button>
        </form>
      )}
      {status.state === "on" && (
        <>
          <p>
            {t.rich("onIntro", {
              date: () => <NewsroomTime iso={status.since} />,
              count: status.recoveryCodesLeft,
            })}
          </p>
          <form action={renew}>
            <p>{t("renewIntro")}</p>
            {codeField("renew-code", t("codeLabel"), renewed)}
            <button type="submit" className="secondary">
              {t("renew")}
            </button>
          </form>
          <form action={stop}>
            <h3>{t("offHeading")}</h3>
            {codeField("off-code", t("offCodeLabel"), stopped)}
            <button type="submit" className="danger">
              {t("turnOff")}
            </button>
          </form>
        </>
      )}
    </section>
  );
}
