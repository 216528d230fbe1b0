// Article dashboard actions against the real database, with the signed-in user mocked: create,
// save, the workflow (publish, schedule, unpublish, back to draft) with audit and revision
// rows, slugs and redirects, concurrent edits, restore, Read also, hero uploads.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { crc32, deflateSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

const uploadDir = await vi.hoisted(async () => {
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const dir = mkdtempSync(join(tmpdir(), "lede-uploads-"));
  process.env.UPLOAD_DIR = dir;
  return dir;
});

vi.mock("@/lib/auth/config", () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn(), handlers: {} }));
// React's action calls carry "next-action": respondWith then returns the state (no redirect).
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "next-action": "x" }),
  cookies: async () => ({ get: () => undefined, set: () => {} }),
}));
vi.mock("next/cache", () => ({
  cacheTag: () => {},
  cacheLife: () => {},
  updateTag: vi.fn(),
  revalidateTag: () => {},
  revalidatePath: () => {},
}));

import { updateTag } from "next/cache";
import { auth } from "@/lib/auth/config";
import type { ActionState } from "@/lib/actions/admin";
import { db } from "@/lib/db";
import { deleteDraft, previewArticleBody, restoreRevision, saveArticle } from "@/lib/articles/actions";
import { getArticleForEditing } from "@/lib/articles/admin-queries";
import { parseNewsroomDateTime, toNewsroomDateTimeInput } from "@/lib/site/newsroom-time";
import { getArticlePage, getArticleRedirect } from "@/lib/articles/queries";
import { imageDimensions, sniffImageType } from "@/lib/articles/uploads";

const run = randomBytes(3).toString("hex");
const SECTION = `aa-${run}`;
let sectionId = 0;
let authorId = 0;
let authorSlug = "";
let editor = { id: 0, name: "" };
let colleague = { id: 0, name: "" };
let moderatorId = 0;

function signedInAs(userId: number) {
  vi.mocked(auth).mockResolvedValue({ userId } as never);
}

function formOf(fields: Record<string, string | File>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  return form;
}

const baseFields = () => ({
  title: `Harbour workers vote to strike ${run}`,
  dek: "The port could close next week.",
  body: "First paragraph.\n\nSecond paragraph.\n\nThird paragraph.",
  sectionId: String(sectionId),
  lang: "en",
  tags: "Ports, Labour",
  commentsOpen: "on",
  [`author:${authorId}`]: "on",
});

/** Creates an article through the action; returns its id (a successful create redirects to the editor). */
let created = 0;
async function create(fields: Record<string, string | File> = {}): Promise<number> {
  try {
    const state = await saveArticle(
      { status: "idle" },
      formOf({ ...baseFields(), slug: `story-${run}-${++created}`, ...fields }),
    );
    throw new Error(`expected a redirect, got ${JSON.stringify(state)}`);
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    const match = /^NEXT_REDIRECT;\w+;\/admin\/articles\/(\d+)\?notice=created;/.exec(digest);
    if (!match) throw error;
    return Number(match[1]);
  }
}

/** Saves the article as its editor form would submit it, with some fields changed. */
async function save(
  id: number,
  changes: Record<string, string | File> = {},
  intent = "save",
): Promise<ActionState> {
  const edited = await getArticleForEditing(id);
  return saveArticle({ status: "idle" }, formOf({ ...edited!.values, ...changes, intent }));
}

const audit = (articleId: number) =>
  db.auditEntry.findMany({
    where: { targetType: "article", targetId: String(articleId) },
    orderBy: { id: "asc" },
  });
const revisions = (articleId: number) =>
  db.articleRevision.findMany({ where: { articleId }, orderBy: { version: "asc" } });

function png(width: number, height: number): Uint8Array<ArrayBuffer> {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows = Buffer.concat(
    Array.from({ length: height }, () => Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x80)])),
  );
  return new Uint8Array(
    Buffer.concat([
      Buffer.from("\x89PNG\r\n\x1a\n", "latin1"),
      chunk("IHDR", header),
      chunk("IDAT", deflateSync(rows)),
      chunk("IEND", Buffer.alloc(0)),
    ]),
  );
}

