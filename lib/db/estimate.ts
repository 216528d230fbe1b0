// The planner's estimate of how many rows a statement returns: an EXPLAIN, planned, never run
// (a fraction of a millisecond). Reads that have two good plans — read a few matches from an
// index, or walk a date order and stop at a page — use it to pick one where PostgreSQL's own
// costing cannot see the difference (a detoasted document per row walked).
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";

export async function estimatedRows(
  client: Pick<PrismaClient, "$queryRaw">,
  statement: Prisma.Sql,
): Promise<number> {
  const [row] = await client.$queryRaw<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }[]>`
    EXPLAIN (FORMAT JSON) ${statement}`;
  return row?.["QUERY PLAN"][0].Plan["Plan Rows"] ?? 0;
}
