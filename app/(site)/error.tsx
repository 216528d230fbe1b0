"use client";

import Link from "next/link";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="article error-page" role="alert">
      <p className="kicker">Something went wrong</p>
      <h1>This page could not be loaded</h1>
      <p>It’s our fault, not yours. Please try again in a moment.</p>
      <p>
        <button type="button" onClick={reset}>
          Try again
        </button>{" "}
        or <Link href="/">go to the front page</Link>.
      </p>
    </div>
  );
}
