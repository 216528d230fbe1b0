"use server";
// Editor's Pick curation and the home page's lead story. Every change runs in one transaction
// behind the curation lock, keeps the sidebar ranks dense (1..n), records an audit entry and
// refreshes exactly the reader caches it touched: "picks" (the sidebar), "home" (the lead).
// Audit entries of picks target the picked article's id (a pick is one row per article).
import "server-only";
import { expireTags, tags, type CacheTag } from "@/lib/cache/tags";
import { adminAction, type ActionState, type TypedValues } from "@/lib/actions/admin";
import { visibleArticleWhere } from "@/lib/articles/visibility";
import { schedulePickExpiry } from "@/lib/articles/going-live";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { picksPath } from "./paths";
import { isPermutationOf, listedPicks, lockPicks, moveOne, writeRanks, type ListedPick } from "./ranks";
import {
  addPickSchema,
  homeLeadSchema,
  movePickSchema,
  pickIdSchema,
  reorderPicksSchema,
  updatePickSchema,
} from "./schema";

type Tx = Prisma.TransactionClient;
type Tag = CacheTag;

const failed = (message: string): ActionState => ({ status: "error", message });
const done = (message: string): ActionState => ({ status: "ok", message });

/**
 * Runs one curation change under the lock; the change names the reader caches it touched, which
 * are refreshed once it is committed.
 */
async function curate(change: (tx: Tx, touched: Set<Tag>) => Promise<ActionState>): Promise<ActionState> {
  const touched = new Set<Tag>();
  const state = await db.$transaction(async (tx) => {
    await lockPicks(tx);
    return change(tx, touched);
  });
  expireTags(touched);
  return state;
}

/** Picks forms answer on the board, with the search they were posted from. */
const onBoard = { respondTo: (values: TypedValues) => picksPath(values.q ?? null) };

const titleOf = async (tx: Tx, articleId: number) =>
  (await tx.article.findUnique({ where: { id: articleId }, select: { title: true } }))?.title ??
  `article ${articleId}`;

async function saveOrder(
  tx: Tx,
  touched: Set<Tag>,
  userId: number,
  picks: ListedPick[],
  order: number[],
): Promise<void> {
  await writeRanks(tx, picks, order);
  touched.add(tags.picks);
  const articleOf = new Map(picks.map((pick) => [pick.id, pick.articleId]));
  await recordAudit(tx, {
    actorId: userId,
    action: "pick.reorder",
    targetType: "pick",
    details: { before: picks.map((pick) => pick.articleId), after: order.map((id) => articleOf.get(id)!) },
  });
}

export const addPick = adminAction(
  "pick.add",
  "curate",
  addPickSchema,
  onBoard,
  async ({ articleId }, { user }) =>
    curate(async (tx, touched) => {
      const article = await tx.article.findFirst({
        where: { id: articleId, ...visibleArticleWhere(new Date()) },
        select: { title: true },
      });
      if (!article)
        return failed("Only published stories can be picked; this one is not (or no longer) published.");
      const existing = await tx.editorPick.findUnique({ where: { articleId }, select: { isLead: true } });
      if (existing)
        return failed(
          existing.isLead
            ? `"${article.title}" is the home lead story.`
            : `"${article.title}" is already in Editor's Pick.`,
        );
      const rank = (await listedPicks(tx)).length + 1;
      await tx.editorPick.create({ data: { articleId, rank, pickedById: user.id } });
      touched.add(tags.picks);
      await recordAudit(tx, {
        actorId: user.id,
        action: "pick.add",
        targetType: "pick",
        targetId: articleId,
        details: { title: article.title, rank },
      });
      return done(`Added "${article.title}" to Editor's Pick.`);
    }),
);

export const removePick = adminAction(
  "pick.remove",
  "curate",
  pickIdSchema,
  onBoard,
  async ({ pickId }, { user }) =>
    curate(async (tx, touched) => {
      const pick = await tx.editorPick.findUnique({
        where: { id: pickId },
        select: { articleId: true, isLead: true, rank: true, note: true },
      });
      if (!pick || pick.isLead)
        return failed("This pick is no longer in the list. The page shows the current list.");
      const title = await titleOf(tx, pick.articleId);
      await tx.editorPick.delete({ where: { id: pickId } });
      const rest = await listedPicks(tx);
      await writeRanks(
        tx,
        rest,
        rest.map((row) => row.id),
      );
      touched.add(tags.picks);
      await recordAudit(tx, {
        actorId: user.id,
        action: "pick.remove",
        targetType: "pick",
        targetId: pick.articleId,
        details: { title, rank: pick.rank, note: pick.note },
      });
      return done(`Removed "${title}" from Editor's Pick.`);
    }),
);

export const movePick = adminAction(
  "pick.move",
  "curate",
  movePickSchema,
  onBoard,
  async ({ pickId, direction }, { user }) =>
    curate(async (tx, touched) => {
      const picks = await listedPicks(tx);
      const current = picks.map((pick) => pick.id);
      const pick = picks.find((row) => row.id === pickId);
      if (!pick) return failed("This pick is no longer in the list. The page shows the current list.");
      const title = await titleOf(tx, pick.articleId);
      const order = moveOne(current, pickId, direction);
      if (!order) return done(`"${title}" is already at the ${direction === "up" ? "top" : "bottom"}.`);
      await saveOrder(tx, touched, user.id, picks, order);
      return done(`Moved "${title}" ${direction} to position ${order.indexOf(pickId) + 1}.`);
    }),
);

