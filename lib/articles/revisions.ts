// An article's editable content as one snapshot, and the one write path that saves it: every
// save (editor form or restore) goes through writeArticle, which checks the version the editor
// started from, replaces tags, authors and Read-also links, keeps old slugs redirecting and
// records the snapshot as a new revision.
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { slugify } from "@/lib/text/slug";
import { AUTHOR_FIELD, READ_ALSO_FIELD, READ_ALSO_TITLE_FIELD, type ArticleFormValues } from "./admin-schema";
import { toNewsroomDateTimeInput } from "@/lib/site/newsroom-time";

export type HeroImage = {
  url: string;
  width: number;
  height: number;
  alt: string;
  caption: string | null;
  credit: string | null;
};

export type ArticleSnapshot = {
  title: string;
  slug: string;
  dek: string;
  body: string;
  lang: "en" | "fr";
  sectionId: number;
  /** Tag names, in the editor's order. */
  tags: string[];
  /** Byline order. */
  authorIds: number[];
  readAlso: { targetId: number; afterParagraph: number }[];
  sourceName: string | null;
  sourceUrl: string | null;
  heroImage: HeroImage | null;
  seoTitle: string | null;
  seoDescription: string | null;
  commentsOpen: boolean;
  correction: string | null;
};

/** Publication fields, which a save sets from the workflow action and a restore leaves alone. */
export type Publication = { status: ArticleStatus; publishedAt: Date | null; modifiedAt: Date | null };

export const editableSelect = {
  id: true,
  slug: true,
  title: true,
  dek: true,
  body: true,
  lang: true,
  status: true,
  publishedAt: true,
  modifiedAt: true,
  sectionId: true,
  sourceName: true,
  sourceUrl: true,
  heroImageUrl: true,
  heroImageAlt: true,
  heroImageCaption: true,
  heroImageCredit: true,
  heroImageWidth: true,
  heroImageHeight: true,
  seoTitle: true,
  seoDescription: true,
  commentsOpen: true,
  correction: true,
  version: true,
  updatedAt: true,
  section: { select: { slug: true, name: true } },
  tags: { orderBy: { tag: { name: "asc" } }, select: { tag: { select: { slug: true, name: true } } } },
  authors: {
    orderBy: { position: "asc" },
    select: { author: { select: { id: true, slug: true, name: true } } },
  },
  readAlso: {
    orderBy: [{ afterParagraph: "asc" }, { id: "asc" }],
    select: { targetId: true, afterParagraph: true, target: { select: { title: true } } },
  },
} as const satisfies Prisma.ArticleSelect;

export type EditableArticle = Prisma.ArticleGetPayload<{ select: typeof editableSelect }>;

export function snapshotOf(row: EditableArticle): ArticleSnapshot {
  return {
    title: row.title,
    slug: row.slug,
    dek: row.dek,
    body: row.body,
    lang: row.lang,
    sectionId: row.sectionId,
    tags: row.tags.map(({ tag }) => tag.name),
    authorIds: row.authors.map(({ author }) => author.id),
    readAlso: row.readAlso.map(({ targetId, afterParagraph }) => ({ targetId, afterParagraph })),
    sourceName: row.sourceName,
    sourceUrl: row.sourceUrl,
    heroImage:
      row.heroImageUrl && row.heroImageWidth && row.heroImageHeight
        ? {
            url: row.heroImageUrl,
            width: row.heroImageWidth,
            height: row.heroImageHeight,
            alt: row.heroImageAlt ?? "",
            caption: row.heroImageCaption,
            credit: row.heroImageCredit,
          }
        : null,
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    commentsOpen: row.commentsOpen,
    correction: row.correction,
  };
}

const nullableText = z.string().nullable();
const storedSnapshot = z
  .object({
    title: z.string(),
    slug: z.string(),
    dek: z.string(),
    body: z.string(),
    lang: z.enum(["en", "fr"]),
    sectionId: z.number().int(),
    tags: z.array(z.string()),
    authorIds: z.array(z.number().int()),
    readAlso: z.array(z.object({ targetId: z.number().int(), afterParagraph: z.number().int() })),
    sourceName: nullableText,
    sourceUrl: nullableText,
    heroImage: z
      .object({
        url: z.string(),
        width: z.number().int(),
        height: z.number().int(),
        alt: z.string(),
        caption: nullableText,
        credit: nullableText,
      })
      .nullable(),
    seoTitle: nullableText,
    seoDescription: nullableText,
    commentsOpen: z.boolean(),
    correction: nullableText,
  })
  .partial();

