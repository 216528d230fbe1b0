// Dashboard reads: the filtered, keyset-paginated article list, the editor's values, Read-also
// target search, revisions, and the draft preview (rendered like the public page).
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  ADMIN_PAGE_SIZE,
  getArticleForEditing,
  getArticlePreview,
  getRevisionView,
  listArticles,
  listRevisions,
  parseListQuery,
  renderBodyPreview,
  searchReadAlsoTargets,
} from "@/lib/articles/admin-queries";
import { getArticlePage } from "@/lib/articles/queries";

const HOUR = 3_600_000;
const run = randomBytes(3).toString("hex");
const now = new Date();
let sectionId = 0;
let otherSectionId = 0;
let authorId = 0;
const ids: Record<string, number> = {};

async function article(
  key: string,
  fields: {
    status?: "DRAFT" | "PUBLISHED" | "ARCHIVED";
    publishedAt?: Date | null;
    lang?: "en" | "fr";
    sectionId?: number;
    title?: string;
    body?: string;
  } = {},
) {
  const row = await db.article.create({
    data: {
      slug: `aq-${key}-${run}`,
      title: fields.title ?? `Query story ${key} ${run}`,
      body: fields.body ?? "One.\n\nTwo.\n\nThree.",
      status: fields.status ?? "PUBLISHED",
      publishedAt: fields.publishedAt === undefined ? new Date(now.getTime() - HOUR) : fields.publishedAt,
      lang: fields.lang ?? "en",
      sectionId: fields.sectionId ?? sectionId,
    },
  });
  ids[key] = row.id;
  return row;
}

beforeAll(async () => {
  sectionId = (await db.section.create({ data: { slug: `aq-${run}`, name: "Admin queries" } })).id;
  otherSectionId = (await db.section.create({ data: { slug: `aq-other-${run}`, name: "Other" } })).id;
  authorId = (await db.author.create({ data: { slug: `aq-author-${run}`, name: "Query Author" } })).id;
  await article("live");
  await article("draft", { status: "DRAFT", publishedAt: null });
  await article("archived", { status: "ARCHIVED" });
  await article("scheduled", { publishedAt: new Date(now.getTime() + 2 * HOUR), lang: "fr" });
  await article("elsewhere", { sectionId: otherSectionId });
  await db.articleAuthor.create({ data: { articleId: ids.live!, authorId } });
});

afterAll(async () => {
  await db.article.deleteMany({ where: { sectionId: { in: [sectionId, otherSectionId] } } });
  await db.section.deleteMany({ where: { id: { in: [sectionId, otherSectionId] } } });
  await db.author.delete({ where: { id: authorId } });
});

const listed = async (query: Record<string, string>) =>
  (
    await listArticles(parseListQuery({ section: String(sectionId), ...query }).filters, undefined, now)
  ).rows.map((row) => row.id);

