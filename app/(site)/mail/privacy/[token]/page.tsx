import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MailLinkButton } from "@/components/mail/MailLinkButton";
import { formResultFor } from "@/lib/forms/result";
import { readLinkToken } from "@/lib/mail/links";
import type { MailLinkState } from "@/lib/notifications/actions";
import { confirmErasureAction } from "@/lib/privacy/actions";

// Opened from a privacy request mail: nothing happens until the button is pressed.
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("MailLinks");
  return { title: t("privacyTitle"), robots: { index: false, follow: false } };
}

type Props = { params: Promise<{ token: string }> };

export default async function PrivacyLinkPage({ params }: Props) {
  const { token } = await params;
  const decoded = decodeURIComponent(token);
  const payload = readLinkToken("privacy", decoded);
  const [result, t] = await Promise.all([
    formResultFor<MailLinkState>(`/mail/privacy/${token}`),
    getTranslations("MailLinks"),
  ]);
  return (
    <article className="article prose-page">
      <h1>{t("privacyTitle")}</h1>
      {!payload ? (
        <p>{t("privacyExpired")}</p>
      ) : payload.act === "export" ? (
        <form method="post" action={`/mail/privacy/${token}/export`}>
          <p>{t("exportText")}</p>
          <button type="submit">{t("exportButton")}</button>
        </form>
      ) : (
        <>
          <p>{t("eraseText")}</p>
          <MailLinkButton
            action={confirmErasureAction}
            token={decoded}
            label={t("eraseButton")}
            initialState={result ?? undefined}
          />
        </>
      )}
    </article>
  );
}
