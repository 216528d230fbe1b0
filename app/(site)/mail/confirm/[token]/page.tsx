import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MailLinkButton } from "@/components/mail/MailLinkButton";
import { formResultFor } from "@/lib/forms/result";
import { confirmAction, type MailLinkState } from "@/lib/notifications/actions";

// Opened from a confirmation mail: rendered per request (the token is in the address), and
// nothing changes until the button is pressed.
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("MailLinks");
  return { title: t("confirmTitle"), robots: { index: false, follow: false } };
}

type Props = { params: Promise<{ token: string }> };

export default async function ConfirmPage({ params }: Props) {
  const { token } = await params;
  const [result, t] = await Promise.all([
    formResultFor<MailLinkState>(`/mail/confirm/${token}`),
    getTranslations("MailLinks"),
  ]);
  return (
    <article className="article prose-page">
      <h1>{t("confirmHeading")}</h1>
      <p>{t("confirmText")}</p>
      <MailLinkButton
        action={confirmAction}
        token={decodeURIComponent(token)}
        label={t("confirmButton")}
        initialState={result ?? undefined}
      />
    </article>
  );
}
