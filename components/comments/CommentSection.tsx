import SiteLink from "@/components/layout/SiteLink";
import { useTranslations } from "next-intl";
import { ClientMessages } from "@/components/i18n/ClientMessages";
import { commentThreadsHtml } from "@/lib/comments/markup";
import { commentPagePath } from "@/lib/comments/permalinks";
import type { CommentSection as Section } from "@/lib/comments/queries";
import { CommentForm } from "./CommentForm";
import { CommentText } from "./CommentText";
import { OwnCommentsIsland } from "./OwnCommentsIsland";
import { ReportDialog } from "./ReportDialog";
import { akismetEnabled } from "@/lib/spam/akismet";

export function CommentSection({ section, articleHref }: { section: Section; articleHref: string }) {
  const t = useTranslations("Comments");
  const count = useTranslations("Article");
  const open = !section.closed;
  const pageHref = (page: number) => commentPagePath(articleHref, page, section.defaultPage);
  return (
    <section id="comments" className="comments" aria-labelledby="comments-heading">
      <h2 id="comments-heading">{count("commentCount", { count: section.approvedCount })}</h2>
      {section.featured.length > 0 && (
        <section className="featured-comments" aria-labelledby="featured-heading">
          <h3 id="featured-heading">{t("featured")}</h3>
          <ul>
            {section.featured.map((comment) => (
              <li key={comment.id}>
                <p className="comment-meta">
                  <span className="comment-author">{comment.authorName}</span>{" "}
                  <SiteLink href={`/comment/${comment.id}`}>{t("viewInThread")}</SiteLink>
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
        <nav className="pager comment-pager" aria-label={t("pages")}>
          {section.page > 1 && (
            <SiteLink href={`${pageHref(section.page - 1)}#comments`}>{t("older")}</SiteLink>
          )}
          <span>{t("pageOf", { page: section.page, count: section.pageCount })}</span>
          {section.page < section.pageCount && (
            <SiteLink href={`${pageHref(section.page + 1)}#comments`} rel="next">
              {t("newer")}
            </SiteLink>
          )}
        </nav>
      )}
      {/* The islands below get only their own strings (ClientMessages). */}
      <ClientMessages namespaces={["OwnComments", "EditForm"]}>
        <OwnCommentsIsland articleId={section.articleId} />
      </ClientMessages>
      {section.threads.length > 0 && (
        <ClientMessages namespaces={["ReportForm"]}>
          <ReportDialog articleId={section.articleId} />
        </ClientMessages>
      )}
      {open ? (
        <div id="respond" className="respond">
          <h2>{t("leaveReply")}</h2>
          <p className="form-note">
            {t.rich("required", {
              star: (chunks) => <span aria-hidden="true">{chunks}</span>,
              hidden: (chunks) => <span className="visually-hidden">{chunks}</span>,
            })}
          </p>
          <ClientMessages namespaces={["CommentForm"]}>
            <CommentForm articleId={section.articleId} />
          </ClientMessages>
          <p className="form-note privacy-notice">
            {/* Read from the server's configuration when the page is rendered: no request data. */}
            {t(akismetEnabled() ? "privacyNoticeAkismet" : "privacyNotice")}{" "}
            <SiteLink href="/privacy#spam-filter">{t("privacyLink")}</SiteLink>
          </p>
        </div>
      ) : (
        <p className="comments-closed">{t("closed")}</p>
      )}
    </section>
  );
}