beforeAll(async () => {
  sectionId = (await db.section.create({ data: { slug: SECTION, name: "Actions" } })).id;
  authorSlug = `aa-author-${run}`;
  authorId = (await db.author.create({ data: { slug: authorSlug, name: "Ada Reporter" } })).id;
  const user = (name: string, role: "EDITOR" | "MODERATOR") =>
    db.user.create({
      data: {
        email: `${name.toLowerCase().replace(/\W/g, "")}-${run}@lede.test`,
        name,
        role,
        passwordHash: "x",
      },
    });
  const first = await user("Edith Editor", "EDITOR");
  const second = await user("Colin Colleague", "EDITOR");
  editor = { id: first.id, name: first.name };
  colleague = { id: second.id, name: second.name };
  moderatorId = (await user("Mo Moderator", "MODERATOR")).id;
});

beforeEach(() => {
  signedInAs(editor.id);
  vi.mocked(updateTag).mockClear();
});

afterAll(async () => {
  await db.article.deleteMany({ where: { sectionId } });
  await db.section.delete({ where: { id: sectionId } });
  await db.author.delete({ where: { id: authorId } });
  await db.user.deleteMany({ where: { id: { in: [editor.id, colleague.id, moderatorId] } } });
});

describe("create and save", () => {
  it("creates a draft with a slug from the title, its tags and byline, a first revision and an audit entry", async () => {
    const id = await create({ slug: "", tags: "Ports, labour, Ports" });
    const article = await db.article.findUniqueOrThrow({
      where: { id },
      include: { tags: { include: { tag: true } }, authors: true },
    });
    expect(article).toMatchObject({
      slug: `harbour-workers-vote-to-strike-${run}`,
      status: "DRAFT",
      publishedAt: null,
      version: 1,
      commentsOpen: true,
    });
    expect(article.tags.map(({ tag }) => tag.slug).sort()).toEqual(["labour", "ports"]);
    expect(article.authors).toMatchObject([{ authorId, position: 0 }]);
    expect(await revisions(id)).toMatchObject([
      {
        version: 1,
        editorId: editor.id,
        snapshot: { title: article.title, tags: ["Ports", "labour"], authorIds: [authorId] },
      },
    ]);
    expect((await audit(id)).map((entry) => entry.action)).toEqual(["article.create"]);
    // A draft touches no reader page but its own.
    expect(vi.mocked(updateTag).mock.calls.map(([tag]) => tag)).toEqual([`article:${id}`]);
  });

  it("keeps every typed value and says what is wrong when a field is invalid", async () => {
    const state = await saveArticle(
      { status: "idle" },
      formOf({ ...baseFields(), title: "  ", dek: "Kept dek", slug: "Not A Slug" }),
    );
    expect(state.status).toBe("error");
    expect(state.fieldErrors).toMatchObject({
      title: "Enter a title.",
      slug: expect.stringContaining("lower-case"),
    });
    expect(state.values).toMatchObject({
      dek: "Kept dek",
      slug: "Not A Slug",
      [`author:${authorId}`]: "on",
      tags: "Ports, Labour",
    });
  });

  it("refuses a slug another article uses, with a clear field error", async () => {
    const first = await create({ slug: `taken-${run}` });
    const state = await saveArticle(
      { status: "idle" },
      formOf({ ...baseFields(), title: "Another story", slug: `taken-${run}` }),
    );
    expect(state).toMatchObject({
      status: "error",
      fieldErrors: { slug: expect.stringContaining("already used by") },
      values: { title: "Another story" },
    });
    const other = await create({ title: `Another story ${run}` });
    expect((await save(other, { slug: `taken-${run}` })).fieldErrors?.slug).toContain("already used by");
    expect((await db.article.findUniqueOrThrow({ where: { id: first } })).slug).toBe(`taken-${run}`);
  });

  it("saves a new version with a new revision each time", async () => {
    const id = await create({ slug: `versions-${run}` });
    const slugBefore = `versions-${run}`;
    const state = await save(id, { title: `Harbour strike called off ${run}` });
    expect(state).toMatchObject({
      status: "ok",
      message: "Saved.",
      values: { version: "2", title: `Harbour strike called off ${run}` },
    });
    expect(
      (await revisions(id)).map((revision) => [
        revision.version,
        (revision.snapshot as { title: string }).title,
      ]),
    ).toEqual([
      [1, `Harbour workers vote to strike ${run}`],
      [2, `Harbour strike called off ${run}`],
    ]);
    // The slug of a draft stays what it was: URLs change only when an editor changes them.
    expect((await db.article.findUniqueOrThrow({ where: { id } })).slug).toBe(slugBefore);
  });

  it("refuses a caller without the publish capability", async () => {
    signedInAs(moderatorId);
    // forbidden(): Next answers the call with HTTP 403.
    const forbidden = { digest: "NEXT_HTTP_ERROR_FALLBACK;403" };
    await expect(saveArticle({ status: "idle" }, formOf(baseFields()))).rejects.toMatchObject(forbidden);
    await expect(previewArticleBody("Hello", [])).rejects.toMatchObject(forbidden);
  });
});

