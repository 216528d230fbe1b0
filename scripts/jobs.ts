// npm run jobs — runs the job worker on its own (beside servers started with
// JOBS_IN_SERVER=false, or as extra capacity): the same tasks and schedules as the server's
// worker; each job still runs once per cluster. Stops on Ctrl-C / SIGTERM after running jobs end.
import { migrate } from "../lib/db/migrate";
import { startJobWorker } from "../lib/jobs/runner";
import { allRecurring, allTasks } from "../lib/jobs/tasks";
import { sweepSchedules } from "../lib/articles/going-live";
import { log, runWithDatabase } from "./lib/run";

await runWithDatabase(async (databaseUrl) => {
  await migrate(databaseUrl, { log });
  const worker = await startJobWorker({ databaseUrl, tasks: allTasks, recurring: allRecurring, log });
  await sweepSchedules();
  log("Job worker running (Ctrl-C to stop).");
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  log("Stopping the job worker…");
  await worker.stop();
});
