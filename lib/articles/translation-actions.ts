"use server";
// Linking an article to its translation in the dashboard (EDITOR): audited, and the pages of
// every article of the group refreshed (their language links and hreflang alternates change).
import { updateTag } from "next/cache";
import { z } from "zod";
import { adminAction, type ActionState } from "@/lib/admin/action";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { respondWith } from "@/lib/forms/result";
import {
  linkTranslation,
  resolveArticleReference,
  translationResultPath,
  unlinkTranslation,
} from "./translations";

const id = z.coerce.number().int().positive().max(2_147_483_647);

export const linkArticleTranslation = adminAction(
  "article.translation.link",
  "publish",
  z.object({
    id,
    translation: z.string().trim().min(1, "Enter the id or the address of the translated article."),
  }),
  async (input, user) => {
    const path = translationResultPath(input.id);
    const values = { translation: input.translation };
    const targetId = await resolveArticleReference(input.translation);
    if (targetId === null)
      return respondWith<ActionState>(
        {
          status: "error",
          message: "Please correct the highlighted field.",
          fieldErrors: { translation: "No article has this id or address." },
          values,
        },
        path,
      );
    const result = await db.$transaction(async (tx) => {
      const linked = await linkTranslation(tx, input.id, targetId);
      if (linked.ok)
        await recordAudit(tx, {
          actorId: user.id,
          action: "article.translation.link",
          targetType: "article",
          targetId: input.id,
          details: { translation: targetId },
        });
      return linked;
    });
    if (!result.ok)
      return respondWith<ActionState>(
        {
          status: "error",
          message: "Please correct the highlighted field.",
          fieldErrors: { translation: result.message },
          values,
        },
        path,
      );
    for (const touched of result.touched) updateTag(`article:${touched}`);
    return respondWith<ActionState>({ status: "ok", message: "Translation linked." }, path);
  },
);

export const unlinkArticleTranslation = adminAction(
  "article.translation.unlink",
  "publish",
  z.object({ id }),
  async (input, user) => {
    const touched = await db.$transaction(async (tx) => {
      const ids = await unlinkTranslation(tx, input.id);
      if (ids.length)
        await recordAudit(tx, {
          actorId: user.id,
          action: "article.translation.unlink",
          targetType: "article",
          targetId: input.id,
        });
      return ids;
    });
    for (const articleId of touched) updateTag(`article:${articleId}`);
    return respondWith<ActionState>(
      { status: "ok", message: "Translation link removed." },
      translationResultPath(input.id),
    );
  },
);
