// Reader queries on read replicas (DATABASE_REPLICA_URL), without ever caching a lagging read.
// Reader pages are cached until a tag expires, and the render that follows an expiry is exactly
// the read that must see the write behind it. So the rule is not "reads go to replicas" but:
// a read goes to a replica only if, at that moment, the replica has replayed the primary's
// current WAL position (it then sees every write committed before the read, like the primary);
// otherwise, or if the replica is unreachable, the read goes to the primary. Writes, transactions
// and raw SQL always use the primary, and so do actions and admin pages, which use `db`.
import type { PrismaClient } from "@/lib/generated/prisma/client";

const READS = new Set([
  "findUnique",
  "findUniqueOrThrow",
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "count",
  "aggregate",
  "groupBy",
]);

/** How reads were served (observability and tests). */
export type ReplicaStats = { replica: number; primary: number; unreachable: number };

export type ReaderClient = PrismaClient & { $replicaStats: ReplicaStats };

type Delegate = Record<string, (args: unknown) => Promise<unknown>>;

export function createReaderClient(
  primary: PrismaClient,
  replicas: PrismaClient[],
  warn: (message: string) => void = (message) => console.warn(message),
): ReaderClient {
  const stats: ReplicaStats = { replica: 0, primary: 0, unreachable: 0 };
  if (replicas.length === 0) return Object.assign(primary, { $replicaStats: stats }) as ReaderClient;
  let next = 0;
  let warned = false;

  async function caughtUpReplica(): Promise<PrismaClient | null> {
    const replica = replicas[next++ % replicas.length]!;
    try {
      const [{ lsn }] = (await primary.$queryRaw<
        { lsn: string }[]
      >`SELECT pg_current_wal_lsn()::text AS lsn`) as [{ lsn: string }];
      const [{ fresh }] = (await replica.$queryRaw<{ fresh: boolean }[]>`
        SELECT coalesce(pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn, false) AS fresh`) as [{ fresh: boolean }];
      warned = false;
      return fresh ? replica : null;
    } catch (error) {
      stats.unreachable++;
      if (!warned) {
        warned = true;
        warn(`[db] read replica unavailable, reading from the primary (${(error as Error).message})`);
      }
      return null;
    }
  }

  const extended = primary.$extends({
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          if (!READS.has(operation)) return query(args);
          const replica = await caughtUpReplica();
          if (!replica) {
            stats.primary++;
            return query(args);
          }
          stats.replica++;
          const delegate = (replica as unknown as Record<string, Delegate>)[
            model.charAt(0).toLowerCase() + model.slice(1)
          ]!;
          return delegate[operation]!(args);
        },
      },
    },
  });
  return Object.assign(extended, { $replicaStats: stats }) as unknown as ReaderClient;
}

/** DATABASE_REPLICA_URL: one or more postgresql:// URLs separated by commas. */
export function replicaUrls(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((url) => url.trim())
    .filter(Boolean);
}
