// The worker every server starts runs with the whole task list and schedule: a task name the
// crontab cannot parse (graphile-worker allows letters, digits, `_`, `:` and `-` there) would
// stop every server's worker from starting, so this starts it with the real lists.
import { expect, it } from "vitest";
import { allRecurring, allTasks } from "@/lib/jobs/tasks";
import { startJobWorker } from "@/lib/jobs/runner";

it("starts with every task and recurring schedule of the application", async () => {
  expect(allRecurring.map(({ task }) => task.name)).toContain("privacy-retention");
  const worker = await startJobWorker({
    databaseUrl: process.env.DATABASE_URL!,
    tasks: allTasks,
    recurring: allRecurring,
  });
  await worker.stop();
});
