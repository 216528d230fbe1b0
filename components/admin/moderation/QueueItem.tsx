// One comment in the moderation queue: who wrote it (with their history and standing), where
// (article, parent), what, why the pipeline decided what it did (reasons, spam score and its top
// signals), what readers reported, what moderators did, and the buttons for it.
import { useTranslations } from "next-intl";
import { Time } from "@/components/article/Time";
import { CommentText } from "@/components/comments/CommentText";
import type { CommentStatus } from "@/lib/generated/prisma/enums";
import type { QueueComment } from "@/lib/moderation/queries";
import { commentVerbs, queuePath, standingVerbs, type QueueQuery } from "@/lib/moderation/schema";
import { BULK_FORM_ID, ReplyForm, VerbButton } from "./ModerationActions";
import { safeHttpUrl } from "@/lib/security/urls";

const statusKey = (status: CommentStatus) => `status${status}` as const;

type Props = { comment: QueueComment; query: QueueQuery; returnTo: string };

export function QueueItem({ comment, query, returnTo }: Props) {
  const t = useTranslations("AdminModeration");
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
          aria-label={t("select", { name: comment.authorName })}
        />
      </div>
      <article className="queue-body">
        <header className="queue-meta">
          <h2 id={headingId}>
            {comment.authorName}
            {comment.staff && <span className="badge">{t("staff")}</span>}
            {author.standing !== "NORMAL" && (
              <span className="badge standing">
                {author.standing === "BANNED" ? t("banned") : t("premoderated")}
              </span>
            )}
          </h2>
          <span className={`status status-${comment.status.toLowerCase()}`}>
            {t(statusKey(comment.status))}
          </span>
          {comment.featured && <span className="badge">{t("featured")}</span>}
          <Time iso={comment.createdAt} withTime />
          {comment.editedAt && <span className="muted">{t("edited")}</span>}
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
          {` · ${t("ipHash")} `}
          <a href={filter({ author: comment.ipHash })} title={t("ipHashTitle", { hash: comment.ipHash })}>
            <code>{comment.ipHash.slice(0, 10)}</code>
          </a>
          {" · "}
          <a href={filter({ author: comment.emailHash })}>
            {t("history", {
              approved: author.approved,
              spam: author.spam,
              pending: author.pending,
              trash: author.trash,
            })}
          </a>
        </p>
        <p className="queue-context">
          {t.rich("on", {
            title: comment.article.title,
            link: (chunks) => <a href={comment.article.href}>{chunks}</a>,
          })}
          {!comment.article.visible && ` ${t("notPublished")}`} ·{" "}
          <a href={filter({ article: comment.article.id })}>{t("onlyThisArticle")}</a>
        </p>
        {comment.parent && (
          <blockquote className="queue-parent">
            {t.rich("inReplyTo", {
              name: comment.parent.authorName,
              status: comment.parent.status !== "APPROVED" ? ` (${t(statusKey(comment.parent.status))})` : "",
              excerpt: comment.parent.excerpt,
              strong: (chunks) => <strong>{chunks}</strong>,
            })}
          </blockquote>
        )}
        <CommentText text={comment.body} />
        {comment.reports && (
          <div className="queue-reports">
            <strong>{t("reportedTimes", { count: comment.reports.count })}</strong>{" "}
            {comment.reports.byReason
              .map(({ reason, count }) => `${t(`report${reason}`)} × ${count}`)
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
        <form
          className="queue-actions"
          aria-label={t("actions", { id: comment.id, name: comment.authorName })}
        >
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
              label={verb === "approve" && comment.status === "APPROVED" ? t("dismissReports") : undefined}
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
  const t = useTranslations("AdminModeration");
  return (
    <div className="queue-diagnosis">
      {comment.reasons.length > 0 && (
        <ul className="queue-reasons" aria-label={t("reasons")}>
          {comment.reasons.map((reason, index) => (
            <li key={index}>{reason}</li>
          ))}
        </ul>
      )}
      <p className="queue-spam">
        {t.rich("spamScore", {
          score: comment.spamScore === null ? t("notScored") : comment.spamScore.toFixed(2),
          strong: (chunks) => <strong>{chunks}</strong>,
        })}
        {comment.trained && <span className="muted">{t("learnedAs", { label: comment.trained })}</span>}
      </p>
      {comment.topSignals.length > 0 && (
        <ul className="queue-signals" aria-label={t("signals")}>
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
  const t = useTranslations("AdminModeration");
  if (history.length === 0) return null;
  const label = (status: CommentStatus) => t(statusKey(status));
  return (
    <details className="queue-history">
      <summary>{t("statusHistory", { count: history.length })}</summary>
      <ol>
        {history.map((change) => (
          <li key={change.id}>
            <Time iso={change.at} withTime />{" "}
            {change.from === change.to
              ? label(change.to)
              : `${change.from ? `${label(change.from)} → ` : ""}${label(change.to)}`}{" "}
            {t("by", { actor: change.actor ?? t("pipeline") })}
            {change.reason && `: ${change.reason}`}
          </li>
        ))}
      </ol>
    </details>
  );
}