export const reorderPicks = adminAction(
  "pick.reorder",
  "curate",
  reorderPicksSchema,
  onBoard,
  async ({ order }, { user }) =>
    curate(async (tx, touched) => {
      const picks = await listedPicks(tx);
      if (
        !isPermutationOf(
          picks.map((pick) => pick.id),
          order,
        )
      )
        return failed(
          "The list changed while you were editing it. The page now shows the current list; please try again.",
        );
      await saveOrder(tx, touched, user.id, picks, order);
      return done("Saved the new order.");
    }),
);

export const updatePick = adminAction(
  "pick.update",
  "curate",
  updatePickSchema,
  onBoard,
  async ({ pickId, note, expiresAt }, { user, values }) =>
    curate(async (tx, touched) => {
      const pick = await tx.editorPick.findUnique({
        where: { id: pickId },
        select: { articleId: true, note: true, expiresAt: true },
      });
      if (!pick) return failed("This pick is no longer in the list. The page shows the current list.");
      const changes: Record<string, { before: string | null; after: string | null }> = {};
      if (pick.note !== note) changes.note = { before: pick.note, after: note };
      // The form shows minutes: the same minute as stored is no change (and keeps a past
      // expiry when only the note is edited); a new expiry must be in the future.
      const minute = (at: Date | null) => (at ? Math.floor(at.getTime() / 60_000) : null);
      const newExpiry = minute(pick.expiresAt) !== minute(expiresAt);
      if (newExpiry && expiresAt && expiresAt <= new Date()) {
        return {
          status: "error",
          message: "Please correct the highlighted fields.",
          fieldErrors: {
            expiresAt: "Choose a time in the future, or leave it empty to keep the pick until it is removed.",
          },
          values,
        };
      }
      if (newExpiry)
        changes.expiresAt = {
          before: pick.expiresAt?.toISOString() ?? null,
          after: expiresAt?.toISOString() ?? null,
        };
      const title = await titleOf(tx, pick.articleId);
      if (Object.keys(changes).length === 0) return done(`Nothing to change for "${title}".`);
      await tx.editorPick.update({
        where: { id: pickId },
        data: { note, ...(newExpiry ? { expiresAt } : {}) },
      });
      if (newExpiry) await schedulePickExpiry(tx, { id: pickId, expiresAt });
      touched.add(tags.picks);
      await recordAudit(tx, {
        actorId: user.id,
        action: "pick.update",
        targetType: "pick",
        targetId: pick.articleId,
        details: { title, ...changes },
      });
      return done(`Saved the note and expiry of "${title}".`);
    }),
);

/**
 * The home page's lead story: at most one EditorPick row with isLead. A story that was in the
 * sidebar list leaves it (a lead is never listed twice); the previous lead is dropped. An empty
 * choice clears the lead: the home page then leads with the latest story.
 */
export const setHomeLead = adminAction(
  "home.lead",
  "curate",
  homeLeadSchema,
  onBoard,
  async ({ articleId }, { user }) =>
    curate(async (tx, touched) => {
      const previous = await tx.editorPick.findFirst({
        where: { isLead: true },
        select: { id: true, articleId: true },
      });
      if (articleId === null) {
        if (!previous) return done("The home page already leads with the latest story.");
        await tx.editorPick.delete({ where: { id: previous.id } });
        touched.add(tags.home);
        await recordAudit(tx, {
          actorId: user.id,
          action: "home.lead",
          targetType: "pick",
          targetId: previous.articleId,
          details: { cleared: true, previous: previous.articleId },
        });
        return done("Cleared the lead story: the home page now leads with the latest story.");
      }
      if (previous?.articleId === articleId) return done("This story already leads the home page.");
      const article = await tx.article.findFirst({
        where: { id: articleId, ...visibleArticleWhere(new Date()) },
        select: { title: true },
      });
      if (!article)
        return failed(
          "Only published stories can lead the home page; this one is not (or no longer) published.",
        );
      if (previous) await tx.editorPick.delete({ where: { id: previous.id } });
      touched.add(tags.home);
      const wasPicked = await tx.editorPick.findUnique({ where: { articleId }, select: { id: true } });
      if (wasPicked) {
        await tx.editorPick.update({
          where: { id: wasPicked.id },
          data: { isLead: true, rank: 0, expiresAt: null },
        });
        const rest = await listedPicks(tx);
        await writeRanks(
          tx,
          rest,
          rest.map((row) => row.id),
        );
        touched.add(tags.picks); // it leaves the sidebar list
      } else {
        await tx.editorPick.create({ data: { articleId, rank: 0, isLead: true, pickedById: user.id } });
      }
      await recordAudit(tx, {
        actorId: user.id,
        action: "home.lead",
        targetType: "pick",
        targetId: articleId,
        details: {
          title: article.title,
          previous: previous?.articleId ?? null,
          fromPicks: Boolean(wasPicked),
        },
      });
      return done(`"${article.title}" now leads the home page.`);
    }),
);
