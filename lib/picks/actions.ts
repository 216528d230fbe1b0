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
import { CORRECT_FIELDS } from "@/lib/actions/form";
import { translator } from "@/lib/i18n/messages";

const t = translator("AdminPicksResults");

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
      if (!article) return failed(t("notPublished"));
      const existing = await tx.editorPick.findUnique({ where: { articleId }, select: { isLead: true } });
      if (existing)
        return failed(
          existing.isLead
            ? t("isLead", { title: article.title })
            : t("alreadyPicked", { title: article.title }),
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
      return done(t("added", { title: article.title }));
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
      if (!pick || pick.isLead) return failed(t("gone"));
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
      return done(t("removed", { title }));
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
      if (!pick) return failed(t("gone"));
      const title = await titleOf(tx, pick.articleId);
      const order = moveOne(current, pickId, direction);
      if (!order) return done(t("atEdge", { title, direction }));
      await saveOrder(tx, touched, user.id, picks, order);
      return done(t("moved", { title, direction, position: order.indexOf(pickId) + 1 }));
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
        return failed(t("changedMeanwhile"));
      await saveOrder(tx, touched, user.id, picks, order);
      return done(t("orderSaved"));
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
      if (!pick) return failed(t("gone"));
      const changes: Record<string, { before: string | null; after: string | null }> = {};
      if (pick.note !== note) changes.note = { before: pick.note, after: note };
      // The form shows minutes: the same minute as stored is no change (and keeps a past
      // expiry when only the note is edited); a new expiry must be in the future.
      const minute = (at: Date | null) => (at ? Math.floor(at.getTime() / 60_000) : null);
      const newExpiry = minute(pick.expiresAt) !== minute(expiresAt);
      if (newExpiry && expiresAt && expiresAt <= new Date()) {
        return {
          status: "error",
          message: CORRECT_FIELDS,
          fieldErrors: {
            expiresAt: t("futureTime"),
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
      if (Object.keys(changes).length === 0) return done(t("nothingToChange", { title }));
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
      return done(t("detailsSaved", { title }));
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
        if (!previous) return done(t("alreadyLatest"));
        await tx.editorPick.delete({ where: { id: previous.id } });
        touched.add(tags.home);
        await recordAudit(tx, {
          actorId: user.id,
          action: "home.lead",
          targetType: "pick",
          targetId: previous.articleId,
          details: { cleared: true, previous: previous.articleId },
        });
        return done(t("leadCleared"));
      }
      if (previous?.articleId === articleId) return done(t("alreadyLead"));
      const article = await tx.article.findFirst({
        where: { id: articleId, ...visibleArticleWhere(new Date()) },
        select: { title: true },
      });
      if (!article) return failed(t("leadNotPublished"));
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
