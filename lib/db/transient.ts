// Telling a database that is briefly away (restarting, refusing connections, dropping them)
// from a real error, and retrying the former for a bounded time. Public actions run through
// `retryTransient`, so a PostgreSQL restart of a second or two costs the reader nothing.
import { env } from "@/lib/env";
import { databaseReachable } from "@/lib/server/http/readiness";

const TRANSIENT_CODES = new Set([
  // node / pg connection errors
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENOTFOUND",
  // PostgreSQL: connection exceptions and shutdowns
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  "57P01",
  "57P02",
  "57P03",
  // Prisma: cannot reach / timed out / closed / pool timeout / transaction API closed
  "P1001",
  "P1002",
  "P1008",
  "P1017",
  "P2024",
  "P2028",
]);

const TRANSIENT_MESSAGES = [
  /Connection terminated/i,
  /connection (?:is )?(?:closed|refused|reset)/i,
  /Can't reach database server/i,
  /the database system is (?:shutting down|starting up|in recovery mode)/i,
  /terminating connection due to administrator command/i,
  /Client has encountered a connection error/i,
  /timeout exceeded when trying to connect/i,
  /Server has closed the connection/i,
  /Transaction (?:already closed|not found)/i,
  /DatabaseNotReachable|ConnectionClosed|SocketTimeout/,
];

/** True for errors that mean "the database is unreachable right now", anywhere in the cause chain. */
export function isTransientDbError(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 8; depth++) {
    if (typeof current !== "object") return false;
    const { code, message, cause, kind, originalCode } = current as Record<string, unknown>;
    for (const value of [code, originalCode, kind])
      if (typeof value === "string" && TRANSIENT_CODES.has(value)) return true;
    if (typeof message === "string" && TRANSIENT_MESSAGES.some((pattern) => pattern.test(message)))
      return true;
    if (typeof kind === "string" && TRANSIENT_MESSAGES.some((pattern) => pattern.test(kind))) return true;
    current = cause ?? (current as { error?: unknown }).error;
  }
  return false;
}

/**
 * True when `error` means the database is unreachable right now: by its shape, or, for an error
 * that lost its cause on the way, because the database does not answer a probe. A failure inside
 * a "use cache" read reaches its caller as a generic error with a digest in production builds.
 */
export async function isDatabaseOutage(
  error: unknown,
  reachable: () => Promise<boolean> = () => databaseReachable(env().DATABASE_URL),
): Promise<boolean> {
  if (isTransientDbError(error)) return true;
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (typeof digest !== "string" || digest.startsWith("NEXT_")) return false;
  return !(await reachable());
}

export const RETRY_BUDGET_MS = 3_000;

/**
 * Runs `task`, again after a short pause while it fails with a transient database error, for
 * at most `budgetMs` in all; the last error is thrown. Only for idempotent tasks.
 */
export async function retryTransient<T>(
  task: () => Promise<T>,
  { budgetMs = RETRY_BUDGET_MS, sleep = (ms: number) => new Promise((r) => setTimeout(r, ms)) } = {},
): Promise<T> {
  const start = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      return await task();
    } catch (error) {
      const pause = Math.min(100 * 2 ** attempt, 800);
      if (Date.now() - start + pause > budgetMs || !(await isDatabaseOutage(error))) throw error;
      await sleep(pause);
    }
  }
}
