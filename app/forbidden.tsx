import Link from "next/link";

export default function Forbidden() {
  return (
    <main id="main" className="article error-page">
      <p className="kicker">Error 403</p>
      <h1>Your role does not give access to this page</h1>
      <p>
        Ask an administrator if you need it. <Link href="/admin">Back to the dashboard</Link>
      </p>
    </main>
  );
}