describe("workflow", () => {
  it("publishes now: visible to readers, audited, and the reader caches it touches are refreshed", async () => {
    const id = await create({ slug: `publish-${run}` });
    const state = await save(id, {}, "publish");
    expect(state).toMatchObject({
      status: "ok",
      message: `Published: readers see it at /${SECTION}/publish-${run}.`,
    });
    const article = await db.article.findUniqueOrThrow({ where: { id } });
    expect(article.status).toBe("PUBLISHED");
    expect(Date.now() - article.publishedAt!.getTime()).toBeLessThan(10_000);
    expect(await getArticlePage(SECTION, `publish-${run}`)).toMatchObject({ id, title: article.title });
    const entry = (await audit(id)).at(-1)!;
    expect(entry).toMatchObject({
      action: "article.publish",
      actorId: editor.id,
      details: { from: "draft", to: "published" },
    });
    const tags = vi.mocked(updateTag).mock.calls.map(([tag]) => tag);
    for (const tag of [
      `article:${id}`,
      `article-slug:publish-${run}`,
      "home",
      "recent",
      "picks",
      `section:${SECTION}`,
      "tag:ports",
      `author:${authorSlug}`,
      "feeds",
      "search",
    ]) {
      expect(tags).toContain(tag);
    }
  });

  it("schedules in newsroom time: the article stays hidden until then and goes live on time by itself", async () => {
    const id = await create({ slug: `scheduled-${run}` });
    const at = new Date(Date.now() + 2_000);
    const state = await save(
      id,
      { publishAt: toNewsroomDateTimeInput(at, "Europe/Paris", true) },
      "schedule",
    );
    expect(state).toMatchObject({
      status: "ok",
      message: expect.stringContaining("Scheduled: it goes live at"),
    });
    const article = await db.article.findUniqueOrThrow({ where: { id } });
    expect(article.status).toBe("PUBLISHED");
    expect(Math.abs(article.publishedAt!.getTime() - at.getTime())).toBeLessThan(1000);
    expect((await audit(id)).at(-1)).toMatchObject({
      action: "article.schedule",
      details: { to: "scheduled" },
    });
    expect(await getArticlePage(SECTION, `scheduled-${run}`)).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, article.publishedAt!.getTime() - Date.now() + 50));
    expect(await getArticlePage(SECTION, `scheduled-${run}`)).toMatchObject({ id });
  });

  it("refuses a schedule time in the past", async () => {
    const id = await create();
    const state = await save(id, { publishAt: "2020-01-01T10:00" }, "schedule");
    expect(state).toMatchObject({
      status: "error",
      fieldErrors: { publishAt: expect.stringContaining("in the future") },
    });
    expect((await db.article.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
  });

  it("unpublishes (archived) and moves back to draft, each audited", async () => {
    const id = await create({ slug: `unpublish-${run}` });
    await save(id, {}, "publish");
    expect(await save(id, {}, "unpublish")).toMatchObject({
      status: "ok",
      message: "Unpublished: readers no longer see it.",
    });
    expect((await db.article.findUniqueOrThrow({ where: { id } })).status).toBe("ARCHIVED");
    expect(await getArticlePage(SECTION, `unpublish-${run}`)).toBeNull();
    await save(id, {}, "draft");
    expect((await db.article.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
    expect((await audit(id)).map((entry) => entry.action)).toEqual([
      "article.create",
      "article.publish",
      "article.unpublish",
      "article.draft",
    ]);
    expect((await revisions(id)).length).toBe(4);
  });

  it("marks a live article as updated when its text changes, not for other fields", async () => {
    const id = await create();
    await save(id, {}, "publish");
    await save(id, { seoTitle: "Only SEO" });
    expect((await db.article.findUniqueOrThrow({ where: { id } })).modifiedAt).toBeNull();
    await save(id, { body: "A corrected first paragraph.\n\nSecond paragraph." });
    expect((await db.article.findUniqueOrThrow({ where: { id } })).modifiedAt).toBeInstanceOf(Date);
  });

  it("keeps a renamed published article's old URL redirecting", async () => {
    const id = await create({ slug: `old-name-${run}` });
    await save(id, {}, "publish");
    await save(id, { slug: `new-name-${run}` });
    expect(await db.slugRedirect.findUnique({ where: { slug: `old-name-${run}` } })).toMatchObject({
      articleId: id,
    });
    expect(await getArticleRedirect(`old-name-${run}`)).toBe(`/${SECTION}/new-name-${run}`);
    // The old slug stays reserved for the redirect.
    const state = await saveArticle({ status: "idle" }, formOf({ ...baseFields(), slug: `old-name-${run}` }));
    expect(state.fieldErrors?.slug).toContain("still redirects there");
    // Renaming back gives the article its URL again.
    await save(id, { slug: `old-name-${run}` });
    expect(await db.slugRedirect.findUnique({ where: { slug: `old-name-${run}` } })).toBeNull();
    expect(await db.slugRedirect.findUnique({ where: { slug: `new-name-${run}` } })).toMatchObject({
      articleId: id,
    });
  });

  it("deletes a draft that never went live, but nothing published", async () => {
    const draft = await create();
    await expect(
      deleteDraft({ status: "idle" }, formOf({ id: String(draft), version: "1" })),
    ).rejects.toMatchObject({ digest: expect.stringContaining("/admin/articles?notice=deleted") });
    expect(await db.article.findUnique({ where: { id: draft } })).toBeNull();
    expect(
      await db.auditEntry.findFirst({ where: { action: "article.delete", targetId: String(draft) } }),
    ).not.toBeNull();
    const published = await create();
    await save(published, {}, "publish");
    const state = await deleteDraft({ status: "idle" }, formOf({ id: String(published), version: "2" }));
    expect(state).toMatchObject({ status: "error", message: expect.stringContaining("Only drafts") });
  });
});

describe("concurrent edits", () => {
  it("detects a save made since the editor opened the article: nothing is overwritten, nothing typed is lost", async () => {
    const id = await create();
    const opened = (await getArticleForEditing(id))!.values; // both editors open version 1
    signedInAs(colleague.id);
    expect(
      await saveArticle(
        { status: "idle" },
        formOf({ ...opened, title: `Colleague's title ${run}`, intent: "save" }),
      ),
    ).toMatchObject({ status: "ok" });
    signedInAs(editor.id);
    const mine = await saveArticle(
      { status: "idle" },
      formOf({ ...opened, title: `My title ${run}`, body: "My body.", intent: "save" }),
    );
    expect(mine.status).toBe("error");
    expect(mine.message).toMatch(
      /^This article was changed by Colin Colleague at \d\d:\d\d on .+ since you opened it\. Your changes are kept below; reload to see theirs\.$/,
    );
    expect(mine.values).toMatchObject({
      title: `My title ${run}`,
      body: "My body.",
      version: "1",
      latestVersion: "2",
    });
    expect(await db.article.findUniqueOrThrow({ where: { id } })).toMatchObject({
      title: `Colleague's title ${run}`,
      version: 2,
    });
    expect((await revisions(id)).length).toBe(2);

    // Choosing to replace their version, knowingly, saves.
    const again = await saveArticle(
      { status: "idle" },
      formOf({ ...mine.values!, overwriteVersion: mine.values!.latestVersion!, intent: "save" }),
    );
    expect(again).toMatchObject({ status: "ok", values: { version: "3", title: `My title ${run}` } });
  });

  it("lets only one of two simultaneous saves through", async () => {
    const id = await create();
    const opened = (await getArticleForEditing(id))!.values;
    const results = await Promise.all(
      ["One", "Two"].map((name) =>
        saveArticle({ status: "idle" }, formOf({ ...opened, title: `${name} ${run}`, intent: "save" })),
      ),
    );
    expect(results.map((result) => result.status).sort()).toEqual(["error", "ok"]);
    expect((await db.article.findUniqueOrThrow({ where: { id } })).version).toBe(2);
  });
});

describe("revisions", () => {
  it("restores an earlier revision as a new save, keeping the URL", async () => {
    const id = await create({ slug: `restore-${run}` });
    await save(id, {}, "publish");
    await save(id, { title: `Rewritten ${run}`, dek: "New dek", tags: "Other" });
    const first = (await revisions(id))[0]!;
    const current = await db.article.findUniqueOrThrow({ where: { id } });
    await expect(
      restoreRevision(
        { status: "idle" },
        formOf({ id: String(id), revisionId: String(first.id), version: String(current.version) }),
      ),
    ).rejects.toMatchObject({
      digest: expect.stringContaining(`/admin/articles/${id}?notice=restored&from=1`),
    });
    const restored = await db.article.findUniqueOrThrow({
      where: { id },
      include: { tags: { include: { tag: true } } },
    });
    expect(restored).toMatchObject({
      title: `Harbour workers vote to strike ${run}`,
      dek: "The port could close next week.",
      slug: `restore-${run}`,
      status: "PUBLISHED",
      version: current.version + 1,
    });
    expect(restored.tags.map(({ tag }) => tag.slug).sort()).toEqual(["labour", "ports"]);
    expect((await revisions(id)).at(-1)).toMatchObject({ version: current.version + 1, editorId: editor.id });
    expect((await audit(id)).at(-1)).toMatchObject({
      action: "article.restore",
      details: { restoredVersion: 1 },
    });
    expect((await getArticlePage(SECTION, `restore-${run}`))?.title).toBe(
      `Harbour workers vote to strike ${run}`,
    );
  });

  it("restores a revision that holds only some fields (older snapshots), keeping the rest", async () => {
    const id = await create();
    await db.articleRevision.create({
      data: { articleId: id, version: 99, snapshot: { title: "Partial", dek: "d", body: "b" } },
    });
    const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId: id, version: 99 } });
    await expect(
      restoreRevision(
        { status: "idle" },
        formOf({ id: String(id), revisionId: String(revision.id), version: "1" }),
      ),
    ).rejects.toMatchObject({ digest: expect.stringContaining("notice=restored") });
    expect(await db.article.findUniqueOrThrow({ where: { id }, include: { authors: true } })).toMatchObject({
      title: "Partial",
      body: "b",
      authors: [{ authorId }],
    });
  });

  it("refuses to restore over a newer save", async () => {
    const id = await create();
    await save(id, { title: `Second ${run}` });
    const first = (await revisions(id))[0]!;
    const state = await restoreRevision(
      { status: "idle" },
      formOf({ id: String(id), revisionId: String(first.id), version: "1" }),
    );
    expect(state).toMatchObject({
      status: "error",
      message: expect.stringContaining("was changed by Edith Editor"),
    });
    expect((await db.article.findUniqueOrThrow({ where: { id } })).title).toBe(`Second ${run}`);
  });
});

