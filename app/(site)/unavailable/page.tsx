import type { Metadata } from "next";
import Link from "next/link";

// The in-process server (lib/server/http/error-page.ts) keeps a copy of this page and sends it,
// with status 503 and Retry-After, when a request fails because the database is unreachable
// (or with 500 for any other failure): a page cannot set its own status once it streams.
export const metadata: Metadata = {
  title: "Temporarily unavailable",
  robots: { index: false, follow: false },
};

export default function UnavailablePage() {
  return (
    <div className="article error-page" role="alert">
      <p className="kicker">Temporarily unavailable</p>
      <h1>This page could not be loaded right now</h1>
      <p className="dek">
        Something on our side is not answering. It is usually back within a minute: please try again shortly.
      </p>
      <p>
        If you were sending a form, go back: your browser normally keeps what you typed.{" "}
        <Link href="/">Go to the front page</Link>.
      </p>
    </div>
  );
}
