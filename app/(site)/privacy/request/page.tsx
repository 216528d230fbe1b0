import type { Metadata } from "next";
import Link from "next/link";
import { PrivacyRequestForm } from "@/components/privacy/PrivacyRequestForm";
import { formResultFor } from "@/lib/forms/result";
import type { PrivacyRequestState } from "@/lib/privacy/actions";

// Where the privacy page's request form lands when posted without JavaScript.
export const instant = false;

export const metadata: Metadata = { title: "Your data request", robots: { index: false, follow: false } };

export default async function PrivacyRequestPage() {
  const result = await formResultFor<PrivacyRequestState>("/privacy/request");
  return (
    <article className="article prose-page">
      <h1>Your data request</h1>
      <PrivacyRequestForm initialState={result ?? undefined} />
      <p>
        <Link href="/privacy">Back to the privacy page</Link>
      </p>
    </article>
  );
}