describe("article list", () => {
  it("filters by state (scheduled included), section, author, language and title", async () => {
    expect(await listed({ status: "draft" })).toEqual([ids.draft]);
    expect(await listed({ status: "DRAFT" })).toEqual([ids.draft]); // the dashboard home links here
    expect(await listed({ status: "scheduled" })).toEqual([ids.scheduled]);
    expect(await listed({ status: "published" })).toEqual([ids.live]);
    expect(await listed({ status: "archived" })).toEqual([ids.archived]);
    expect(await listed({ author: String(authorId) })).toEqual([ids.live]);
    expect(await listed({ lang: "fr" })).toEqual([ids.scheduled]);
    expect(await listed({ q: `STORY LIVE ${run}` })).toEqual([ids.live]);
    expect((await listed({})).sort()).toEqual([ids.live, ids.draft, ids.archived, ids.scheduled].sort());
    const [row] = (await listArticles({ sectionId, state: "scheduled" }, undefined, now)).rows;
    expect(row).toMatchObject({ state: "scheduled", section: "Admin queries", href: null });
    expect((await listArticles({ sectionId, state: "published" }, undefined, now)).rows[0]).toMatchObject({
      authors: ["Query Author"],
      href: `/aq-${run}/aq-live-${run}`,
    });
  });

  it("ignores unknown filter values", () => {
    expect(parseListQuery({ status: "deleted", section: "x", lang: "de", q: "  " }).filters).toEqual({
      state: undefined,
      sectionId: undefined,
      authorId: undefined,
      lang: undefined,
      q: undefined,
    });
  });

  it("pages by keyset on (updatedAt, id), most recent first, ties broken by id", async () => {
    const pagedSection = (await db.section.create({ data: { slug: `aq-paged-${run}`, name: "Paged" } })).id;
    const base = Date.now();
    // Pairs share an update time, so the cursor has to break ties by id.
    await db.article.createMany({
      data: Array.from({ length: 2 * ADMIN_PAGE_SIZE + 5 }, (_, index) => ({
        slug: `aq-paged-${index}-${run}`,
        title: `Paged ${index}`,
        body: "Body.",
        sectionId: pagedSection,
        updatedAt: new Date(base - Math.floor(index / 2) * 1000),
      })),
    });
    const seen: number[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const page = await listArticles({ sectionId: pagedSection }, after);
      seen.push(...page.rows.map((row) => row.id));
      after = page.nextCursor ?? undefined;
      pages++;
    } while (after);
    const expected = await db.article.findMany({
      where: { sectionId: pagedSection },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    expect(pages).toBe(3);
    expect(seen).toEqual(expected.map((row) => row.id));
    await db.article.deleteMany({ where: { sectionId: pagedSection } });
    await db.section.delete({ where: { id: pagedSection } });
  });
});

describe("Read-also targets", () => {
  it("finds published articles (live or scheduled) by title, never drafts, archived ones or the article itself", async () => {
    const found = await searchReadAlsoTargets(`query story`, ids.live, now, 50);
    const mine = found.filter((target) => target.title.endsWith(run));
    expect(mine.map((target) => target.id).sort()).toEqual([ids.scheduled, ids.elsewhere].sort());
    expect(mine.find((target) => target.id === ids.scheduled)).toMatchObject({
      state: "scheduled",
      href: `/aq-${run}/aq-scheduled-${run}`,
    });
    expect(await searchReadAlsoTargets("q", undefined, now)).toEqual([]); // too short to search
  });
});

describe("editor data", () => {
  it("gives the form's values, with Read-also titles, and the body rendered like the public page", async () => {
    await db.readAlso.create({ data: { articleId: ids.live!, targetId: ids.elsewhere!, afterParagraph: 2 } });
    await db.article.update({
      where: { id: ids.live },
      data: {
        seoTitle: "SEO",
        commentsOpen: false,
        heroImageUrl: "/images/x.jpg",
        heroImageWidth: 10,
        heroImageHeight: 5,
        heroImageAlt: "Alt",
      },
    });
    const edited = (await getArticleForEditing(ids.live!, now))!;
    expect(edited).toMatchObject({
      state: "published",
      href: `/aq-${run}/aq-live-${run}`,
      deletable: false,
      paragraphs: 3,
    });
    expect(edited.values).toMatchObject({
      title: `Query story live ${run}`,
      sectionId: String(sectionId),
      seoTitle: "SEO",
      heroImageUrl: "/images/x.jpg",
      heroImageAlt: "Alt",
      [`author:${authorId}`]: "on",
      [`readAlso:${ids.elsewhere}`]: "2",
      [`readAlsoTitle:${ids.elsewhere}`]: `Query story elsewhere ${run}`,
    });
    expect(edited.values.commentsOpen).toBeUndefined();
    // The live preview renders exactly what the public page shows.
    const page = (await getArticlePage(`aq-${run}`, `aq-live-${run}`))!;
    expect(edited.segments).toEqual(page.segments);
    expect(
      (await renderBodyPreview("One.\n\nTwo.\n\nThree.", [{ targetId: ids.elsewhere!, afterParagraph: 2 }]))
        .segments,
    ).toEqual(page.segments);
    expect((await getArticleForEditing(ids.draft!, now))!.deletable).toBe(true);
  });
});

describe("revisions", () => {
  it("lists revisions newest first and marks the fields that differ from the article now", async () => {
    const id = ids.draft!;
    await db.articleRevision.createMany({
      data: [
        {
          articleId: id,
          version: 1,
          snapshot: { title: "First title", dek: "", body: "One.\n\nTwo.\n\nThree.", status: "DRAFT" },
        },
        {
          articleId: id,
          version: 2,
          snapshot: { title: `Query story draft ${run}`, dek: "", body: "One.\n\nTwo.\n\nThree." },
        },
      ],
    });
    await db.article.update({ where: { id }, data: { version: 2 } });
    const list = (await listRevisions(id))!;
    expect(list.revisions.map((revision) => [revision.version, revision.current, revision.status])).toEqual([
      [2, true, null],
      [1, false, "DRAFT"],
    ]);
    const view = (await getRevisionView(id, list.revisions[1]!.id))!;
    expect(view.revision).toMatchObject({ version: 1, current: false });
    expect(view.fields.filter((field) => field.changed).map((field) => field.label)).toEqual(["Title"]);
    expect(view.fields.find((field) => field.label === "Title")!.value).toBe("First title");
    expect(await getRevisionView(ids.live!, list.revisions[1]!.id)).toBeNull(); // another article's revision
  });
});

describe("draft preview", () => {
  it("shows any article like the public page, with the Read-also links readers will see when it goes live", async () => {
    await db.readAlso.create({
      data: { articleId: ids.draft!, targetId: ids.scheduled!, afterParagraph: 1 },
    });
    const draft = (await getArticlePreview(ids.draft!, now))!;
    expect(draft.state).toBe("draft");
    expect(draft.page).toMatchObject({
      id: ids.draft,
      title: `Query story draft ${run}`,
      href: `/aq-${run}/aq-draft-${run}`,
    });
    // The target is scheduled later than "now": not shown yet…
    expect(draft.page.segments.some((segment) => segment.kind === "readAlso")).toBe(false);
    // …but an article scheduled after the target goes live will show it.
    await db.article.update({
      where: { id: ids.draft },
      data: { status: "PUBLISHED", publishedAt: new Date(now.getTime() + 3 * HOUR) },
    });
    const scheduled = (await getArticlePreview(ids.draft!, now))!;
    expect(scheduled.state).toBe("scheduled");
    expect(scheduled.page.segments.filter((segment) => segment.kind === "readAlso")).toEqual([
      {
        kind: "readAlso",
        links: [{ title: `Query story scheduled ${run}`, href: `/aq-${run}/aq-scheduled-${run}` }],
      },
    ]);
    await db.article.update({ where: { id: ids.draft }, data: { status: "DRAFT", publishedAt: null } });
    expect(await getArticlePreview(999_999_999)).toBeNull();
  });
});
