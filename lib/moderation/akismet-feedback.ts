// A moderator's spam / not-spam decision, told to Akismet (submit-spam / submit-ham) when the
// site uses it. Sent by a job, after the decision's transaction commits and outside the
// moderator's request: Akismet being slow or down never slows moderation, and graphile-worker
// retries with back-off. The job's payload is the comment's id only; the task reads what is
// still stored (text, name, e-mail, website, user agent; the IP address never was).
import "server-only";
import { db } from "@/lib/db";
import { defineTask, enqueue, type SqlRunner } from "@/lib/jobs/runner";
import { akismetConfig, submitDecision } from "@/lib/spam/akismet";

export type AkismetFeedbackPayload = { commentId: number; label: "spam" | "ham" };

export const akismetFeedbackTask = defineTask<AkismetFeedbackPayload>(
  "akismet.feedback",
  async ({ commentId, label }) => {
    const config = akismetConfig();
    if (!config) return; // Akismet was turned off since: nothing to tell.
    const comment = await db.comment.findUnique({
      where: { id: commentId },
      select: {
        body: true,
        authorName: true,
        authorEmail: true,
        authorUrl: true,
        userAgent: true,
        createdAt: true,
      },
    });
    if (!comment) return; // Deleted since.
    await submitDecision(config, label, {
      authorName: comment.authorName,
      authorEmail: comment.authorEmail,
      authorUrl: comment.authorUrl,
      userAgent: comment.userAgent,
      body: comment.body,
      date: comment.createdAt,
    });
  },
);

export const akismetTasks = [akismetFeedbackTask];

/** Queues the decision for Akismet in the caller's transaction; nothing when Akismet is off. */
export async function queueAkismetFeedback(
  client: SqlRunner,
  payload: AkismetFeedbackPayload,
): Promise<void> {
  if (!akismetConfig()) return;
  await enqueue(client, akismetFeedbackTask, payload, {
    // One pending report per comment: a reversed decision replaces the one not yet sent.
    jobKey: `akismet.feedback:${payload.commentId}`,
    maxAttempts: 5,
  });
}
