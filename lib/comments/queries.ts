// Reader-side comment reads, cached under `comments:<articleId>`.
import { cacheTag } from "next/cache";
import { db } from "@/lib/db";

/** Number of approved comments on an article (what readers see in the count). */
export async function getApprovedCommentCount(articleId: number): Promise<number> {
  "use cache";
  cacheTag(`comments:${articleId}`);
  return db.comment.count({ where: { articleId, status: "APPROVED" } });
}
