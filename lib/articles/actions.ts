"use server";
// Dashboard article actions: save (create/update) with the workflow step chosen by the button
// (save, publish now, schedule, unpublish, back to draft), restore a revision, delete a draft,
// and the editor's live body preview. Saves are version-checked (two editors never silently
// overwrite each other), keep a revision each, and refresh exactly the reader caches touched.
import "server-only";
import { articleReaderTags } from "./cache-tags";
import { randomBytes } from "node:crypto";
import { expireTags, tags as cacheTags, type CacheTag } from "@/lib/cache/tags";
import { redirect } from "next/navigation";
import { z } from "zod";
import { adminAction, type ActionState, type TypedValues } from "@/lib/actions/admin";
import { recordAudit } from "@/lib/audit/record";
import { scheduleGoingLive } from "./going-live";
import { authorizeAction, type StaffUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { slugify } from "@/lib/text/slug";
import {
  articleFormSchema,
  articleState,
  authorIdsFromValues,
  LIMITS,
  readAlsoFromValues,
  RESERVED_ARTICLE_SLUGS,
  type ArticleFormInput,
  type ArticleFormValues,
  type ArticleState,
} from "./admin-schema";
import { parseNewsroomDateTime } from "@/lib/site/newsroom-time";
import { formatNewsroomTime } from "@/lib/site/newsroom-format";
import { CORRECT_FIELDS } from "@/lib/actions/form";
import { translator } from "@/lib/i18n/messages";
import { isDeletable, renderBodyPreview } from "./admin-queries";
import { countParagraphs } from "./render";
import {
  editableSelect,
  parseSnapshot,
  slugConflict,
  snapshotOf,
  snapshotToValues,
  VersionConflict,
  writeArticle,
  type ArticleSnapshot,
  type EditableArticle,
  type HeroImage,
  type Publication,
} from "./revisions";
import { storedImageSize, storeHeroImage, UploadRejected } from "./uploads";
import { articleHref, isVisible } from "./visibility";

const t = translator("AdminArticleResults");

type FieldErrors = Record<string, string>;

const editorPath = (id: number | undefined) => (id ? `/admin/articles/${id}` : "/admin/articles/new");

/**
 * Where a plain (no-JavaScript) post lands: the form's page with a one-off token, so the stored
 * result is shown for this post only and a later visit shows the article as it is.
 */
const resultPath = (path: string) => `${path}?result=${randomBytes(6).toString("base64url")}`;

/** A positive id typed in a field, for the no-JavaScript answer's address (which must not fail). */
const typedId = (value: string | undefined) =>
  value && /^\d{1,10}$/.test(value) ? Number(value) : undefined;

/** The editor's forms answer on the editor (a new article's on the new-article page). */
const onEditor = { respondTo: (values: TypedValues) => resultPath(editorPath(typedId(values.id))) };

// ---------------------------------------------------------------------------------------------
// Save

export const saveArticle = adminAction(
  "article.save",
  "publish",
  articleFormSchema,
  onEditor,
  async (input, { user, values: typed }) => {
    // Every text field typed (the button pressed aside), so a failed save gives it all back.
    const { intent: _intent, ...values }: ArticleFormValues = typed;
    const fail = async (message: string, fieldErrors?: FieldErrors, extra?: ArticleFormValues) =>
      ({ status: "error", message, fieldErrors, values: { ...values, ...extra } }) satisfies ActionState;
    const now = new Date();

    const before = input.id
      ? await db.article.findUnique({ where: { id: input.id }, select: editableSelect })
      : null;
    if (input.id && !before) return fail(t("gone"));
    const expectedVersion = input.overwriteVersion ?? input.version;
    if (before && expectedVersion === undefined) return fail(t("noVersion"));

    // The image first: once stored it is kept (in the returned values) even when another field
    // needs correcting, so nobody has to choose it again.
    const file = input.heroImage;
    let uploaded: HeroImage | null = null;
    if (file instanceof File && file.size > 0) {
      try {
        const stored = await storeHeroImage(file, now);
        uploaded = {
          url: stored.url,
          width: stored.width,
          height: stored.height,
          alt: "",
          caption: null,
          credit: null,
        };
      } catch (error) {
        if (error instanceof UploadRejected) return fail(error.message, { heroImage: error.message });
        throw error;
      }
    }
    const kept: ArticleFormValues = uploaded ? { heroImageUrl: uploaded.url, removeHeroImage: "" } : {};

    const built = await buildSnapshot(input, values, before, uploaded);
    const step = publicationFor(input, before, now);
    const fieldErrors = { ...built.fieldErrors, ...step.fieldErrors };
    if (Object.keys(fieldErrors).length > 0 || !built.snapshot || !step.status) {
      return fail(
        Object.values(fieldErrors).length === 1 ? Object.values(fieldErrors)[0]! : CORRECT_FIELDS,
        fieldErrors,
        kept,
      );
    }
    const { snapshot } = built;
    const publication: Publication = {
      ...step.status,
      modifiedAt: modifiedAtAfter(before, snapshot, step.status, now),
    };

    let saved: Saved;
    try {
      saved = await db.$transaction(async (tx) => {
        const after = await writeArticle(tx, {
          before,
          expectedVersion: expectedVersion ?? 1,
          snapshot,
          publication,
          editorId: user.id,
          now,
        });
        await auditSave(tx, user, before, after, input.intent, now);
        await scheduleGoingLive(tx, after, now);
        return { after, referrers: await referrersOf(tx, after.id) };
      });
    } catch (error) {
      if (error instanceof VersionConflict)
        return fail(await conflictMessage(before!.id), undefined, {
          ...kept,
          latestVersion: String(await currentVersion(before!.id)),
        });
      if (isSlugTaken(error)) return fail(t("slugTaken"), { slug: t("slugTaken") }, kept);
      throw error;
    }

    expireTags(touchedCacheTags(before, saved.after, saved.referrers));
    if (!before) redirect(`/admin/articles/${saved.after.id}?notice=created`);
    return {
      status: "ok",
      message: successMessage(input.intent, saved.after, now),
      values: snapshotToValues(snapshotOf(saved.after), {
        id: saved.after.id,
        version: saved.after.version,
        publishedAt: saved.after.status === "PUBLISHED" ? saved.after.publishedAt : null,
        readAlsoTitles: new Map(saved.after.readAlso.map((link) => [link.targetId, link.target.title])),
      }),
    } satisfies ActionState;
  },
);

type Saved = { after: EditableArticle; referrers: number[] };

/** The form as a snapshot, with a message for every field that cannot be saved as it is. */
async function buildSnapshot(
  input: ArticleFormInput,
  values: ArticleFormValues,
  before: EditableArticle | null,
  uploaded: HeroImage | null,
): Promise<{ snapshot?: ArticleSnapshot; fieldErrors: FieldErrors }> {
  const fieldErrors: FieldErrors = {};
  const articleId = before?.id ?? null;

  const slug = input.slug || slugify(input.title, LIMITS.slug);
  if (!slug) fieldErrors.slug = t("slugEmpty");
  else if ((RESERVED_ARTICLE_SLUGS as readonly string[]).includes(slug)) fieldErrors.slug = t("slugReserved");
  else if (slug !== before?.slug) {
    const conflict = await slugConflict(db, slug, articleId);
    if (conflict) fieldErrors.slug = conflict;
  }

  const authorIds = authorIdsFromValues(values);
  const [section, authors] = await Promise.all([
    db.section.findUnique({ where: { id: input.sectionId }, select: { id: true } }),
    authorIds.length ? db.author.findMany({ where: { id: { in: authorIds } }, select: { id: true } }) : [],
  ]);
  if (!section) fieldErrors.sectionId = t("sectionGone");
  if (authors.length !== authorIds.length) fieldErrors.authors = t("authorGone");

  const unsluggable = input.tags.find((name) => !slugify(name));
  if (unsluggable) fieldErrors.tags = `The tag “${unsluggable}” needs at least one letter or digit.`;

  const readAlso = await readAlsoLinks(input.body, values, articleId);
  if (readAlso.error) fieldErrors.readAlso = readAlso.error;

  const hero = await heroImageFor(input, before, uploaded);
  if (hero.error) fieldErrors.heroImage = hero.error;
  if (hero.image && !input.heroImageAlt) fieldErrors.heroImageAlt = t("altRequired");

  if (Object.keys(fieldErrors).length > 0) return { fieldErrors };
  return {
    fieldErrors,
    snapshot: {
      title: input.title,
      slug,
      dek: input.dek,
      body: input.body,
      lang: input.lang,
      sectionId: input.sectionId,
      tags: input.tags,
      authorIds,
      readAlso: readAlso.links,
      sourceName: input.sourceName,
      sourceUrl: input.sourceUrl,
      heroImage: hero.image && {
        ...hero.image,
        alt: input.heroImageAlt ?? "",
        caption: input.heroImageCaption,
        credit: input.heroImageCredit,
      },
      seoTitle: input.seoTitle,
      seoDescription: input.seoDescription,
      commentsOpen: input.commentsOpen,
      correction: input.correction,
    },
  };
}

/** The hero image after this save: a new upload, the one already there, or none. */
async function heroImageFor(
  input: ArticleFormInput,
  before: EditableArticle | null,
  uploaded: HeroImage | null,
): Promise<{ image: HeroImage | null; error?: string }> {
  if (uploaded) return { image: uploaded };
  if (input.removeHeroImage || !input.heroImageUrl) return { image: null };
  const url = input.heroImageUrl;
  if (before?.heroImageUrl === url && before.heroImageWidth && before.heroImageHeight) {
    return {
      image: {
        url,
        width: before.heroImageWidth,
        height: before.heroImageHeight,
        alt: "",
        caption: null,
        credit: null,
      },
    };
  }
  // An image uploaded by an earlier attempt of this form (sent back in its values): only our
  // own uploads, measured again from the stored file.
  const size = await storedImageSize(url);
  return size
    ? { image: { url, ...size, alt: "", caption: null, credit: null } }
    : { image: null, error: t("imageGone") };
}

/**
 * The Read-also rows of the form (minus removed ones), plus one added by URL, slug or id
 * (the form's fallback without JavaScript): published targets only, at an existing paragraph.
 */
async function readAlsoLinks(body: string, values: ArticleFormValues, articleId: number | null) {
  const links = readAlsoFromValues(values)
    .filter((link) => !link.removed)
    .map(({ targetId, afterParagraph }) => ({ targetId, afterParagraph }));
  const reference = (values.readAlsoAdd ?? "").trim();
  if (reference) {
    const target = await findTargetByReference(reference);
    if (!target) return { links, error: `No published article matches “${reference.slice(0, 80)}”.` };
    const paragraph = Number(values.readAlsoAddParagraph);
    if (!links.some((link) => link.targetId === target.id))
      links.push({
        targetId: target.id,
        afterParagraph: Number.isInteger(paragraph) && paragraph > 0 ? paragraph : 1,
      });
  }
  if (links.length === 0) return { links };
  if (links.some((link) => link.targetId === articleId)) return { links, error: t("selfLink") };
  const paragraphs = countParagraphs(body);
  const outside = links.find((link) => link.afterParagraph < 1 || link.afterParagraph > paragraphs);
  if (outside) {
    return {
      links,
      error: paragraphs === 0 ? t("bodyFirst") : t("paragraphRange", { count: paragraphs }),
    };
  }
  const found = await db.article.count({
    where: { id: { in: links.map((link) => link.targetId) }, status: "PUBLISHED" },
  });
  if (found !== links.length) return { links, error: t("targetGone") };
  return { links };
}

/** "/world/some-slug", a full URL, a slug or an id → the published article it names. */
async function findTargetByReference(reference: string) {
  let slug = reference;
  try {
    slug = new URL(reference, "http://x").pathname;
  } catch {
    // not a URL: a slug or an id
  }
  const last = slug.split("/").filter(Boolean).at(-1) ?? "";
  const where = /^\d{1,9}$/.test(last)
    ? { id: Number(last) }
    : { OR: [{ slug: last.toLowerCase() }, { slugRedirects: { some: { slug: last.toLowerCase() } } }] };
  return db.article.findFirst({ where: { ...where, status: "PUBLISHED" }, select: { id: true } });
}

/** Status and publication time after the chosen workflow step. */
function publicationFor(
  input: ArticleFormInput,
  before: EditableArticle | null,
  now: Date,
): { status?: Omit<Publication, "modifiedAt">; fieldErrors: FieldErrors } {
  const state = before ? articleState(before, now) : "draft";
  const current = { status: before?.status ?? "DRAFT", publishedAt: before?.publishedAt ?? null } as const;
  switch (input.intent) {
    case "save":
      return { status: current, fieldErrors: {} };
    case "publish":
      // Publishing a live article again keeps its original publication time.
      return {
        status: { status: "PUBLISHED", publishedAt: state === "published" ? current.publishedAt : now },
        fieldErrors: {},
      };
    case "schedule": {
      const at = parseNewsroomDateTime(input.publishAt);
      if (!at || at <= now) return { fieldErrors: { publishAt: t("futureTime") } };
      if (state === "published")
        return {
          fieldErrors: { publishAt: t("liveAlready") },
        };
      return { status: { status: "PUBLISHED", publishedAt: at }, fieldErrors: {} };
    }
    case "unpublish":
      if (current.status !== "PUBLISHED") return { fieldErrors: { form: t("cannotUnpublish") } };
      return { status: { status: "ARCHIVED", publishedAt: current.publishedAt }, fieldErrors: {} };
    case "draft":
      return { status: { status: "DRAFT", publishedAt: current.publishedAt }, fieldErrors: {} };
  }
}

/** The public "Updated" time: set when a live article's title, dek or body changes and it stays live. */
function modifiedAtAfter(
  before: EditableArticle | null,
  snapshot: ArticleSnapshot,
  after: Omit<Publication, "modifiedAt">,
  now: Date,
): Date | null {
  if (!before) return null;
  const changed =
    before.title !== snapshot.title || before.dek !== snapshot.dek || before.body !== snapshot.body;
  return changed && isVisible(before, now) && isVisible(after, now) ? now : before.modifiedAt;
}

async function auditSave(
  tx: Prisma.TransactionClient,
  user: StaffUser,
  before: EditableArticle | null,
  after: EditableArticle,
  intent: ArticleFormInput["intent"],
  now: Date,
) {
  const details = { title: after.title, slug: after.slug, version: after.version };
  if (!before)
    await recordAudit(tx, {
      actorId: user.id,
      action: "article.create",
      targetType: "article",
      targetId: after.id,
      details,
    });
  const moved = before
    ? before.status !== after.status || before.publishedAt?.getTime() !== after.publishedAt?.getTime()
    : after.status !== "DRAFT";
  if (intent === "save" || !moved) return;
  await recordAudit(tx, {
    actorId: user.id,
    action: `article.${intent}`,
    targetType: "article",
    targetId: after.id,
    details: {
      ...details,
      from: before ? articleState(before, now) : "new",
      to: articleState(after, now),
      publishedAt: after.publishedAt?.toISOString() ?? null,
    },
  });
}

function successMessage(intent: ArticleFormInput["intent"], after: EditableArticle, now: Date): string {
  const state: ArticleState = articleState(after, now);
  if (intent === "schedule" && after.publishedAt)
    return t("scheduled", { when: formatNewsroomTime(after.publishedAt) });
  if (intent === "publish") return t("published", { href: articleHref(after) });
  if (intent === "unpublish") return t("unpublished");
  if (intent === "draft") return t("drafted");
  return state === "published" ? t("savedLive") : t("saved");
}

// ---------------------------------------------------------------------------------------------
// Conflicts, caches

async function conflictMessage(articleId: number): Promise<string> {
  const latest = await db.articleRevision.findFirst({
    where: { articleId },
    orderBy: { version: "desc" },
    select: { createdAt: true, editor: { select: { name: true } } },
  });
  const who = latest?.editor?.name ?? t("anotherEditor");
  const when = latest ? formatNewsroomTime(latest.createdAt) : "none";
  return t("conflict", { who, when });
}

async function currentVersion(articleId: number): Promise<number> {
  return (await db.article.findUnique({ where: { id: articleId }, select: { version: true } }))?.version ?? 0;
}

function isSlugTaken(error: unknown): boolean {
  return (
    error instanceof Prisma.PrismaClientKnownRequestError &&
    error.code === "P2002" &&
    JSON.stringify(error.meta ?? {}).includes("slug")
  );
}

/** Articles whose Read-also lists point to this one (their cached pages show its title). */
async function referrersOf(tx: Prisma.TransactionClient, articleId: number): Promise<number[]> {
  return (await tx.readAlso.findMany({ where: { targetId: articleId }, select: { articleId: true } })).map(
    (row) => row.articleId,
  );
}

/**
 * The reader cache tags an article change touches. An article that readers could not see
 * before nor after (a draft being written) only touches its own entry.
 */
function touchedCacheTags(
  before: EditableArticle | null,
  after: EditableArticle,
  referrers: number[],
): CacheTag[] {
  const tags = new Set([cacheTags.article(after.id)]);
  if (before?.status !== "PUBLISHED" && after.status !== "PUBLISHED") return [...tags];
  for (const row of [before, after])
    if (row) for (const tag of articleReaderTags(row, referrers)) tags.add(tag);
  // Whether comments are open depends on these (and the close-after-N-days rule on publishedAt).
  if (
    !before ||
    before.commentsOpen !== after.commentsOpen ||
    before.publishedAt?.getTime() !== after.publishedAt?.getTime()
  )
    tags.add(cacheTags.comments(after.id));
  return [...tags];
}

// ---------------------------------------------------------------------------------------------
// Restore, delete

const idField = z.coerce.number().int().positive();

export const restoreRevision = adminAction(
  "article.restore",
  "publish",
  z.object({ id: idField, revisionId: idField, version: idField }),
  {
    respondTo: (values) =>
      resultPath(`/admin/articles/${typedId(values.id) ?? 0}/revisions/${typedId(values.revisionId) ?? 0}`),
  },
  async (input, { user }) => {
    const fail = (message: string): ActionState => ({ status: "error", message });
    const [before, revision] = await Promise.all([
      db.article.findUnique({ where: { id: input.id }, select: editableSelect }),
      db.articleRevision.findFirst({
        where: { id: input.revisionId, articleId: input.id },
        select: { version: true, snapshot: true },
      }),
    ]);
    if (!before || !revision) return fail(t("revisionGone"));
    const now = new Date();
    const snapshot = await restorable(parseSnapshot(revision.snapshot, snapshotOf(before)), before);
    const publication: Publication = {
      status: before.status,
      publishedAt: before.publishedAt,
      modifiedAt: modifiedAtAfter(before, snapshot, before, now),
    };
    let saved: Saved;
    try {
      saved = await db.$transaction(async (tx) => {
        const after = await writeArticle(tx, {
          before,
          expectedVersion: input.version,
          snapshot,
          publication,
          editorId: user.id,
          now,
        });
        await recordAudit(tx, {
          actorId: user.id,
          action: "article.restore",
          targetType: "article",
          targetId: after.id,
          details: { title: after.title, restoredVersion: revision.version, version: after.version },
        });
        return { after, referrers: await referrersOf(tx, after.id) };
      });
    } catch (error) {
      if (error instanceof VersionConflict) return fail(await conflictMessage(before.id));
      throw error;
    }
    expireTags(touchedCacheTags(before, saved.after, saved.referrers));
    redirect(`/admin/articles/${before.id}?notice=restored&from=${revision.version}`);
  },
);

/**
 * A revision's snapshot as it can be saved today. The URL stays as it is now (restoring
 * content never moves an article); sections, authors and Read-also targets deleted since are
 * left out or replaced by the current ones.
 */
async function restorable(snapshot: ArticleSnapshot, current: EditableArticle): Promise<ArticleSnapshot> {
  const [section, authors, targets] = await Promise.all([
    db.section.findUnique({ where: { id: snapshot.sectionId }, select: { id: true } }),
    db.author.findMany({ where: { id: { in: snapshot.authorIds } }, select: { id: true } }),
    db.article.findMany({
      where: { id: { in: snapshot.readAlso.map((link) => link.targetId) }, NOT: { id: current.id } },
      select: { id: true },
    }),
  ]);
  const authorIds = new Set(authors.map((row) => row.id));
  const targetIds = new Set(targets.map((row) => row.id));
  return {
    ...snapshot,
    slug: current.slug,
    sectionId: section ? snapshot.sectionId : current.sectionId,
    authorIds: snapshot.authorIds.filter((id) => authorIds.has(id)),
    readAlso: snapshot.readAlso.filter((link) => targetIds.has(link.targetId)),
  };
}

export const deleteDraft = adminAction(
  "article.delete",
  "publish",
  z.object({ id: idField, version: idField }),
  onEditor,
  async (input, { user }) => {
    const fail = (message: string): ActionState => ({ status: "error", message });
    const article = await db.article.findUnique({
      where: { id: input.id },
      select: { title: true, slug: true, status: true, publishedAt: true },
    });
    if (!article) return fail("This article no longer exists.");
    if (!isDeletable(article, new Date()))
      return fail("Only drafts that were never published can be deleted. Unpublish the article instead.");
    const deleted = await db.$transaction(async (tx) => {
      const { count } = await tx.article.deleteMany({
        where: { id: input.id, version: input.version, status: "DRAFT" },
      });
      if (count === 1)
        await recordAudit(tx, {
          actorId: user.id,
          action: "article.delete",
          targetType: "article",
          targetId: input.id,
          details: { title: article.title, slug: article.slug },
        });
      return count === 1;
    });
    if (!deleted) return fail(await conflictMessage(input.id));
    expireTags([cacheTags.article(input.id)]);
    redirect("/admin/articles?notice=deleted");
  },
);

// ---------------------------------------------------------------------------------------------
// Live preview

const previewInput = z.object({
  body: z.string().max(LIMITS.body),
  readAlso: z
    .array(z.object({ targetId: z.number().int().positive(), afterParagraph: z.number().int() }))
    .max(50),
});

/** The body as readers will see it (the public renderer), for the editor's live preview. */
export async function previewArticleBody(
  body: string,
  readAlso: { targetId: number; afterParagraph: number }[],
) {
  await authorizeAction("publish");
  const input = previewInput.parse({ body, readAlso });
  return renderBodyPreview(input.body.replace(/\r\n?/g, "\n").trim(), input.readAlso);
}
