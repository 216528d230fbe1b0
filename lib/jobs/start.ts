// Starts what every server process runs beside Next: the job worker (unless JOBS_IN_SERVER=false,
// e.g. when `npm run jobs` runs it in separate processes) and the tag-expiry listener that applies
// broadcast expiries to this process's caches. Used by instrumentation.ts.
import { listenForTagExpiry } from "@/lib/cache/broadcast";
import { expireTagsInThisServer } from "@/lib/cache/local-expiry";
import { env } from "@/lib/env";
import { startJobWorker, type JobWorker } from "./runner";
import { allRecurring, allTasks } from "./tasks";
import { sweepSchedules } from "@/lib/articles/going-live";

export async function startServerBackground(): Promise<{ stop(): Promise<void> }> {
  const { DATABASE_URL, JOBS_IN_SERVER } = env();
  const listener = listenForTagExpiry(DATABASE_URL, (tags) => expireTagsInThisServer(tags));
  let worker: JobWorker | null = null;
  if (JOBS_IN_SERVER) {
    worker = await startJobWorker({ databaseUrl: DATABASE_URL, tasks: allTasks, recurring: allRecurring });
    // Schedules written while no worker ran (seed, import) get their jobs now, not in a minute.
    await sweepSchedules().catch((error: unknown) => console.warn(`[jobs] sweep failed: ${String(error)}`));
  }
  return {
    async stop() {
      await Promise.all([listener.stop(), worker?.stop()]);
    },
  };
}
