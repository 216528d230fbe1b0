import { Time } from "@/components/article/Time";
import type { PublicComment } from "@/lib/comments/queries";
import { CommentForm } from "./CommentForm";
import { CommentText } from "./CommentText";
import { ReportForm } from "./ReportForm";

type Props = {
  comment: PublicComment;
  articleId: number;
  pageHref: string;
  formToken: string;
  open: boolean;
};

function AuthorName({ comment }: { comment: PublicComment }) {
  return comment.authorUrl ? (
    <a href={comment.authorUrl} rel="ugc nofollow noopener" className="comment-author">
      {comment.authorName}
    </a>
  ) : (
    <span className="comment-author">{comment.authorName}</span>
  );
}

/** One comment with its Reply and Report forms (native <details>: no script needed) and its replies. */
export function CommentItem({ comment, articleId, pageHref, formToken, open }: Props) {
  return (
    <li className={`comment depth-${Math.min(comment.depth, 5)}`}>
      <article id={`comment-${comment.id}`} aria-label={`Comment by ${comment.authorName}`}>
        {comment.wordpressId !== null && comment.wordpressId !== comment.id && (
          // Old WordPress links (#comment-<its WordPress id>) land here.
          <span id={`comment-${comment.wordpressId}`} />
        )}
        <header className="comment-meta">
          <AuthorName comment={comment} />
          {comment.staff && <span className="badge">Staff</span>}
          {comment.featured && <span className="badge">Featured</span>}
          <a href={`${pageHref}#comment-${comment.id}`} className="comment-permalink">
            <Time iso={comment.createdAt} withTime />
          </a>
          {comment.editedAt && <span className="meta">(edited)</span>}
        </header>
        <CommentText text={comment.body} />
        <div className="comment-actions">
          {open && (
            <details className="reply-details">
              <summary>Reply</summary>
              <CommentForm
                articleId={articleId}
                parentId={comment.id}
                formToken={formToken}
                replyingTo={comment.authorName}
              />
            </details>
          )}
          <details className="report-details">
            <summary>Report</summary>
            <ReportForm commentId={comment.id} articleId={articleId} />
          </details>
        </div>
      </article>
      {comment.replies.length > 0 && (
        <ol className="comment-replies">
          {comment.replies.map((reply) => (
            <CommentItem
              key={reply.id}
              comment={reply}
              articleId={articleId}
              pageHref={pageHref}
              formToken={formToken}
              open={open}
            />
          ))}
        </ol>
      )}
    </li>
  );
}
