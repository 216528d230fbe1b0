"use server";
// Linking an article to its translation in the dashboard (EDITOR): audited, and the pages of
// every article of the group refreshed (their language links and hreflang alternates change).
import "server-only";
import { z } from "zod";
import { expireTags, tags } from "@/lib/cache/tags";
import { adminAction, type ActionState, type TypedValues } from "@/lib/actions/admin";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import {
  linkTranslation,
  resolveArticleReference,
  translationResultPath,
  unlinkTranslation,
} from "./translations";
import { translator } from "@/lib/i18n/messages";

const t = translator("AdminTranslationResults");

const id = z.coerce.number().int().positive().max(2_147_483_647);

/** A plain form post sees its result on the article's editor. */
const onEditor = { respondTo: (values: TypedValues) => translationResultPath(Number(values.id) || 0) };

export const linkArticleTranslation = adminAction(
  "article.translation.link",
  "publish",
  z.object({
    id,
    translation: z.string().trim().min(1, t("enterReference")),
  }),
  onEditor,
  async (input, { user }): Promise<ActionState> => {
    const values = { translation: input.translation };
    const targetId = await resolveArticleReference(input.translation);
    const refused = (reason: string): ActionState => ({
      status: "error",
      message: t("correctField"),
      fieldErrors: { translation: reason },
      values,
    });
    if (targetId === null) return refused(t("noArticle"));
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
    if (!result.ok) return refused(result.message);
    expireTags(result.touched.map((touched) => tags.article(touched)));
    return { status: "ok", message: t("linked") };
  },
);

export const unlinkArticleTranslation = adminAction(
  "article.translation.unlink",
  "publish",
  z.object({ id }),
  onEditor,
  async (input, { user }): Promise<ActionState> => {
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
    expireTags(touched.map((articleId) => tags.article(articleId)));
    return { status: "ok", message: t("unlinked") };
  },
);
