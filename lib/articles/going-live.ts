// Things that change by themselves at a set time: a scheduled article goes live, an editor's
// pick expires. Cached reader pages cannot expire themselves sooner than five minutes (Next
// treats shorter-lived caches as uncached), so each such moment is a job in the cluster's job
// runner (lib/jobs): the save that schedules it adds a job keyed by the article or pick, due at
// that time. The job runs once per cluster, on whichever instance takes it:
// - for an article it records "article.went-live" in the audit log (once, even if the job is
//   retried or a duplicate runs: checked under a transaction lock);
// - then it expires the reader cache tags everywhere (broadcastTagExpiry: every server expires its
//   own memory; with REDIS_URL the expiry lands in the shared cache as well).
// Jobs live in PostgreSQL, so a moment that passed while every instance was down is caught up
// when the first one starts: every overdue job runs then, not only the latest. A sweep every
// minute (and at start) adds the jobs of schedules written without one (seed, import, SQL).
import "server-only";
import { db } from "@/lib/db";
import { tags, type CacheTag } from "@/lib/cache/tags";
import { recordAudit } from "@/lib/audit/record";
import { broadcastTagExpiry } from "@/lib/cache/broadcast";
import { cancelJob, defineTask, enqueue, type RecurringTask, type SqlRunner } from "@/lib/jobs/runner";
import { articleReaderTags, articleTagSelect } from "./cache-tags";

export const WENT_LIVE_ACTION = "article.went-live";
const PICK_TAGS: CacheTag[] = [tags.picks, tags.home];

const wentLiveKey = (articleId: number) => `article-went-live:${articleId}`;
const pickExpiryKey = (pickId: number) => `pick-expired:${pickId}`;

type WentLivePayload = { articleId: number; at: string };
type PickExpiredPayload = { pickId: number; at: string };

/** Records that a scheduled article went live, once; returns its cache tags, or null if it did not. */
export async function recordWentLive(
  articleId: number,
  at: Date,
  now = new Date(),
): Promise<CacheTag[] | null> {
  if (at > now) return null;
  return db.$transaction(async (tx) => {
    // Two runs for the same article (a retry, a replaced job taken twice) wait for each other here.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('article-went-live'), ${articleId}::int)`;
    const article = await tx.article.findUnique({
      where: { id: articleId },
      select: {
        ...articleTagSelect,
        title: true,
        status: true,
        publishedAt: true,
        readAlsoIn: { select: { articleId: true } },
      },
    });
    // Unscheduled or moved since the job was added: its new schedule has its own job.
    if (!article || article.status !== "PUBLISHED" || article.publishedAt?.getTime() !== at.getTime())
      return null;
    const iso = at.toISOString();
    const recorded = await tx.auditEntry.findFirst({
      where: {
        action: WENT_LIVE_ACTION,
        targetType: "article",
        targetId: String(articleId),
        details: { path: ["publishedAt"], equals: iso },
      },
      select: { id: true },
    });
    if (!recorded)
      await recordAudit(tx, {
        actorId: null,
        action: WENT_LIVE_ACTION,
        targetType: "article",
        targetId: articleId,
        details: { title: article.title, slug: article.slug, publishedAt: iso },
      });
    const referrers = article.readAlsoIn.map((link) => link.articleId);
    return [...articleReaderTags(article, referrers), tags.comments(article.id)];
  });
}

export const articleWentLiveTask = defineTask<WentLivePayload>("article.went-live", async (payload) => {
  const at = new Date(payload.at);
  // The job runner's clock is PostgreSQL's: wait out a small difference with this server's clock.
  const early = at.getTime() - Date.now();
  if (early > 0 && early < 10_000) await new Promise((resolve) => setTimeout(resolve, early));
  const tags = await recordWentLive(payload.articleId, at);
  if (tags) await broadcastTagExpiry(db, tags);
});

export const pickExpiredTask = defineTask<PickExpiredPayload>("pick.expired", async () => {
  // Expired picks are filtered out by the reader queries at read time: only the caches need it.
  await broadcastTagExpiry(db, PICK_TAGS);
});

/** The keyed job runs at `at` when that is still ahead (added or moved), else it is cancelled. */
async function scheduleAt(
  client: SqlRunner,
  jobKey: string,
  at: Date | null,
  now: Date,
  add: (runAt: Date) => Promise<unknown>,
): Promise<void> {
  if (at && at > now) await add(at);
  else await cancelJob(client, jobKey);
}

/** Adds, moves or removes the going-live job of an article; call it in the transaction that saves it. */
export async function scheduleGoingLive(
  client: SqlRunner,
  article: { id: number; status: string; publishedAt: Date | null },
  now = new Date(),
): Promise<void> {
  const at = article.status === "PUBLISHED" ? article.publishedAt : null;
  await scheduleAt(client, wentLiveKey(article.id), at, now, (runAt) =>
    enqueue(
      client,
      articleWentLiveTask,
      { articleId: article.id, at: runAt.toISOString() },
      { jobKey: wentLiveKey(article.id), runAt },
    ),
  );
}

/** Adds, moves or removes the job that refreshes the pick lists when a pick expires. */
export async function schedulePickExpiry(
  client: SqlRunner,
  pick: { id: number; expiresAt: Date | null },
  now = new Date(),
): Promise<void> {
  await scheduleAt(client, pickExpiryKey(pick.id), pick.expiresAt, now, (runAt) =>
    enqueue(
      client,
      pickExpiredTask,
      { pickId: pick.id, at: runAt.toISOString() },
      { jobKey: pickExpiryKey(pick.id), runAt },
    ),
  );
}

/** Adds the missing jobs of every future schedule (keeps the time of jobs already there). */
export async function sweepSchedules(now = new Date()) {
  const client = db;
  const [articles, picks] = await Promise.all([
    client.article.findMany({
      where: { status: "PUBLISHED", publishedAt: { gt: now } },
      select: { id: true, publishedAt: true },
    }),
    client.editorPick.findMany({ where: { expiresAt: { gt: now } }, select: { id: true, expiresAt: true } }),
  ]);
  for (const article of articles)
    await enqueue(
      client,
      articleWentLiveTask,
      { articleId: article.id, at: article.publishedAt!.toISOString() },
      { jobKey: wentLiveKey(article.id), runAt: article.publishedAt!, jobKeyMode: "preserve_run_at" },
    );
  for (const pick of picks)
    await enqueue(
      client,
      pickExpiredTask,
      { pickId: pick.id, at: pick.expiresAt!.toISOString() },
      { jobKey: pickExpiryKey(pick.id), runAt: pick.expiresAt!, jobKeyMode: "preserve_run_at" },
    );
  return { articles: articles.length, picks: picks.length };
}

export const goingLiveSweepTask = defineTask<Record<string, never>>("going-live-sweep", async () => {
  await sweepSchedules();
});

export const goingLiveTasks = [articleWentLiveTask, pickExpiredTask, goingLiveSweepTask];
export const goingLiveRecurring: RecurringTask[] = [{ task: goingLiveSweepTask, cron: "* * * * *" }];
