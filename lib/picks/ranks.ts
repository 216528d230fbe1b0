// Editor's Pick order: the sidebar list (every pick but the home lead) ranked 1..n, dense,
// rewritten in the same transaction as every change. The lead row keeps rank 0.
import type { Prisma } from "@/lib/generated/prisma/client";

/** The order after moving `id` one place up or down; null when it cannot move that way. */
export function moveOne(ids: readonly number[], id: number, direction: "up" | "down"): number[] | null {
  const from = ids.indexOf(id);
  const to = direction === "up" ? from - 1 : from + 1;
  if (from < 0 || to < 0 || to >= ids.length) return null;
  const next = [...ids];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

/** True when `requested` lists exactly the current picks, each once (nobody changed the list meanwhile). */
export function isPermutationOf(current: readonly number[], requested: readonly number[]): boolean {
  if (current.length !== requested.length || new Set(requested).size !== requested.length) return false;
  const known = new Set(current);
  return requested.every((id) => known.has(id));
}

// One key for all curation changes: concurrent edits queue instead of interleaving ranks.
const PICKS_LOCK = 0x1ede_91c5;

export async function lockPicks(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${PICKS_LOCK}::bigint)`;
}

export type ListedPick = { id: number; articleId: number; rank: number };

/** The sidebar picks in their current order. */
export function listedPicks(tx: Prisma.TransactionClient): Promise<ListedPick[]> {
  return tx.editorPick.findMany({
    where: { isLead: false },
    orderBy: [{ rank: "asc" }, { id: "asc" }],
    select: { id: true, articleId: true, rank: true },
  });
}

/** Writes ranks 1..n in the given order (only the rows whose rank changes). */
export async function writeRanks(
  tx: Prisma.TransactionClient,
  picks: readonly ListedPick[],
  order: readonly number[],
): Promise<void> {
  const rankOf = new Map(picks.map((pick) => [pick.id, pick.rank]));
  for (const [index, id] of order.entries()) {
    if (rankOf.get(id) !== index + 1)
      await tx.editorPick.update({ where: { id }, data: { rank: index + 1 } });
  }
}
