import type { Metadata } from "next";
import { MailLinkButton } from "@/components/mail/MailLinkButton";
import { formResultFor } from "@/lib/forms/result";
import { unsubscribeAction, type MailLinkState } from "@/lib/notifications/actions";
import { unsubscribeScope } from "@/lib/notifications/replies";

// Opened from the unsubscribe line of a mail: rendered per request, and nothing changes until
// the button is pressed (mail programs use the one-click address of the List-Unsubscribe header).
export const instant = false;

export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }> };

export default async function UnsubscribePage({ params }: Props) {
  const { token } = await params;
  const decoded = decodeURIComponent(token);
  const result = await formResultFor<MailLinkState>(`/mail/unsubscribe/${token}`);
  const scope = unsubscribeScope(decoded);
  return (
    <article className="article prose-page">
      <h1>Unsubscribe</h1>
      {scope === null ? (
        <p>This link is not valid.</p>
      ) : (
        <>
          <p>
            {scope === "thread"
              ? "Stop the emails about replies in this conversation."
              : "Stop every email from us to this address."}
          </p>
          <MailLinkButton
            action={unsubscribeAction}
            token={decoded}
            label={scope === "thread" ? "Unsubscribe from this conversation" : "Unsubscribe from everything"}
            initialState={result ?? undefined}
          />
        </>
      )}
    </article>
  );
}
