// The project's one job runner: graphile-worker on the application's own PostgreSQL (its own
// schema, `graphile_worker`, installed by `migrate()` from SQL shipped inside the package, so it
// works offline). A job is stored in a table and taken by exactly one worker of the cluster,
// retried with back-off when it throws, and kept across restarts: a job whose time passed while
// every instance was down runs as soon as one starts. Recurring tasks (cron) are scheduled once
// per cluster too. Workers run inside each server process (instrumentation.ts) and in the
// `npm run jobs` command.
import { Logger, run, runMigrations, type Runner, type TaskList } from "graphile-worker";

/** A named task and what it does with its JSON payload. */
export type TaskDefinition<Payload> = {
  name: string;
  run(payload: Payload): Promise<void>;
};

export function defineTask<Payload>(
  name: string,
  handler: (payload: Payload) => Promise<void>,
): TaskDefinition<Payload> {
  return { name, run: handler };
}

/** Something that can run SQL: the PrismaClient or a transaction (then the job is added only if it commits). */
export type SqlRunner = {
  $executeRaw(query: TemplateStringsArray, ...values: unknown[]): PromiseLike<number>;
};

export type EnqueueOptions = {
  /**
   * At most one pending job per key. `replace` (default) moves the pending job to the new time
   * and payload; `preserve_run_at` only fills a missing job (keeps a pending job's time).
   */
  jobKey?: string;
  jobKeyMode?: "replace" | "preserve_run_at";
  /** Not before this time (default: now). */
  runAt?: Date;
  maxAttempts?: number;
};

/** Adds a job with graphile-worker's own SQL function, on `client`'s connection or transaction. */
export async function enqueue<Payload>(
  client: SqlRunner,
  task: TaskDefinition<Payload>,
  payload: Payload,
  { jobKey, jobKeyMode = "replace", runAt, maxAttempts = 10 }: EnqueueOptions = {},
): Promise<void> {
  await client.$executeRaw`SELECT graphile_worker.add_job(
    ${task.name}::text,
    ${JSON.stringify(payload)}::json,
    run_at => ${runAt ?? null}::timestamptz,
    max_attempts => ${maxAttempts}::int,
    job_key => ${jobKey ?? null}::text,
    job_key_mode => ${jobKeyMode}::text
  )`;
}

/** Removes a pending job by key (e.g. an unscheduled publication); no-op when there is none. */
export async function cancelJob(client: SqlRunner, jobKey: string): Promise<void> {
  await client.$executeRaw`SELECT graphile_worker.remove_job(${jobKey}::text)`;
}

/** A task run on a cron schedule (minute resolution, UTC), once per cluster. */
export type RecurringTask = { task: TaskDefinition<Record<string, never>>; cron: string };

/** Installs or upgrades the job runner's schema. Safe to run concurrently (it takes a lock). */
export async function installJobSchema(databaseUrl: string): Promise<void> {
  await runMigrations({ connectionString: databaseUrl, logger: quietLogger(() => {}) });
}

export type JobWorker = { stop(): Promise<void> };

export type StartOptions = {
  databaseUrl: string;
  tasks: TaskDefinition<never>[];
  recurring?: RecurringTask[];
  /** Jobs run at the same time by this worker. */
  concurrency?: number;
  /** How often future jobs are looked for; new jobs due now are picked up at once (LISTEN/NOTIFY). */
  pollIntervalMs?: number;
  log?: (message: string) => void;
};

/** Starts a worker; it takes due jobs until stopped. Signals are left to the host process. */
export async function startJobWorker({
  databaseUrl,
  tasks,
  recurring = [],
  concurrency = 2,
  pollIntervalMs = 1_000,
  log = (message) => console.warn(message),
}: StartOptions): Promise<JobWorker> {
  const taskList: TaskList = {};
  for (const task of tasks) {
    taskList[task.name] = async (payload) => {
      await (task.run as (payload: unknown) => Promise<void>)(payload);
    };
  }
  const runner: Runner = await run({
    connectionString: databaseUrl,
    taskList,
    crontab: recurring.map(({ task, cron }) => `${cron} ${task.name}`).join("\n"),
    concurrency,
    pollInterval: pollIntervalMs,
    maxPoolSize: Math.max(2, concurrency + 1),
    noHandleSignals: true,
    logger: quietLogger(log),
  });
  return { stop: () => runner.stop() };
}

/** graphile-worker's logger, reduced to warnings and errors (its info lines are per job). */
function quietLogger(log: (message: string) => void): Logger {
  return new Logger(() => (level, message) => {
    if (level === "error" || level === "warning") log(`[jobs] ${level}: ${message}`);
  });
}
