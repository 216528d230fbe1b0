import type { Metadata } from "next";
import { MailLinkButton } from "@/components/mail/MailLinkButton";
import { formResultFor } from "@/lib/forms/result";
import { readLinkToken } from "@/lib/mail/links";
import type { MailLinkState } from "@/lib/notifications/actions";
import { confirmErasureAction } from "@/lib/privacy/actions";

// Opened from a privacy request mail: nothing happens until the button is pressed.
export const instant = false;

export const metadata: Metadata = { title: "Your data", robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }> };

export default async function PrivacyLinkPage({ params }: Props) {
  const { token } = await params;
  const decoded = decodeURIComponent(token);
  const payload = readLinkToken("privacy", decoded);
  const result = await formResultFor<MailLinkState>(`/mail/privacy/${token}`);
  return (
    <article className="article prose-page">
      <h1>Your data</h1>
      {!payload ? (
        <p>This link is not valid any more. Ask again from the privacy page.</p>
      ) : payload.act === "export" ? (
        <form method="post" action={`/mail/privacy/${token}/export`}>
          <p>Download everything we store about your email address, as a JSON file.</p>
          <button type="submit">Download my data</button>
        </form>
      ) : (
        <>
          <p>
            Erase your name, email address, website, IP hashes, browser details, subscriptions and emails
            everywhere. Your comments stay in their conversations as the site&apos;s settings say (anonymised,
            replaced with “[deleted]”, or removed).
          </p>
          <MailLinkButton
            action={confirmErasureAction}
            token={decoded}
            label="Erase my data"
            initialState={result ?? undefined}
          />
        </>
      )}
    </article>
  );
}
