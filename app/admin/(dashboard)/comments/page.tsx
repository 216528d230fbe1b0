import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/ClientMessages";
import {
  ActionResult,
  BULK_FORM_ID,
  ModerationActions,
  VerbButton,
} from "@/components/admin/moderation/ModerationActions";
import { KeyboardShortcuts, SelectAll } from "@/components/admin/moderation/KeyboardShortcuts";
import { QueueItem } from "@/components/admin/moderation/QueueItem";
import { QueueFilters, QueuePager, QueueTabs } from "@/components/admin/moderation/QueueNavigation";
import type { ActionState } from "@/lib/actions/state";
import { requireCapability } from "@/lib/auth/session";
import { countOpenNotices } from "@/lib/dsa/notices";
import { formResultFor } from "@/lib/forms/result";
import { getArticleChoices, getQueuePage, getTabCounts } from "@/lib/moderation/queries";
import { bulkVerbs, parseQueueQuery, queuePath } from "@/lib/moderation/schema";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminModeration"))("title") };
}

// Rendered for each request (who is signed in, the queue as it is now): never instant.
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const LIST_ID = "moderation-queue";

// The moderation queue: a server-rendered list whose every button is a form (usable without
// JavaScript), with keyboard shortcuts added when JavaScript runs.
export default async function CommentsPage({ searchParams }: Props) {
  const query = parseQueueQuery(await searchParams);
  const path = queuePath(query);
  await requireCapability("moderate", path);
  const [counts, page, articles, result, openNotices] = await Promise.all([
    getTabCounts(query),
    getQueuePage(query),
    getArticleChoices(query.tab, query.article),
    formResultFor<ActionState>(path),
    countOpenNotices(),
  ]);
  const t = await getTranslations("AdminModeration");
  const tab = t(query.tab);
  return (
    // The queue's buttons, shortcuts and reply forms are client components: only this namespace.
    <ClientMessages namespaces={["AdminModeration"]}>
      <ModerationActions initialState={result}>
        <div className="queue-heading">
          <h1>{t("heading")}</h1>
          <KeyboardShortcuts listId={LIST_ID} />
        </div>
        <QueueTabs query={query} counts={counts} openNotices={openNotices} />
        <QueueFilters query={query} articles={articles} />
        <ActionResult />
        <form id={BULK_FORM_ID} className="queue-bulk" aria-label={t("bulk")}>
          <input type="hidden" name="returnTo" value={path} />
          <SelectAll listId={LIST_ID} />
          <span className="queue-bulk-label">{t("withSelected")}</span>
          {bulkVerbs(query.tab).map((verb) => (
            <VerbButton
              key={verb}
              verb={verb}
              label={verb === "approve" && query.tab === "reported" ? t("approveOrDismiss") : undefined}
            />
          ))}
        </form>
        {page.comments.length === 0 && (
          <p className="queue-empty">
            {t(query.article || query.q || query.author ? "emptyFiltered" : "empty", {
              tab: tab.toLowerCase(),
            })}
          </p>
        )}
        <ol id={LIST_ID} className="queue-list" aria-label={t("list", { tab })}>
          {page.comments.map((comment) => (
            <QueueItem key={comment.id} comment={comment} query={query} returnTo={path} />
          ))}
        </ol>
        <QueuePager query={query} newer={page.newer} older={page.older} />
      </ModerationActions>
    </ClientMessages>
  );
}
