// Starts what every server process runs beside Next: the job worker (unless JOBS_IN_SERVER=false,
// e.g. when `npm run jobs` runs it in separate processes) and the tag-expiry listener that applies
// broadcast expiries to this process's caches. Used by instrumentation.ts.
import { listenForTagExpiry } from "@/lib/cache/broadcast";
import { expireTagsInThisServer } from "@/lib/cache/local-expiry";
import { env } from "@/lib/env";
import { startJobWorker, type JobWorker } from "./runner";
import { allRecurring, allTasks } from "./tasks";
import { sweepSchedules } from "@/lib/articles/going-live";
import { sweepOutbox } from "@/lib/mail/outbox";

export async function startServerBackground(): Promise<{ stop(): Promise<void> }> {
  const { DATABASE_URL, JOBS_IN_SERVER } = env();
  const listener = listenForTagExpiry(DATABASE_URL, (tags) => expireTagsInThisServer(tags));
  let worker: JobWorker | null = null;
  let stopped = false;
  // A server that starts while the database is down still serves its cached pages: the worker
  // is started again every 10 s until it runs, never failing the server's start.
  const startWorker = async (): Promise<void> => {
    try {
      worker = await startJobWorker({ databaseUrl: DATABASE_URL, tasks: allTasks, recurring: allRecurring });
      if (stopped) return void (await worker.stop());
      // Schedules written while no worker ran (seed, import) get their jobs now, not in a minute.
      await sweepSchedules().catch((error: unknown) => console.warn(`[jobs] sweep failed: ${String(error)}`));
      // Queued mail whose job is missing (a restored backup) gets one.
      await sweepOutbox().catch((error: unknown) =>
        console.warn(`[jobs] outbox sweep failed: ${String(error)}`),
      );
    } catch (error) {
      console.warn(`[jobs] the job worker could not start (${String(error)}); trying again in 10 s`);
      if (!stopped) setTimeout(() => void startWorker(), 10_000).unref();
    }
  };
  if (JOBS_IN_SERVER) await startWorker();
  return {
    async stop() {
      stopped = true;
      await Promise.all([listener.stop(), worker?.stop()]);
    },
  };
}
