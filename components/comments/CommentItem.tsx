import { Time } from "@/components/article/Time";
import type { PublicComment } from "@/lib/comments/queries";
import { CommentText } from "./CommentText";

function AuthorName({ comment }: { comment: PublicComment }) {
  return comment.authorUrl ? (
    <a href={comment.authorUrl} rel="ugc nofollow noopener" className="comment-author">
      {comment.authorName}
    </a>
  ) : (
    <span className="comment-author">{comment.authorName}</span>
  );
}

/**
 * One comment and its replies: server-rendered markup only, no form and no client component,
 * so each comment costs a few hundred bytes. Reply and Report are links to small pages that
 * work without JavaScript; with it, the page's one comment form moves under the comment
 * (CommentForm) and the one report dialog opens (ReportDialog).
 */
export function CommentItem({ comment, open }: { comment: PublicComment; open: boolean }) {
  return (
    <li className="comment">
      <article id={`comment-${comment.id}`} aria-label={`Comment by ${comment.authorName}`}>
        <header className="comment-meta">
          <AuthorName comment={comment} />
          {comment.staff && <span className="badge">Staff</span>}
          {comment.featured && <span className="badge">Featured</span>}
          <a href={`#comment-${comment.id}`} className="comment-permalink">
            <Time iso={comment.createdAt} withTime />
          </a>
          {comment.editedAt && <span className="meta">(edited)</span>}
        </header>
        <CommentText text={comment.body} />
        <p className="comment-actions">
          {open && (
            <a href={`/comment/${comment.id}/reply`} className="reply-link">
              Reply
            </a>
          )}
          <a href={`/comment/${comment.id}/report`} className="report-link">
            Report
          </a>
        </p>
      </article>
      {comment.replies.length > 0 && (
        <ol className="comment-replies">
          {comment.replies.map((reply) => (
            <CommentItem key={reply.id} comment={reply} open={open} />
          ))}
        </ol>
      )}
    </li>
  );
}
