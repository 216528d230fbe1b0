import Link from "next/link";
import { StoryList } from "@/components/article/StoryList";
import { getRecentNews } from "@/lib/articles/queries";

export default async function NotFound() {
  const recent = await getRecentNews(5);
  return (
    <div className="article error-page">
      <p className="kicker">Error 404</p>
      <h1>We can’t find that page</h1>
      <p className="dek">The story may have been moved or unpublished, or the address may be mistyped.</p>
      <form role="search" action="/search" method="get" className="inline-search">
        <label htmlFor="not-found-q">Search the site</label>
        <input id="not-found-q" name="q" type="search" />
        <button type="submit">Search</button>
      </form>
      <h2>Latest stories</h2>
      <StoryList stories={recent} />
      <p>
        <Link href="/">Go to the front page</Link>
      </p>
    </div>
  );
}
