import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MailLinkButton } from "@/components/mail/MailLinkButton";
import { formResultFor } from "@/lib/forms/result";
import { unsubscribeAction, type MailLinkState } from "@/lib/notifications/actions";
import { unsubscribeScope } from "@/lib/notifications/replies";

// Opened from the unsubscribe line of a mail: rendered per request, and nothing changes until
// the button is pressed (mail programs use the one-click address of the List-Unsubscribe header).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("MailLinks");
  return { title: t("unsubscribeTitle"), robots: { index: false, follow: false } };
}

type Props = { params: Promise<{ token: string }> };

export default async function UnsubscribePage({ params }: Props) {
  const { token } = await params;
  const decoded = decodeURIComponent(token);
  const [result, t] = await Promise.all([
    formResultFor<MailLinkState>(`/mail/unsubscribe/${token}`),
    getTranslations("MailLinks"),
  ]);
  const scope = unsubscribeScope(decoded);
  return (
    <article className="article prose-page">
      <h1>{t("unsubscribeTitle")}</h1>
      {scope === null ? (
        <p>{t("invalid")}</p>
      ) : (
        <>
          <p>{t(scope === "thread" ? "unsubscribeThread" : "unsubscribeAll")}</p>
          <MailLinkButton
            action={unsubscribeAction}
            token={decoded}
            label={t(scope === "thread" ? "unsubscribeThreadButton" : "unsubscribeAllButton")}
            initialState={result ?? undefined}
          />
        </>
      )}
    </article>
  );
}
