// Query plans of what a function really sends: records the statements it runs (through node-
// postgres, so Prisma's and raw ones alike), then EXPLAINs each one that reads "Comment" on a
// connection where sequential scans are priced out. A statement that still scans the table has
// no index to serve it: the plan says "Seq Scan on \"Comment\"".
import pg from "pg";
import { inject, vi } from "vitest";

type Statement = { text: string; values: unknown[] };

export async function statementsOf(run: () => Promise<unknown>): Promise<Statement[]> {
  const statements: Statement[] = [];
  const original = pg.Client.prototype.query;
  const spy = vi.spyOn(pg.Client.prototype, "query").mockImplementation(function (
    this: pg.Client,
    ...args: unknown[]
  ) {
    const [first, second] = args;
    if (typeof first === "string") statements.push({ text: first, values: (second as unknown[]) ?? [] });
    else if (first && typeof first === "object" && "text" in first)
      statements.push({
        text: (first as { text: string }).text,
        values: (first as { values?: unknown[] }).values ?? [],
      });
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original);
  try {
    await run();
  } finally {
    spy.mockRestore();
  }
  return statements.filter(
    (statement) => /"Comment"/.test(statement.text) && /^\s*(SELECT|WITH)/i.test(statement.text),
  );
}

/**
 * The plans of `run`'s statements on "Comment", with sequential scans priced out, and
 * optionally other plan shapes (`SET` settings such as "enable_sort = off"): on test-sized
 * tables the planner's pick between equally cheap indexes follows whatever statistics other
 * test files left, so a test of what an index can serve prices out the alternatives.
 */
export async function commentPlans(run: () => Promise<unknown>, settings: string[] = []): Promise<string[]> {
  const statements = await statementsOf(run);
  const client = new pg.Client({ connectionString: inject("databaseUrl") });
  await client.connect();
  try {
    for (const setting of ["enable_seqscan = off", ...settings]) await client.query(`SET ${setting}`);
    const plans: string[] = [];
    for (const statement of statements) {
      const { rows } = await client.query<{ "QUERY PLAN": string }>(
        `EXPLAIN ${statement.text}`,
        statement.values,
      );
      plans.push(rows.map((row) => row["QUERY PLAN"]).join("\n"));
    }
    return plans;
  } finally {
    await client.end();
  }
}

export const SEQ_SCAN_ON_COMMENT = /Seq Scan on "Comment"/;
