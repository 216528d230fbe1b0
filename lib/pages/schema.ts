// The site page form (dashboard): what an editor may type, with messages next to the fields.
import { z } from "zod";
import { translator } from "@/lib/i18n/messages";

const t = translator("AdminPages");

export const RESERVED_PAGE_SLUGS = ["new"] as const;

export const sitePageSchema = z.object({
  id: z.union([z.literal(""), z.coerce.number().int().positive()]).optional(),
  version: z.coerce.number().int().min(0).default(0),
  title: z.string().trim().min(1, t("titleRequired")).max(200, t("titleLong")),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, t("slugRequired"))
    .max(80, t("slugLong"))
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, t("slugFormat"))
    .refine((slug) => !(RESERVED_PAGE_SLUGS as readonly string[]).includes(slug), t("slugReserved")),
  body: z.string().max(100_000, t("bodyLong")),
  published: z.preprocess((value) => value === "on" || value === "true", z.boolean()),
  position: z.coerce
    .number({ message: t("wholeNumber") })
    .int(t("wholeNumber"))
    .min(0, "0 or more.")
    .max(1000, "1000 at most."),
});

export type SitePageInput = z.output<typeof sitePageSchema>;