describe("Read also", () => {
  it("stores links at the chosen paragraphs, replacing the set on each save", async () => {
    const [first, second] = [
      await create({ title: `Target one ${run}` }),
      await create({ title: `Target two ${run}` }),
    ];
    for (const target of [first, second]) await save(target, {}, "publish");
    const id = await create();
    expect(await save(id, { [`readAlso:${first}`]: "1", [`readAlso:${second}`]: "3" })).toMatchObject({
      status: "ok",
    });
    expect(
      await db.readAlso.findMany({
        where: { articleId: id },
        orderBy: { afterParagraph: "asc" },
        select: { targetId: true, afterParagraph: true },
      }),
    ).toEqual([
      { targetId: first, afterParagraph: 1 },
      { targetId: second, afterParagraph: 3 },
    ]);
    await save(id, { [`readAlsoRemove:${first}`]: "on" });
    expect(await db.readAlso.findMany({ where: { articleId: id }, select: { targetId: true } })).toEqual([
      { targetId: second },
    ]);
    // Added by URL (the form's way without JavaScript).
    await save(id, {
      readAlsoAdd: `http://localhost/${SECTION}/${(await db.article.findUniqueOrThrow({ where: { id: first } })).slug}`,
      readAlsoAddParagraph: "2",
    });
    expect(await db.readAlso.count({ where: { articleId: id } })).toBe(2);
    // The preview renders them where readers will see them.
    const preview = await previewArticleBody("One.\n\nTwo.", [{ targetId: first, afterParagraph: 1 }]);
    expect(preview.paragraphs).toBe(2);
    expect(preview.segments.map((segment) => segment.kind)).toEqual(["html", "readAlso", "html"]);
  });

  it("refuses a paragraph past the end of the body, and drafts as targets", async () => {
    const draft = await create({ title: `Draft target ${run}` });
    const live = await create({ title: `Live target ${run}` });
    await save(live, {}, "publish");
    const id = await create();
    expect((await save(id, { [`readAlso:${live}`]: "4" })).fieldErrors?.readAlso).toContain(
      "The body has 3 paragraphs",
    );
    expect((await save(id, { [`readAlso:${draft}`]: "1" })).fieldErrors?.readAlso).toContain(
      "no longer published",
    );
  });

  it("refreshes the pages that link to an article when it changes", async () => {
    const target = await create();
    await save(target, {}, "publish");
    const referrer = await create();
    await save(referrer, { [`readAlso:${target}`]: "1" }, "publish");
    vi.mocked(updateTag).mockClear();
    await save(target, { title: `Renamed target ${run}` });
    expect(vi.mocked(updateTag).mock.calls.map(([tag]) => tag)).toContain(`article:${referrer}`);
  });
});

