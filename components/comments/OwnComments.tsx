import { cookies } from "next/headers";
import { connection } from "next/server";
import type { EditState } from "@/lib/comments/actions";
import { ownCommentIds } from "@/lib/comments/cookies";
import { getOwnComments } from "@/lib/comments/queries";
import { isDatabaseOutage } from "@/lib/db/transient";
import { OwnCommentList } from "./OwnCommentsIsland";

/**
 * The visitor's own held or editable comments, rendered on the server from their signed cookie:
 * only on the respond page, which is rendered per request (the cached article page uses
 * OwnCommentsIsland instead).
 */
export async function OwnComments({
  articleId,
  edited,
}: {
  articleId: number;
  edited?: { commentId: number; state: EditState };
}) {
  await connection();
  let own: Awaited<ReturnType<typeof getOwnComments>>;
  try {
    own = await getOwnComments(ownCommentIds(await cookies()), articleId, new Date());
  } catch (error) {
    // The database is away: the page (the post's answer, the form) shows without them.
    if (await isDatabaseOutage(error)) return null;
    throw error;
  }
  if (own.length === 0) return null;
  return <OwnCommentList comments={own} articleId={articleId} edited={edited} />;
}
