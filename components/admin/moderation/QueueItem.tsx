// One comment in the moderation queue: who wrote it (with their history and standing), where
// (article, parent), what, why the pipeline decided what it did (reasons, spam score and its top
// signals), what readers reported, what moderators did, and the buttons for it.
import { Time } from "@/components/article/Time";
import { CommentText } from "@/components/comments/CommentText";
import type { CommentStatus } from "@/lib/generated/prisma/enums";
import type { QueueComment } from "@/lib/moderation/queries";
import { commentVerbs, queuePath, standingVerbs, type QueueQuery } from "@/lib/moderation/schema";
import { BULK_FORM_ID, ReplyForm, VerbButton } from "./ModerationActions";
import { safeHttpUrl } from "@/lib/security/urls";

const STATUS_LABEL: Record<CommentStatus, string> = {
  PENDING: "pending",
  APPROVED: "approved",
  SPAM: "spam",
  TRASH: "trash",
};
const REPORT_LABEL = { SPAM: "spam", ABUSE: "abuse", OFF_TOPIC: "off topic", ILLEGAL: "illegal" } as const;

type Props = { comment: QueueComment; query: QueueQuery; returnTo: string };

export function QueueItem({ comment, query, returnTo }: Props) {
  const headingId = `queue-comment-${comment.id}`;
  const filter = (patch: Partial<QueueQuery>) =>
    queuePath({ tab: query.tab, article: query.article, q: query.q, author: query.author, ...patch });
  const { author } = comment;
  return (
    <li
      className="queue-item"
      data-queue-row
      data-comment-id={comment.id}
      tabIndex={-1}
      aria-labelledby={headingId}
    >
      <div className="queue-select">
        <input
          type="checkbox"
          name="ids"
          value={comment.id}
          form={BULK_FORM_ID}
          aria-label={`Select the comment by ${comment.authorName}`}
        />
      </div>
      <article className="queue-body">
        <header className="queue-meta">
          <h2 id={headingId}>
            {comment.authorName}
            {comment.staff && <span className="badge">Staff</span>}
            {author.standing !== "NORMAL" && (
              <span className="badge standing">
                {author.standing === "BANNED" ? "Banned" : "Pre-moderated"}
              </span>
            )}
          </h2>
          <span className={`status status-${comment.status.toLowerCase()}`}>
            {STATUS_LABEL[comment.status]}
          </span>
          {comment.featured && <span className="badge">Featured</span>}
          <Time iso={comment.createdAt} withTime />
          {comment.editedAt && <span className="muted">(edited)</span>}
        </header>
        <p className="queue-author">
          <a href={`mailto:${comment.authorEmail}`}>{comment.authorEmail}</a>
          {comment.authorUrl && (
            <>
              {" · "}
              {/* Moderators see any address as typed; only http(s) ones become links. */}
              {safeHttpUrl(comment.authorUrl) ? (
                <a href={safeHttpUrl(comment.authorUrl)!} rel="ugc nofollow noopener">
                  {comment.authorUrl}
                </a>
              ) : (
                <code>{comment.authorUrl}</code>
              )}
            </>
          )}
          {" · IP hash "}
          <a href={filter({ author: comment.ipHash })} title={`Comments from IP hash ${comment.ipHash}`}>
            <code>{comment.ipHash.slice(0, 10)}</code>
          </a>
          {" · "}
          <a href={filter({ author: comment.emailHash })}>
            History: {author.approved} approved, {author.spam} spam, {author.pending} pending, {author.trash}{" "}
            trash
          </a>
        </p>
        <p className="queue-context">
          On <a href={comment.article.href}>{comment.article.title}</a>
          {!comment.article.visible && " (not published)"} ·{" "}
          <a href={filter({ article: comment.article.id })}>only this article</a>
        </p>
        {comment.parent && (
          <blockquote className="queue-parent">
            In reply to <strong>{comment.parent.authorName}</strong>
            {comment.parent.status !== "APPROVED" && ` (${STATUS_LABEL[comment.parent.status]})`}: “
            {comment.parent.excerpt}”
          </blockquote>
        )}
        <CommentText text={comment.body} />
        {comment.reports && (
          <div className="queue-reports">
            <strong>
              Reported {comment.reports.count} {comment.reports.count === 1 ? "time" : "times"}:
            </strong>{" "}
            {comment.reports.byReason
              .map(({ reason, count }) => `${REPORT_LABEL[reason]} × ${count}`)
              .join(", ")}
            {comment.reports.details.length > 0 && (
              <ul>
                {comment.reports.details.map((details, index) => (
                  <li key={index}>“{details}”</li>
                ))}
              </ul>
            )}
          </div>
        )}
        <Diagnosis comment={comment} />
        <History history={comment.history} />
        <form className="queue-actions" aria-label={`Actions on the comment by ${comment.authorName}`}>
          <input type="hidden" name="ids" value={comment.id} />
          <input type="hidden" name="returnTo" value={returnTo} />
          {commentVerbs({
            status: comment.status,
            featured: comment.featured,
            reported: comment.reports !== null,
          }).map((verb) => (
            <VerbButton
              key={verb}
              verb={verb}
              label={verb === "approve" && comment.status === "APPROVED" ? "Dismiss reports" : undefined}
            />
          ))}
          {!comment.staff && (
            <span className="queue-author-actions">
              {standingVerbs(author.standing).map((verb) => (
                <VerbButton key={verb} verb={verb} />
              ))}
            </span>
          )}
        </form>
        {comment.status !== "SPAM" && comment.status !== "TRASH" && (
          <ReplyForm commentId={comment.id} authorName={comment.authorName} returnTo={returnTo} />
        )}
      </article>
    </li>
  );
}

/** The pipeline's reasons and the spam score with the tokens behind it. */
function Diagnosis({ comment }: { comment: QueueComment }) {
  return (
    <div className="queue-diagnosis">
      {comment.reasons.length > 0 && (
        <ul className="queue-reasons" aria-label="Why the pipeline decided">
          {comment.reasons.map((reason, index) => (
            <li key={index}>{reason}</li>
          ))}
        </ul>
      )}
      <p className="queue-spam">
        Spam score <strong>{comment.spamScore === null ? "not scored" : comment.spamScore.toFixed(2)}</strong>
        {comment.trained && <span className="muted"> · the filter learned it as {comment.trained}</span>}
      </p>
      {comment.topSignals.length > 0 && (
        <ul className="queue-signals" aria-label="Top spam signals">
          {comment.topSignals.map((signal) => (
            <li key={signal.token} className={signal.probability >= 0.5 ? "spammy" : "hammy"}>
              <code>{signal.token}</code> {signal.probability.toFixed(2)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function History({ history }: { history: QueueComment["history"] }) {
  if (history.length === 0) return null;
  return (
    <details className="queue-history">
      <summary>Status history ({history.length})</summary>
      <ol>
        {history.map((change) => (
          <li key={change.id}>
            <Time iso={change.at} withTime />{" "}
            {change.from === change.to
              ? STATUS_LABEL[change.to]
              : `${change.from ? `${STATUS_LABEL[change.from]} → ` : ""}${STATUS_LABEL[change.to]}`}{" "}
            by {change.actor ?? "the moderation pipeline"}
            {change.reason && `: ${change.reason}`}
          </li>
        ))}
      </ol>
    </details>
  );
}