describe("hero image upload", () => {
  it("rejects a text file named .png", async () => {
    const fake = new File(["this is not an image at all, just text"], "photo.png", { type: "image/png" });
    const state = await saveArticle(
      { status: "idle" },
      formOf({ ...baseFields(), heroImage: fake, heroImageAlt: "A harbour" }),
    );
    expect(state).toMatchObject({
      status: "error",
      fieldErrors: { heroImage: "This file is not a JPEG, PNG, WebP or AVIF image." },
    });
  });

  it("rejects an image over 5 MB", async () => {
    const big = new File([png(1, 1), new Uint8Array(5 * 1024 * 1024)], "big.png", { type: "image/png" });
    const state = await saveArticle(
      { status: "idle" },
      formOf({ ...baseFields(), heroImage: big, heroImageAlt: "Big" }),
    );
    expect(state.fieldErrors?.heroImage).toContain("the limit is 5 MB");
  });

  it("stores a PNG under UPLOAD_DIR with its width and height, and requires alt text", async () => {
    const image = new File([png(3, 2)], "anything.txt", { type: "text/plain" });
    const noAlt = await saveArticle({ status: "idle" }, formOf({ ...baseFields(), heroImage: image }));
    expect(noAlt.fieldErrors?.heroImageAlt).toBe("Describe the image for readers who cannot see it.");
    // The upload is kept for the next attempt, so nobody chooses the file again.
    const kept = noAlt.values!.heroImageUrl!;
    expect(kept).toMatch(/^\/media\/\d{4}\/\d\d\/[0-9a-f]{24}\.png$/);
    const id = await create({
      heroImageUrl: kept,
      heroImageAlt: "Cranes at dusk",
      heroImageCredit: "Photo: A. Reporter",
    });
    const article = await db.article.findUniqueOrThrow({ where: { id } });
    expect(article).toMatchObject({
      heroImageUrl: kept,
      heroImageWidth: 3,
      heroImageHeight: 2,
      heroImageAlt: "Cranes at dusk",
      heroImageCredit: "Photo: A. Reporter",
    });
    expect(existsSync(path.join(uploadDir, kept.replace("/media/", "")))).toBe(true);
    // An address that is not one of our uploads is not accepted.
    expect(
      (await save(id, { heroImageUrl: "/media/2020/01/ffffffffffffffffffffffff.png" })).fieldErrors
        ?.heroImage,
    ).toContain("could not be found");
    expect((await save(id, { removeHeroImage: "on" })).status).toBe("ok");
    expect((await db.article.findUniqueOrThrow({ where: { id } })).heroImageUrl).toBeNull();
  });
});

