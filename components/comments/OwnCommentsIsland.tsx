"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { EditState } from "@/lib/comments/actions";
import type { OwnComment } from "@/lib/comments/queries";
import { CommentText } from "./CommentText";
import { EditForm } from "./EditForm";
import { OWN_COMMENTS_CHANGED } from "./events";

const HINT_COOKIE = "lede_has_own";

const hasHint = () => document.cookie.split("; ").some((entry) => entry === `${HINT_COOKIE}=1`);

/**
 * The visitor's own comments on this article that others cannot see yet ("awaiting
 * moderation"), or that they may still edit: fetched after the cached page is shown, from a
 * private endpoint, and only when the hint cookie says there may be some (most visitors never
 * cause a request). Without JavaScript the respond page shows the same list.
 */
export function OwnCommentsIsland({ articleId }: { articleId: number }) {
  const [own, setOwn] = useState<OwnComment[]>([]);

  useEffect(() => {
    let current = true;
    const load = () => {
      if (!hasHint()) return;
      fetch(`/comments/own?article=${articleId}`, { credentials: "same-origin", cache: "no-store" })
        .then((response) => (response.ok ? response.json() : { comments: [] }))
        .then((data: { comments: OwnComment[] }) => {
          if (current) setOwn(data.comments);
        })
        .catch(() => {});
    };
    load();
    window.addEventListener(OWN_COMMENTS_CHANGED, load);
    return () => {
      current = false;
      window.removeEventListener(OWN_COMMENTS_CHANGED, load);
    };
  }, [articleId]);

  if (own.length === 0) return null;
  return <OwnCommentList comments={own} articleId={articleId} />;
}

/** The list itself, shared with the respond page (rendered there on the server, per request). */
export function OwnCommentList({
  comments,
  articleId,
  edited,
}: {
  comments: OwnComment[];
  articleId: number;
  edited?: { commentId: number; state: EditState };
}) {
  const t = useTranslations("OwnComments");
  return (
    <section className="own-comments" aria-labelledby="own-comments-heading">
      <h3 id="own-comments-heading">{t("heading")}</h3>
      <ol>
        {comments.map((comment) => (
          <li key={comment.id} id={`own-comment-${comment.id}`} className="comment own">
            <p className="comment-meta">
              <span className="comment-author">{comment.authorName}</span>
              {comment.status === "PENDING" && <span className="awaiting">{t("awaiting")}</span>}
            </p>
            <CommentText text={comment.body} />
            {comment.editable && (
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
