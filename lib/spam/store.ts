// What the filter learned on this site, in PostgreSQL: SpamToken (per-token counts),
// SpamCorpus (message totals, one row id = 1) and SpamWeight (the linear model's changes to the
// built-in weights, by hashed bucket; see linear.ts). Every function takes the client to use, so a
// moderation action can learn inside its own transaction; `db` otherwise.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Label, Model } from "./classifier";
import { BIAS_BUCKET, featuresOf, sparseLookup } from "./linear";

/** The PrismaClient or an interactive transaction's client. */
export type SpamDbClient = PrismaClient | Prisma.TransactionClient;

function uniqueSorted(tokens: Iterable<string>): string[] {
  // Sorted so concurrent learners lock rows in the same order (no deadlocks).
  return [...new Set(tokens)].sort();
}

/** The learned counts of `tokens` (only those rows are read) and the learned totals. */
export async function loadModelFor(tokens: Iterable<string>, client: SpamDbClient = db): Promise<Model> {
  const wanted = [...new Set(tokens)];
  const rows = wanted.length
    ? await client.spamToken.findMany({
        where: { token: { in: wanted } },
        select: { token: true, spamCount: true, hamCount: true },
      })
    : [];
  const corpus = await client.spamCorpus.findUnique({
    where: { id: 1 },
    select: { spamTotal: true, hamTotal: true },
  });
  const counts: Model["counts"] = new Map();
  for (const row of rows) counts.set(row.token, { spam: row.spamCount, ham: row.hamCount });
  const buckets = [...featuresOf(wanted), BIAS_BUCKET];
  const weights = await client.spamWeight.findMany({
    where: { bucket: { in: buckets } },
    select: { bucket: true, weight: true },
  });
  return {
    spamTotal: corpus?.spamTotal ?? 0,
    hamTotal: corpus?.hamTotal ?? 0,
    counts,
    linear: sparseLookup(new Map(weights.map((row) => [row.bucket, row.weight]))),
  };
}

/**
 * Adds `step` to the site's weight of each bucket of `tokens` (one statement; buckets in order
 * so concurrent learners lock rows in the same order).
 */
export async function addWeights(
  tokens: Iterable<string>,
  step: number,
  client: SpamDbClient = db,
): Promise<void> {
  const buckets = [...featuresOf(tokens)].sort((a, b) => a - b);
  if (buckets.length === 0 || step === 0 || !Number.isFinite(step)) return;
  await client.$executeRaw`
    INSERT INTO "SpamWeight" ("bucket", "weight", "updatedAt")
    SELECT bucket, ${step}::float8, now() AT TIME ZONE 'UTC'
    FROM unnest(${buckets}::int[]) AS bucket
    ORDER BY bucket
    ON CONFLICT ("bucket") DO UPDATE SET
      "weight" = "SpamWeight"."weight" + EXCLUDED."weight",
      "updatedAt" = EXCLUDED."updatedAt"`;
}

/**
 * Learns one message: +1 for each of its (distinct) tokens and for the label's total, in one
 * statement (an upsert of all tokens from unnest(), and the corpus row in the same statement).
 */
export async function learn(
  tokens: Iterable<string>,
  label: Label,
  client: SpamDbClient = db,
): Promise<void> {
  const unique = uniqueSorted(tokens);
  const spam = label === "spam" ? 1 : 0;
  const ham = 1 - spam;
  await client.$executeRaw`
    WITH learned AS (
      INSERT INTO "SpamToken" ("token", "spamCount", "hamCount", "updatedAt")
      SELECT token, ${spam}::int, ${ham}::int, now() AT TIME ZONE 'UTC'
      FROM unnest(${unique}::text[]) AS token
      ORDER BY token
      ON CONFLICT ("token") DO UPDATE SET
        "spamCount" = "SpamToken"."spamCount" + EXCLUDED."spamCount",
        "hamCount" = "SpamToken"."hamCount" + EXCLUDED."hamCount",
        "updatedAt" = EXCLUDED."updatedAt"
      RETURNING 1
    )
    INSERT INTO "SpamCorpus" ("id", "spamTotal", "hamTotal", "updatedAt")
    VALUES (1, ${spam}::int, ${ham}::int, now() AT TIME ZONE 'UTC')
    ON CONFLICT ("id") DO UPDATE SET
      "spamTotal" = "SpamCorpus"."spamTotal" + EXCLUDED."spamTotal",
      "hamTotal" = "SpamCorpus"."hamTotal" + EXCLUDED."hamTotal",
      "updatedAt" = EXCLUDED."updatedAt"`;
}

/**
 * Forgets one message learned with `learn` (a moderator reversed the decision): −1 for each
 * token and the label's total, never below zero. One statement.
 */
export async function unlearn(
  tokens: Iterable<string>,
  label: Label,
  client: SpamDbClient = db,
): Promise<void> {
  const unique = uniqueSorted(tokens);
  const spam = label === "spam" ? 1 : 0;
  const ham = 1 - spam;
  await client.$executeRaw`
    WITH forgotten AS (
      UPDATE "SpamToken" SET
        "spamCount" = GREATEST("spamCount" - ${spam}::int, 0),
        "hamCount" = GREATEST("hamCount" - ${ham}::int, 0),
        "updatedAt" = now() AT TIME ZONE 'UTC'
      WHERE "token" = ANY(${unique}::text[])
      RETURNING 1
    )
    UPDATE "SpamCorpus" SET
      "spamTotal" = GREATEST("spamTotal" - ${spam}::int, 0),
      "hamTotal" = GREATEST("hamTotal" - ${ham}::int, 0),
      "updatedAt" = now() AT TIME ZONE 'UTC'
    WHERE "id" = 1`;
}
