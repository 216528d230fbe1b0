// Rate limits shared by every app instance, stored in PostgreSQL (rate-limiter-flexible's
// Postgres store, table `rate_limits` from the migrations), with an in-memory stand-in per
// instance while the database is unreachable.
import "server-only";
import pg from "pg";
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "@/lib/env";

const globalForLimits = globalThis as unknown as {
  ledeRateLimitPool?: pg.Pool;
  ledeLimiters?: Map<string, RateLimiterPostgres>;
};

/** An idle connection dropped by a database restart must not crash the process (pg emits "error"). */
function idleErrorsIgnored(pool: pg.Pool): pg.Pool {
  pool.on("error", () => {});
  return pool;
}

function limiter(
  name: string,
  points: number,
  durationSeconds: number,
  blockSeconds = 0,
): RateLimiterPostgres {
  const limiters = (globalForLimits.ledeLimiters ??= new Map());
  let existing = limiters.get(name);
  if (!existing) {
    const pool = (globalForLimits.ledeRateLimitPool ??= idleErrorsIgnored(
      new pg.Pool({
        connectionString: env().DATABASE_URL,
        max: 3,
      }),
    ));
    existing = new RateLimiterPostgres({
      storeClient: pool,
      storeType: "pool",
      tableName: "rate_limits",
      tableCreated: true,
      keyPrefix: name,
      points,
      duration: durationSeconds,
      blockDuration: blockSeconds,
      // While PostgreSQL is unreachable, the same limits are kept in this process's memory, so
      // a database outage neither throws before the action can answer nor lifts the limits.
      insuranceLimiter: new RateLimiterMemory({
        keyPrefix: name,
        points,
        duration: durationSeconds,
        blockDuration: blockSeconds,
      }),
    });
    limiters.set(name, existing);
  }
  return existing;
}

export const LIMITS = {
  /** Comment submissions and edits per IP. */
  comment: () => limiter("comment", 6, 10 * 60),
  /** Reports per IP. */
  report: () => limiter("report", 20, 60 * 60),
  /** Buttons behind mail links (confirm, unsubscribe, privacy requests), per client address. */
  mailLink: () => limiter("mail-link", 30, 60 * 60),
  /** Staff password-reset requests and link uses, per client address. */
  passwordReset: () => limiter("password-reset", 10, 60 * 60),
  /**
   * Failed sign-ins (lib/auth/sign-in.ts): per address, per account and address (both checked
   * before a password is), and per account (only slows attempts down, never refuses them).
   */
  signInAddress: () => limiter("signin-address", 20, 15 * 60),
  signInAccountAddress: () => limiter("signin-account-address", 5, 15 * 60),
  signInAccount: () => limiter("signin-account-failures", 1000, 15 * 60),
};

/** Consumes one point; returns the seconds to wait when the limit is reached, else null. */
export async function consume(limit: RateLimiterPostgres, key: string): Promise<number | null> {
  try {
    await limit.consume(key);
    return null;
  } catch (error) {
    if (error instanceof RateLimiterRes) return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
    throw error;
  }
}