/**
 * A stored revision's snapshot. Older revisions (the demo content's first ones) hold only some
 * fields: the missing ones are taken from `fallback`, the article as it is now.
 */
export function parseSnapshot(json: unknown, fallback: ArticleSnapshot): ArticleSnapshot {
  const parsed = storedSnapshot.safeParse(json);
  if (!parsed.success) return fallback;
  const stored = Object.fromEntries(Object.entries(parsed.data).filter(([, value]) => value !== undefined));
  return { ...fallback, ...stored };
}

/** The publication state recorded with a revision (shown in the revision list; never restored). */
export function revisionPublication(json: unknown): { status: string | null; publishedAt: string | null } {
  const record = (json && typeof json === "object" ? json : {}) as Record<string, unknown>;
  return {
    status: typeof record.status === "string" ? record.status : null,
    publishedAt: typeof record.publishedAt === "string" ? record.publishedAt : null,
  };
}

/** The editor form's values for a snapshot (what the form shows, and what a save sends back). */
export function snapshotToValues(
  snapshot: ArticleSnapshot,
  extra: { id?: number; version?: number; publishedAt?: Date | null; readAlsoTitles?: Map<number, string> },
): ArticleFormValues {
  const values: ArticleFormValues = {
    title: snapshot.title,
    slug: snapshot.slug,
    dek: snapshot.dek,
    body: snapshot.body,
    lang: snapshot.lang,
    sectionId: String(snapshot.sectionId),
    tags: snapshot.tags.join(", "),
    sourceName: snapshot.sourceName ?? "",
    sourceUrl: snapshot.sourceUrl ?? "",
    heroImageUrl: snapshot.heroImage?.url ?? "",
    heroImageAlt: snapshot.heroImage?.alt ?? "",
    heroImageCaption: snapshot.heroImage?.caption ?? "",
    heroImageCredit: snapshot.heroImage?.credit ?? "",
    seoTitle: snapshot.seoTitle ?? "",
    seoDescription: snapshot.seoDescription ?? "",
    correction: snapshot.correction ?? "",
    publishAt: extra.publishedAt ? toNewsroomDateTimeInput(extra.publishedAt) : "",
  };
  if (extra.id) values.id = String(extra.id);
  if (extra.version) values.version = String(extra.version);
  if (snapshot.commentsOpen) values.commentsOpen = "on";
  for (const id of snapshot.authorIds) values[`${AUTHOR_FIELD}${id}`] = "on";
  for (const link of snapshot.readAlso) {
    values[`${READ_ALSO_FIELD}${link.targetId}`] = String(link.afterParagraph);
    values[`${READ_ALSO_TITLE_FIELD}${link.targetId}`] = extra.readAlsoTitles?.get(link.targetId) ?? "";
  }
  return values;
}

/** Someone saved the article after the editor opened it. */
export class VersionConflict extends Error {
  constructor() {
    super("version conflict");
  }
}

/** Why a slug cannot be used, or null when it is free for this article. */
export async function slugConflict(
  tx: Prisma.TransactionClient,
  slug: string,
  articleId: number | null,
): Promise<string | null> {
  const owner = await tx.article.findUnique({ where: { slug }, select: { id: true, title: true } });
  if (owner && owner.id !== articleId)
    return `This slug is already used by “${owner.title}”. Choose another.`;
  const redirect = await tx.slugRedirect.findUnique({
    where: { slug },
    select: { articleId: true, article: { select: { title: true } } },
  });
  if (redirect && redirect.articleId !== articleId) {
    return `This slug used to belong to “${redirect.article.title}” and still redirects there. Choose another.`;
  }
  return null;
}

type WriteInput = {
  /** The article as loaded before the save; null to create one. */
  before: EditableArticle | null;
  /** The version the editor started from (ignored when creating). */
  expectedVersion: number;
  snapshot: ArticleSnapshot;
  publication: Publication;
  editorId: number;
  now: Date;
};

