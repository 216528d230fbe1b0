import Link from "next/link";

// Outside the reader layout (for example under /admin): a plain page in the site's style.
export default function NotFound() {
  return (
    <main id="main" className="article error-page">
      <p className="kicker">Error 404</p>
      <h1>We can’t find that page</h1>
      <p>
        <Link href="/">Go to the front page</Link>
      </p>
    </main>
  );
}
