// What the Editor's Pick forms may submit (all FormData values are strings).
import { z } from "zod";
import { parseNewsroomDateTime } from "@/lib/site/newsroom-time";

export const NOTE_MAX = 160;

const id = (what: string) =>
  z.coerce
    .number({ error: `Missing ${what}.` })
    .int({ error: `Invalid ${what}.` })
    .positive({ error: `Invalid ${what}.` });

export const addPickSchema = z.object({ articleId: id("article") });

export const pickIdSchema = z.object({ pickId: id("pick") });

export const movePickSchema = z.object({
  pickId: id("pick"),
  direction: z.enum(["up", "down"], { error: "Choose Up or Down." }),
});

/** Drag and drop sends the whole new order: pick ids, top first. */
export const reorderPicksSchema = z.object({
  order: z
    .string({ error: "Missing the new order." })
    .regex(/^\d{1,10}(,\d{1,10})*$/, { error: "The new order is malformed." })
    .transform((value) => value.split(",").map(Number)),
});

export const updatePickSchema = z.object({
  pickId: id("pick"),
  note: z
    .string()
    .trim()
    .max(NOTE_MAX, { error: `Keep the note under ${NOTE_MAX} characters.` })
    .optional()
    .transform((value) => value || null),
  expiresAt: z
    .string()
    .optional()
    .transform((value, context) => {
      if (!value?.trim()) return null;
      const at = parseNewsroomDateTime(value);
      if (!at) {
        context.addIssue({ code: "custom", message: "Enter a date and time, e.g. 2026-12-01 18:00." });
        return z.NEVER;
      }
      return at;
    }),
});

/** An article id, or empty to let the home page lead with the latest story. */
export const homeLeadSchema = z.object({
  articleId: z.union([z.literal("").transform(() => null), id("article")], { error: "Missing article." }),
});
