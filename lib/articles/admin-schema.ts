// The article editor's form: field names, what is accepted and the messages shown next to each
// field, the newsroom-time conversion of the schedule input, and the workflow state of an
// article. Pure (no database), so the editor's client components share it with the server.
import { parseNewsroomDateTime } from "@/lib/site/newsroom-time";
import { z } from "zod";

/** Every field of the form as submitted: FormData strings, which a failed save sends back. */
export type ArticleFormValues = Record<string, string>;

export const INTENTS = ["save", "publish", "schedule", "unpublish", "draft"] as const;
export type Intent = (typeof INTENTS)[number];

export const LIMITS = {
  title: 200,
  slug: 80,
  dek: 500,
  body: 200_000,
  tags: 15,
  tagName: 50,
  source: 120,
  url: 500,
  alt: 300,
  caption: 300,
  credit: 200,
  seoTitle: 120,
  seoDescription: 300,
  correction: 1000,
} as const;

/**
 * Slugs an article cannot take: the second URL segment is shared with the section's own
 * "older stories" pages (/<section>/older/<cursor>).
 */
export const RESERVED_ARTICLE_SLUGS = ["older"] as const;

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// Per-item fields carry the item's id in their name, so a plain form post keeps them all
// (the action wrapper keeps one value per name).
export const AUTHOR_FIELD = "author:";
export const READ_ALSO_FIELD = "readAlso:";
export const READ_ALSO_TITLE_FIELD = "readAlsoTitle:";
export const READ_ALSO_REMOVE_FIELD = "readAlsoRemove:";

/** Optional single-line text: trimmed, empty → null. */
const optionalText = (max: number, label: string) =>
  z
    .string()
    .optional()
    .transform((value) => value?.trim() ?? "")
    .pipe(z.string().max(max, `${label} is too long (${max} characters at most).`))
    .transform((value) => value || null);

const optionalInt = z
  .string()
  .optional()
  .transform((value) => (value && /^\d{1,9}$/.test(value) ? Number(value) : undefined));

const webUrl = z
  .string()
  .optional()
  .transform((value) => value?.trim() ?? "")
  .pipe(z.string().max(LIMITS.url, `The address is too long (${LIMITS.url} characters at most).`))
  .refine((value) => {
    if (!value) return true;
    try {
      const url = new URL(value);
      return url.protocol === "https:" || url.protocol === "http:";
    } catch {
      return false;
    }
  }, "Enter a full web address starting with https://, or leave it empty.")
  .transform((value) => value || null);

const checkbox = z
  .string()
  .optional()
  .transform((value) => value === "on");

