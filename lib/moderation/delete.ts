// Deleting a comment for good while its conversation stays readable: used by "delete forever"
// (lib/moderation/actions.ts) and by a commenter's erasure when the text is to be deleted.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Removes a comment for good. Its replies are kept: they move up to its parent (one level
 * shallower), and when it started a thread each direct reply starts its own.
 */
export async function deleteKeepingReplies(tx: Prisma.TransactionClient, id: number): Promise<void> {
  await tx.$executeRaw`
    WITH RECURSIVE gone AS (
      SELECT "parentId", "threadNumber" FROM "Comment" WHERE id = ${id}
    ), below AS (
      SELECT c.id, c.id AS root FROM "Comment" c WHERE c."parentId" = ${id}
      UNION ALL
      SELECT c.id, below.root FROM "Comment" c JOIN below ON c."parentId" = below.id
    )
    UPDATE "Comment" c SET
      "parentId" = CASE WHEN c."parentId" = ${id} THEN (SELECT "parentId" FROM gone) ELSE c."parentId" END,
      "threadId" = CASE WHEN (SELECT "parentId" FROM gone) IS NULL THEN below.root ELSE c."threadId" END,
      -- Promoted replies keep the removed thread's place, so no comment page shifts.
      "threadNumber" = CASE WHEN c."parentId" = ${id} AND (SELECT "parentId" FROM gone) IS NULL
        THEN (SELECT "threadNumber" FROM gone) END,
      depth = GREATEST(c.depth - 1, 0)
    FROM below WHERE c.id = below.id`;
  await tx.comment.delete({ where: { id } });
}