/**
 * Creates or updates the article from a snapshot, in the caller's transaction. Throws
 * VersionConflict when the article is no longer at `expectedVersion` (nothing is written).
 */
export async function writeArticle(
  tx: Prisma.TransactionClient,
  input: WriteInput,
): Promise<EditableArticle> {
  const { before, snapshot, publication } = input;
  const hero = snapshot.heroImage;
  const fields = {
    title: snapshot.title,
    slug: snapshot.slug,
    dek: snapshot.dek,
    body: snapshot.body,
    lang: snapshot.lang,
    sectionId: snapshot.sectionId,
    sourceName: snapshot.sourceName,
    sourceUrl: snapshot.sourceUrl,
    heroImageUrl: hero?.url ?? null,
    heroImageWidth: hero?.width ?? null,
    heroImageHeight: hero?.height ?? null,
    heroImageAlt: hero?.alt ?? null,
    heroImageCaption: hero?.caption ?? null,
    heroImageCredit: hero?.credit ?? null,
    seoTitle: snapshot.seoTitle,
    seoDescription: snapshot.seoDescription,
    commentsOpen: snapshot.commentsOpen,
    correction: snapshot.correction,
    status: publication.status,
    publishedAt: publication.publishedAt,
    modifiedAt: publication.modifiedAt,
  };

  let articleId: number;
  if (before) {
    // The version in the WHERE makes the check and the write one step: a concurrent save
    // waits for this row's lock, then finds the version moved on and updates nothing.
    const updated = await tx.article.updateMany({
      where: { id: before.id, version: input.expectedVersion },
      data: { ...fields, version: { increment: 1 } },
    });
    if (updated.count === 0) throw new VersionConflict();
    articleId = before.id;
    await Promise.all([
      tx.articleAuthor.deleteMany({ where: { articleId } }),
      tx.articleTag.deleteMany({ where: { articleId } }),
      tx.readAlso.deleteMany({ where: { articleId } }),
    ]);
    await keepOldSlugRedirecting(tx, before, snapshot.slug, input.now);
  } else {
    articleId = (await tx.article.create({ data: { ...fields, version: 1 }, select: { id: true } })).id;
  }

  const tagIds: number[] = [];
  for (const name of snapshot.tags) {
    const slug = slugify(name);
    if (!slug) continue;
    const tag = await tx.tag.upsert({
      where: { slug },
      create: { slug, name },
      update: {},
      select: { id: true },
    });
    if (!tagIds.includes(tag.id)) tagIds.push(tag.id);
  }
  const authorIds = [...new Set(snapshot.authorIds)];
  const readAlso = snapshot.readAlso.filter(
    (link, index, all) =>
      link.targetId !== articleId && all.findIndex((other) => other.targetId === link.targetId) === index,
  );
  await Promise.all([
    tx.articleAuthor.createMany({
      data: authorIds.map((authorId, position) => ({ articleId, authorId, position })),
    }),
    tx.articleTag.createMany({ data: tagIds.map((tagId) => ({ articleId, tagId })) }),
    tx.readAlso.createMany({ data: readAlso.map((link) => ({ articleId, ...link })) }),
  ]);

  const after = await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: editableSelect });
  await tx.articleRevision.create({
    data: {
      articleId,
      version: after.version,
      editorId: input.editorId,
      snapshot: {
        ...snapshotOf(after),
        status: after.status,
        publishedAt: after.publishedAt?.toISOString() ?? null,
      } as Prisma.InputJsonValue,
    },
  });
  return after;
}

/** A renamed article that readers may have seen keeps its old URL working. */
async function keepOldSlugRedirecting(
  tx: Prisma.TransactionClient,
  before: EditableArticle,
  newSlug: string,
  now: Date,
) {
  if (before.slug === newSlug) return;
  // Renaming back to an earlier slug: the article owns the URL again.
  await tx.slugRedirect.deleteMany({ where: { slug: newSlug, articleId: before.id } });
  // publishedAt in the past: the article has been live (it may be unpublished now, and back later).
  if (before.publishedAt !== null && before.publishedAt <= now) {
    await tx.slugRedirect.upsert({
      where: { slug: before.slug },
      create: { slug: before.slug, articleId: before.id },
      update: { articleId: before.id },
    });
  }
}
