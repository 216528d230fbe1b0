// The retention sweep, once a day for the cluster (the job runner's cron): IP hashes and user
// agents of comments older than the setting (default 90 days), and form results kept for a
// no-JavaScript answer (an hour).
import "server-only";
import { defineTask, type RecurringTask } from "@/lib/jobs/runner";
import { applyRetention } from "./commenter";

export const retentionTask = defineTask<Record<string, never>>("privacy-retention", async () => {
  await applyRetention();
});

export const privacyTasks = [retentionTask];
export const privacyRecurring: RecurringTask[] = [{ task: retentionTask, cron: "17 3 * * *" }];
