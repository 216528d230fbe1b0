// The site page form (dashboard): what an editor may type, with messages next to the fields.
import { z } from "zod";

export const RESERVED_PAGE_SLUGS = ["new"] as const;

export const sitePageSchema = z.object({
  id: z.union([z.literal(""), z.coerce.number().int().positive()]).optional(),
  version: z.coerce.number().int().min(0).default(0),
  title: z
    .string()
    .trim()
    .min(1, "Give the page a title.")
    .max(200, "The title is too long (200 characters at most)."),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "Give the page an address (slug).")
    .max(80, "The slug is too long (80 characters at most).")
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lower-case letters, digits and single hyphens only.")
    .refine((slug) => !(RESERVED_PAGE_SLUGS as readonly string[]).includes(slug), "This slug is reserved."),
  body: z.string().max(100_000, "The text is too long (100,000 characters at most)."),
  published: z.preprocess((value) => value === "on" || value === "true", z.boolean()),
  position: z.coerce
    .number({ message: "Enter a whole number." })
    .int("Enter a whole number.")
    .min(0, "0 or more.")
    .max(1000, "1000 at most."),
});

export type SitePageInput = z.output<typeof sitePageSchema>;
