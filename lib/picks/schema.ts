// What the Editor's Pick forms may submit (all FormData values are strings).
import { z } from "zod";
import { translator } from "@/lib/i18n/messages";
import { parseNewsroomDateTime } from "@/lib/site/newsroom-time";
import { NOTE_MAX } from "./limits";

export { NOTE_MAX };

const t = translator("AdminPicksResults");

const id = (what: "Article" | "Pick") =>
  z.coerce
    .number({ error: t(`missing${what}`) })
    .int({ error: t(`invalid${what}`) })
    .positive({ error: t(`invalid${what}`) });

export const addPickSchema = z.object({ articleId: id("Article") });

export const pickIdSchema = z.object({ pickId: id("Pick") });

export const movePickSchema = z.object({
  pickId: id("Pick"),
  direction: z.enum(["up", "down"], { error: t("upOrDown") }),
});

/** Drag and drop sends the whole new order: pick ids, top first. */
export const reorderPicksSchema = z.object({
  order: z
    .string({ error: t("missingOrder") })
    .regex(/^\d{1,10}(,\d{1,10})*$/, { error: t("badOrder") })
    .transform((value) => value.split(",").map(Number)),
});

export const updatePickSchema = z.object({
  pickId: id("Pick"),
  note: z
    .string()
    .trim()
    .max(NOTE_MAX, { error: t("noteLong", { max: NOTE_MAX }) })
    .optional()
    .transform((value) => value || null),
  expiresAt: z
    .string()
    .optional()
    .transform((value, context) => {
      if (!value?.trim()) return null;
      const at = parseNewsroomDateTime(value);
      if (!at) {
        context.addIssue({ code: "custom", message: t("dateTime") });
        return z.NEVER;
      }
      return at;
    }),
});

/** An article id, or empty to let the home page lead with the latest story. */
export const homeLeadSchema = z.object({
  articleId: z.union([z.literal("").transform(() => null), id("Article")], { error: t("missingArticle") }),
});
