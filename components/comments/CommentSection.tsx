import Link from "next/link";
import { commentThreadsHtml } from "@/lib/comments/markup";
import { commentPagePath } from "@/lib/comments/permalinks";
import { akismetEnabled } from "@/lib/spam/akismet";
import type { CommentSection as Section } from "@/lib/comments/queries";
import { CommentForm } from "./CommentForm";
import { CommentText } from "./CommentText";
import { OwnCommentsIsland } from "./OwnCommentsIsland";
import { ReportDialog } from "./ReportDialog";

export function commentCountLabel(count: number): string {
  return count === 0 ? "No comments yet" : count === 1 ? "1 comment" : `${count} comments`;
}

export function CommentSection({ section, articleHref }: { section: Section; articleHref: string }) {
  const open = !section.closed;
  const pageHref = (page: number) => commentPagePath(articleHref, page, section.defaultPage);
  return (
    <section id="comments" className="comments" aria-labelledby="comments-heading">
      <h2 id="comments-heading">{commentCountLabel(section.approvedCount)}</h2>
      {section.featured.length > 0 && (
        <section className="featured-comments" aria-labelledby="featured-heading">
          <h3 id="featured-heading">Featured</h3>
          <ul>
            {section.featured.map((comment) => (
              <li key={comment.id}>
                <p className="comment-meta">
                  <span className="comment-author">{comment.authorName}</span>{" "}
                  <Link href={`/comment/${comment.id}`}>View in thread</Link>
                </p>
                <CommentText text={comment.body} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {section.threads.length > 0 && (
        // Server-built markup (lib/comments/markup.ts): no per-comment React elements to ship.
        <ol
          className="comment-list"
          dangerouslySetInnerHTML={{ __html: commentThreadsHtml(section.threads, open) }}
        />
      )}
      {section.pageCount > 1 && (
        <nav className="pager comment-pager" aria-label="Comment pages">
          {section.page > 1 && <Link href={`${pageHref(section.page - 1)}#comments`}>← Older comments</Link>}
          <span>
            Page {section.page} of {section.pageCount}
          </span>
          {section.page < section.pageCount && (
            <Link href={`${pageHref(section.page + 1)}#comments`} rel="next">
              Newer comments →
            </Link>
          )}
        </nav>
      )}
      <OwnCommentsIsland articleId={section.articleId} />
      {section.threads.length > 0 && <ReportDialog articleId={section.articleId} />}
      {open ? (
        <div id="respond" className="respond">
          <h2>Leave a Reply</h2>
          <p className="form-note">
            Your email address will not be published. Required fields are marked{" "}
            <span aria-hidden="true">*</span>
            <span className="visually-hidden">with an asterisk</span>.
          </p>
          <CommentForm articleId={section.articleId} />
          <p className="form-note privacy-notice">
            {/* Read from the server's configuration when the page is rendered: no request data. */}
            {akismetEnabled()
              ? "This site uses Akismet to reduce spam."
              : "This site uses its own spam filter to reduce spam; nothing you type is sent to a third party."}{" "}
            <Link href="/privacy#spam-filter">Learn how your comment data is processed.</Link>
          </p>
        </div>
      ) : (
        <p className="comments-closed">Comments are closed.</p>
      )}
    </section>
  );
}
