import Link from "next/link";

// unauthorized(): a dashboard action called without a valid session (HTTP 401).
export default function Unauthorized() {
  return (
    <main id="main" className="article error-page">
      <p className="kicker">Error 401</p>
      <h1>Please sign in again</h1>
      <p>
        Your session has ended. <Link href="/admin/sign-in">Sign in to the dashboard</Link>
      </p>
    </main>
  );
}
