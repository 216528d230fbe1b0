// The approved comments of a page as one HTML string, built on the server only. Rendered as
// React elements, every comment was sent twice: once as HTML and once, much larger, as the
// element tree in the page's inline framework data (`self.__next_f`). As a string it is sent
// as HTML plus one compact copy: attributes use single quotes (a double quote costs four bytes
// in the inline data), except the `id="comment-N"` anchors that tools look for. Everything
// from a commenter is escaped here; nothing they type is ever interpreted as HTML.
import { translator } from "@/lib/i18n/messages";
import { formatDateTime } from "@/lib/site/format";
import { safeHttpUrl } from "@/lib/security/urls";
import type { PublicComment } from "./queries";

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"']+/gi;
const TRAILING_PUNCTUATION = /[.,;:!?)\]»”’]+$/;
const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

function linkified(line: string): string {
  let html = "";
  let last = 0;
  for (const match of line.matchAll(URL_PATTERN)) {
    const url = match[0].replace(TRAILING_PUNCTUATION, "");
    const href = safeHttpUrl(url);
    html += escapeHtml(line.slice(last, match.index));
    html += href
      ? `<a href='${escapeHtml(href)}' rel='ugc nofollow noopener'>${escapeHtml(url)}</a>`
      : escapeHtml(url);
    last = match.index + url.length;
  }
  return html + escapeHtml(line.slice(last));
}

/** A comment's text: paragraphs, line breaks kept, web addresses as links (as CommentText). */
export function commentTextHtml(text: string): string {
  const paragraphs = text.split(/\n{2,}/).filter((paragraph) => paragraph.trim());
  const body = paragraphs.map((paragraph) => `<p>${paragraph.split("\n").map(linkified).join("<br>")}</p>`);
  return `<div class='comment-text' dir='auto'>${body.join("")}</div>`;
}

const t = translator("Comments");

function commentHtml(comment: PublicComment, open: boolean): string {
  const name = escapeHtml(comment.authorName);
  // Only http(s) addresses become links, whatever the row holds (imported or old data).
  const authorHref = safeHttpUrl(comment.authorUrl);
  const author = authorHref
    ? `<a href='${escapeHtml(authorHref)}' rel='ugc nofollow noopener' class='comment-author'>${name}</a>`
    : `<span class='comment-author'>${name}</span>`;
  const badges =
    (comment.staff ? `<span class='badge'>${escapeHtml(t("staff"))}</span>` : "") +
    (comment.featured ? `<span class='badge'>${escapeHtml(t("featured"))}</span>` : "");
  const id = comment.id;
  const replies = comment.replies.length
    ? `<ol class='comment-replies'>${comment.replies.map((reply) => commentHtml(reply, open)).join("")}</ol>`
    : "";
  return (
    `<li class='comment'><article id="comment-${id}" aria-label='${escapeHtml(t("commentBy", { name: comment.authorName }))}'>` +
    // Old WordPress links (#comment-<its WordPress id>) land here too.
    (comment.wordpressId !== null && comment.wordpressId !== comment.id
      ? `<span id='comment-${comment.wordpressId}'></span>`
      : "") +
    `<header class='comment-meta'>${author}${badges}` +
    `<a href='#comment-${id}' class='comment-permalink'><time datetime='${comment.createdAt}'>${formatDateTime(comment.createdAt)}</time></a>` +
    `${comment.editedAt ? `<span class='meta'>${escapeHtml(t("edited"))}</span>` : ""}</header>` +
    commentTextHtml(comment.body) +
    `<p class='comment-actions'>${open ? `<a href='/comment/${id}/reply' class='reply-link'>${escapeHtml(t("reply"))}</a>` : ""}` +
    `<a href='/comment/${id}/report' class='report-link'>${escapeHtml(t("report"))}</a></p></article>${replies}</li>`
  );
}

/**
 * The threads of one page, nested. Reply and Report are links to small pages that work without
 * JavaScript; with it, the page's one comment form moves under the comment (CommentForm) and
 * the one report dialog opens (ReportDialog).
 */
export function commentThreadsHtml(threads: PublicComment[], open: boolean): string {
  return threads.map((comment) => commentHtml(comment, open)).join("");
}
