import Link from "next/link";

export function Byline({ authors }: { authors: { slug: string; name: string }[] }) {
  if (authors.length === 0) return null;
  return (
    <span className="byline">
      By{" "}
      {authors.map((author, index) => (
        <span key={author.slug}>
          {index > 0 && (index === authors.length - 1 ? " and " : ", ")}
          <Link href={`/author/${author.slug}`} rel="author">
            {author.name}
          </Link>
        </span>
      ))}
    </span>
  );
}