describe("image headers", () => {
  it("reads JPEG (with EXIF rotation), WebP and AVIF sizes, and knows types by their bytes", () => {
    const jpeg = new Uint8Array([
      0xff,
      0xd8, // SOI
      0xff,
      0xe1,
      0x00,
      0x22,
      ...Buffer.from("Exif\0\0II*\0\x08\0\0\0\x01\0\x12\x01\x03\0\x01\0\0\0\x06\0\0\0\0\0\0\0", "latin1"), // orientation 6
      0xff,
      0xc0,
      0x00,
      0x11,
      0x08,
      0x01,
      0x2c,
      0x01,
      0x90,
      0x03,
      1,
      0x22,
      0,
      2,
      0x11,
      1,
      3,
      0x11,
      1, // 400×300
    ]);
    expect(sniffImageType(jpeg)).toBe("jpeg");
    expect(imageDimensions(jpeg, "jpeg")).toEqual({ width: 300, height: 400 });
    const webp = new Uint8Array([
      ...Buffer.from("RIFF\0\0\0\0WEBPVP8X\x0a\0\0\0\0\0\0\0", "latin1"),
      0x7f,
      0x02,
      0x00,
      0x67,
      0x01,
      0x00,
    ]);
    expect(sniffImageType(webp)).toBe("webp");
    expect(imageDimensions(webp, "webp")).toEqual({ width: 640, height: 360 });
    const avif = new Uint8Array([
      ...Buffer.from("\0\0\0\x1cftypavif\0\0\0\0avifmif1miaf", "latin1"),
      ...Buffer.from("\0\0\0\x14ispe\0\0\0\0\0\0\x07\x80\0\0\x04\x38", "latin1"), // 1920×1080
    ]);
    expect(sniffImageType(avif)).toBe("avif");
    expect(imageDimensions(avif, "avif")).toEqual({ width: 1920, height: 1080 });
    expect(
      sniffImageType(new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg'></svg>")),
    ).toBeNull();
  });
});

describe("newsroom time", () => {
  it("reads the schedule field as Paris time, across daylight-saving changes", () => {
    expect(parseNewsroomDateTime("2026-01-15T09:30")?.toISOString()).toBe("2026-01-15T08:30:00.000Z");
    expect(parseNewsroomDateTime("2026-07-15T09:30")?.toISOString()).toBe("2026-07-15T07:30:00.000Z");
    // 02:30 does not exist on 29 March 2026 (clocks go from 02:00 to 03:00): the gap is skipped.
    expect(parseNewsroomDateTime("2026-03-29T02:30")?.toISOString()).toBe("2026-03-29T01:30:00.000Z");
    // 02:30 happens twice on 25 October 2026: the first one.
    expect(parseNewsroomDateTime("2026-10-25T02:30")?.toISOString()).toBe("2026-10-25T00:30:00.000Z");
    expect(parseNewsroomDateTime("2026-02-30T10:00")).toBeNull();
    expect(parseNewsroomDateTime("tomorrow")).toBeNull();
    expect(toNewsroomDateTimeInput(new Date("2026-07-15T07:30:00Z"))).toBe("2026-07-15T09:30");
  });
});