export const articleFormSchema = z
  .object({
    id: optionalInt,
    version: optionalInt,
    /** Set when the editor chose to replace a version saved by someone else in the meantime. */
    overwriteVersion: optionalInt,
    intent: z.enum(INTENTS).catch("save"),
    title: z
      .string()
      .optional()
      .transform((value) => (value ?? "").replace(/\s+/g, " ").trim())
      .pipe(
        z
          .string()
          .min(1, "Enter a title.")
          .max(LIMITS.title, `The title is too long (${LIMITS.title} characters at most).`),
      ),
    slug: z
      .string()
      .optional()
      .transform((value) => (value ?? "").trim().toLowerCase())
      .pipe(
        z
          .string()
          .max(LIMITS.slug, `The slug is too long (${LIMITS.slug} characters at most).`)
          .refine(
            (value) => value === "" || SLUG_PATTERN.test(value),
            "Use lower-case letters, digits and single hyphens only (like my-article-title).",
          )
          .refine(
            (value) => !(RESERVED_ARTICLE_SLUGS as readonly string[]).includes(value),
            "This slug is used by the site itself; choose another.",
          ),
      ),
    dek: z
      .string()
      .optional()
      .transform((value) => (value ?? "").replace(/\s+/g, " ").trim())
      .pipe(z.string().max(LIMITS.dek, `The dek is too long (${LIMITS.dek} characters at most).`)),
    body: z
      .string()
      .optional()
      .transform((value) => (value ?? "").replace(/\r\n?/g, "\n").trim())
      .pipe(
        z
          .string()
          .max(LIMITS.body, `The body is too long (${LIMITS.body.toLocaleString("en")} characters at most).`),
      ),
    sectionId: z
      .string()
      .optional()
      .transform((value) => (value && /^\d{1,9}$/.test(value) ? Number(value) : 0))
      .pipe(z.number().int().positive("Choose a section.")),
    lang: z.enum(["en", "fr"], { error: "Choose the article's language." }),
    tags: z
      .string()
      .optional()
      .transform((value) => parseTagNames(value ?? ""))
      .pipe(
        z
          .array(z.string().max(LIMITS.tagName, `A tag is too long (${LIMITS.tagName} characters at most).`))
          .max(LIMITS.tags, `Use at most ${LIMITS.tags} tags.`),
      ),
    sourceName: optionalText(LIMITS.source, "The source name"),
    sourceUrl: webUrl,
    heroImageUrl: optionalText(LIMITS.url, "The image address"),
    heroImageAlt: optionalText(LIMITS.alt, "The alternative text"),
    heroImageCaption: optionalText(LIMITS.caption, "The caption"),
    heroImageCredit: optionalText(LIMITS.credit, "The credit"),
    removeHeroImage: checkbox,
    /** A new image file; browsers send an empty one when none was chosen. */
    heroImage: z.custom<File>((value) => value instanceof File).optional(),
    seoTitle: optionalText(LIMITS.seoTitle, "The SEO title"),
    seoDescription: optionalText(LIMITS.seoDescription, "The SEO description"),
    commentsOpen: checkbox,
    correction: optionalText(LIMITS.correction, "The correction note"),
    /** datetime-local in the newsroom's time zone; only read when scheduling. */
    publishAt: z.string().optional().default(""),
  })
  .superRefine((input, context) => {
    if ((input.intent === "publish" || input.intent === "schedule") && input.body === "") {
      context.addIssue({ code: "custom", path: ["body"], message: "Write the body before publishing." });
    }
    if (input.sourceUrl && !input.sourceName) {
      context.addIssue({
        code: "custom",
        path: ["sourceName"],
        message: "Name the source the link points to.",
      });
    }
    if (input.intent === "schedule" && !parseNewsroomDateTime(input.publishAt)) {
      context.addIssue({
        code: "custom",
        path: ["publishAt"],
        message: "Enter the date and time to publish at.",
      });
    }
  });

export type ArticleFormInput = z.output<typeof articleFormSchema>;

/** "Ukraine, OTAN, ukraine" → ["Ukraine", "OTAN"]: trimmed, blanks dropped, first spelling kept. */
export function parseTagNames(text: string): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const raw of text.split(",")) {
    const name = raw.replace(/\s+/g, " ").trim();
    const key = name.toLocaleLowerCase("en");
    if (!name || seen.has(key)) continue;
    seen.add(key);
    names.push(name);
  }
  return names;
}

/** Selected author ids in form order (the byline order). */
export function authorIdsFromValues(values: ArticleFormValues): number[] {
  return idsWithPrefix(values, AUTHOR_FIELD)
    .filter(([, value]) => value === "on")
    .map(([id]) => id);
}

export type ReadAlsoChoice = { targetId: number; afterParagraph: number; title: string; removed: boolean };

/** The Read-also rows of the form, in form order. */
export function readAlsoFromValues(values: ArticleFormValues): ReadAlsoChoice[] {
  return idsWithPrefix(values, READ_ALSO_FIELD).map(([targetId, value]) => ({
    targetId,
    afterParagraph: /^\d{1,6}$/.test(value) ? Number(value) : 0,
    title: values[`${READ_ALSO_TITLE_FIELD}${targetId}`] ?? "",
    removed: values[`${READ_ALSO_REMOVE_FIELD}${targetId}`] === "on",
  }));
}

function idsWithPrefix(values: ArticleFormValues, prefix: string): [number, string][] {
  const found: [number, string][] = [];
  for (const [key, value] of Object.entries(values)) {
    if (!key.startsWith(prefix)) continue;
    const id = key.slice(prefix.length);
    if (/^\d{1,9}$/.test(id) && !found.some(([seen]) => seen === Number(id))) found.push([Number(id), value]);
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Workflow state. The database has DRAFT | PUBLISHED | ARCHIVED; "scheduled" is PUBLISHED with
// a future publication time, and becomes "published" by itself when that time comes.

export type ArticleState = "draft" | "scheduled" | "published" | "archived";

export function articleState(
  article: { status: string; publishedAt: Date | string | null },
  now: Date,
): ArticleState {
  if (article.status === "DRAFT") return "draft";
  if (article.status === "ARCHIVED") return "archived";
  return article.publishedAt !== null && new Date(article.publishedAt) > now ? "scheduled" : "published";
}

export const STATE_LABELS: Record<ArticleState, string> = {
  draft: "Draft",
  scheduled: "Scheduled",
  published: "Published",
  archived: "Archived",
};
