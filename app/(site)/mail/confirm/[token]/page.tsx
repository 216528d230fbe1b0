import type { Metadata } from "next";
import { MailLinkButton } from "@/components/mail/MailLinkButton";
import { formResultFor } from "@/lib/forms/result";
import { confirmAction, type MailLinkState } from "@/lib/notifications/actions";

// Opened from a confirmation mail: rendered per request (the token is in the address), and
// nothing changes until the button is pressed.
export const instant = false;

export const metadata: Metadata = {
  title: "Confirm reply notifications",
  robots: { index: false, follow: false },
};

type Props = { params: Promise<{ token: string }> };

export default async function ConfirmPage({ params }: Props) {
  const { token } = await params;
  const result = await formResultFor<MailLinkState>(`/mail/confirm/${token}`);
  return (
    <article className="article prose-page">
      <h1>Email me when someone replies</h1>
      <p>
        Press the button to confirm that this address may receive an email when someone replies to your
        comments.
      </p>
      <MailLinkButton
        action={confirmAction}
        token={decodeURIComponent(token)}
        label="Yes, email me about replies"
        initialState={result ?? undefined}
      />
    </article>
  );
}
