import type { Metadata } from "next";
import SiteLink from "@/components/layout/SiteLink";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/ClientMessages";
import { CommentForm } from "@/components/comments/CommentForm";
import { OwnComments } from "@/components/comments/OwnComments";
import { ReportForm } from "@/components/comments/ReportForm";
import { getArticleCard } from "@/lib/articles/queries";
import type { CommentFormState, EditState, ReportState } from "@/lib/comments/actions";
import { formResultFor } from "@/lib/forms/result";
import { respondPath } from "@/lib/comments/permalinks";
import { getCommentAuthorName, getCommentSection } from "@/lib/comments/queries";
import { isDatabaseOutage } from "@/lib/db/transient";

// Where comment, reply, report and edit forms land when posted without JavaScript (see
// lib/comments/form-result.ts): rendered fresh for each request, whole, with the result of
// this browser's post, and the visitor's own comments with their edit forms.
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Metadata");
  return { title: t("respond"), robots: { index: false, follow: false } };
}

/** The forms' own strings, and nothing else of the catalog, for the client components below. */
const FORM_MESSAGES = ["CommentForm", "ReportForm", "OwnComments", "EditForm"] as const;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const idFrom = (value: unknown) =>
  typeof value === "string" && /^\d{1,10}$/.test(value) ? Number(value) : undefined;

export default async function RespondPage({ searchParams }: Props) {
  const query = await searchParams;
  const articleId = idFrom(query.article);
  const replyTo = idFrom(query.replyTo);
  const report = idFrom(query.report);
  const edit = idFrom(query.edit);
  let article: Awaited<ReturnType<typeof getArticleCard>>;
  let section: Awaited<ReturnType<typeof getCommentSection>>;
  let replyingTo: string | null = null;
  try {
    article = articleId ? await getArticleCard(articleId) : null;
    section = article ? await getCommentSection(article.id, 1) : null;
    if (article && replyTo) replyingTo = await getCommentAuthorName(replyTo, article.id);
  } catch (error) {
    // The database is away (or was, a moment ago: a cached read that failed while it restarted
    // reaches here without its cause, and a probe may find it back already) and what this page
    // needs is not in the cache: the reader still gets the answer to their post (kept in memory)
    // with the form and everything they typed. Anything else is logged, and answered the same way.
    if (!articleId) throw error;
    if (!(await isDatabaseOutage(error))) console.error("respond page: falling back after", error);
    return <Unavailable articleId={articleId} replyTo={replyTo} report={report} edit={edit} />;
  }
  if (!article || !section) notFound();
  const result = await formResultFor<never>(respondPath(article.id, { replyTo, report, edit }));
  const t = await getTranslations("Respond");
  const comments = await getTranslations("Comments");
  return (
    <ClientMessages namespaces={FORM_MESSAGES}>
      <div className="article respond-page">
        <p className="kicker">{t("kicker")}</p>
        <h1>
          {t.rich("on", {
            title: article.title,
            link: (chunks) => (
              <SiteLink href={`${article.href}#comments`} lang={article.lang}>
                {chunks}
              </SiteLink>
            ),
          })}
        </h1>
        <OwnComments
          articleId={article.id}
          edited={edit && result ? { commentId: edit, state: result as EditState } : undefined}
        />
        {report ? (
          <section aria-labelledby="report-heading">
            <h2 id="report-heading">{t("reportHeading")}</h2>
            <ReportForm
              commentId={report}
              articleId={article.id}
              initialState={result as ReportState | undefined}
            />
          </section>
        ) : section.closed ? (
          <p className="comments-closed">{comments("closed")}</p>
        ) : (
          <section id="respond" aria-labelledby="respond-heading" className="respond">
            <h2 id="respond-heading">
              {replyingTo ? t("replyTo", { name: replyingTo }) : comments("leaveReply")}
            </h2>
            <CommentForm
              articleId={article.id}
              parentId={replyingTo ? replyTo : undefined}
              replyingTo={replyingTo ?? undefined}
              initialState={edit ? undefined : (result as CommentFormState | undefined)}
            />
          </section>
        )}
        <p>
          <SiteLink href={`${article.href}#comments`}>{t("back")}</SiteLink>
        </p>
      </div>
    </ClientMessages>
  );
}

/** The respond page while the database is unreachable: the post's answer and its form, nothing else. */
async function Unavailable({ articleId, replyTo, report, edit }: Record<string, number | undefined>) {
  const id = articleId!;
  const result = await formResultFor<CommentFormState>(respondPath(id, { replyTo, report, edit }));
  const t = await getTranslations("Respond");
  const comments = await getTranslations("Comments");
  return (
    <div className="article respond-page">
      <p className="kicker">{t("kicker")}</p>
      <h1>{t("yourComment")}</h1>
      {report || edit ? (
        <p className="form-error">{result?.message ?? t("notSaved")}</p>
      ) : (
        <section id="respond" aria-labelledby="respond-heading" className="respond">
          <h2 id="respond-heading">{comments("leaveReply")}</h2>
          <ClientMessages namespaces={FORM_MESSAGES}>
            <CommentForm articleId={id} parentId={replyTo} initialState={result} />
          </ClientMessages>
        </section>
      )}
    </div>
  );
}
