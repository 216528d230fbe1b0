import { cookies } from "next/headers";
import { connection } from "next/server";
import type { EditState } from "@/lib/comments/actions";
import { ownCommentIds } from "@/lib/comments/cookies";
import { getOwnComments } from "@/lib/comments/queries";
import { CommentText } from "./CommentText";
import { EditForm } from "./EditForm";

/**
 * The visitor's own comments on this article that others cannot see yet ("awaiting
 * moderation"), or that they may still edit. Read from their signed cookie, per request, never
 * cached: nobody else ever gets this part of the page.
 */
export async function OwnComments({
  articleId,
  edited,
}: {
  articleId: number;
  edited?: { commentId: number; state: EditState };
}) {
  await connection();
  const ids = ownCommentIds(await cookies());
  const own = await getOwnComments(ids, articleId, new Date());
  if (own.length === 0) return null;
  return (
    <section className="own-comments" aria-labelledby="own-comments-heading">
      <h3 id="own-comments-heading">Your comments</h3>
      <ol>
        {own.map((comment) => (
          <li key={comment.id} id={`own-comment-${comment.id}`} className="comment own">
            <p className="comment-meta">
              <span className="comment-author">{comment.authorName}</span>
              {comment.status === "PENDING" && (
                <span className="awaiting">Your comment is awaiting moderation.</span>
              )}
            </p>
            <CommentText text={comment.body} />
            {new Date(comment.editableUntil) > new Date() && (
              <EditForm
                commentId={comment.id}
                articleId={articleId}
                body={comment.body}
                editableUntil={comment.editableUntil}
                initialState={edited?.commentId === comment.id ? edited.state : undefined}
              />
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
