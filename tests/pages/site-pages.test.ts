// Site pages and article translations in the dashboard: validation with typed values kept,
// version check, audit entries, roles; what readers get (published pages, footer order).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/config", () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn(), handlers: {} }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "next-action": "x" }),
  cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {} }),
}));
vi.mock("next/navigation", async (original) => ({
  ...(await original<typeof import("next/navigation")>()),
  redirect: (target: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { target });
  },
}));

import { linkArticleTranslation, unlinkArticleTranslation } from "@/lib/articles/translation-actions";
import { db } from "@/lib/db";
import { saveSitePage } from "@/lib/pages/actions";
import { getFooterPages, getSitePage } from "@/lib/pages/queries";
import { auditSince, call, createStaff, lastAuditId, run, signInAs } from "../admin/support";

let editor: { id: number };
let moderator: { id: number };

beforeAll(async () => {
  editor = await createStaff("EDITOR", "pages-editor");
  moderator = await createStaff("MODERATOR", "pages-moderator");
});
afterAll(() => db.$disconnect());

const slug = `about-${run}`;

describe("site pages", () => {
  it("creates a page (audited) and redirects to its editor", async () => {
    signInAs(editor.id);
    const since = await lastAuditId();
    const error = await call(saveSitePage, {
      title: "About us",
      slug,
      body: "We are **independent**.",
      published: "on",
      position: 5,
    }).catch((e: { target?: string }) => e);
    const page = await db.sitePage.findUniqueOrThrow({ where: { slug } });
    expect((error as { target: string }).target).toBe(`/admin/pages/${page.id}?notice=created`);
    expect(page).toMatchObject({ title: "About us", published: true, position: 5, version: 1 });
    expect((await auditSince(since)).map((entry) => [entry.action, entry.targetType, entry.actorId])).toEqual(
      [["page.create", "page", editor.id]],
    );
    expect(await getSitePage(slug)).toMatchObject({
      title: "About us",
      html: "<p>We are <strong>independent</strong>.</p>\n",
    });
    expect(await getFooterPages()).toContainEqual({ title: "About us", href: `/pages/${slug}` });
  });

  it("refuses a bad slug with a message next to the field, keeping what was typed", async () => {
    signInAs(editor.id);
    const state = await call(saveSitePage, {
      title: "Contact",
      slug: "Not a slug!",
      body: "Typed text",
      position: 0,
    });
    expect(state.status).toBe("error");
    expect(state.fieldErrors?.slug).toMatch(/lower-case letters/);
    expect(state.values).toMatchObject({ title: "Contact", body: "Typed text" });
  });

  it("refuses a slug another page uses, and a save from a stale version", async () => {
    signInAs(editor.id);
    const page = await db.sitePage.findUniqueOrThrow({ where: { slug } });
    const taken = await call(saveSitePage, { title: "Other", slug, body: "", position: 0 });
    expect(taken.fieldErrors?.slug).toBe("Another page already uses this slug.");
    const fields = {
      id: page.id,
      version: page.version,
      title: "About",
      slug,
      body: "New text",
      position: 1,
      published: "on",
    };
    expect(await call(saveSitePage, fields)).toMatchObject({ status: "ok", message: "Page saved." });
    const stale = await call(saveSitePage, { ...fields, body: "Older text" });
    expect(stale).toMatchObject({ status: "error" });
    expect(stale.message).toMatch(/Someone else saved this page/);
    expect(stale.values?.body).toBe("Older text");
    expect((await db.sitePage.findUniqueOrThrow({ where: { slug } })).body).toBe("New text");
  });

  it("hides an unpublished page from readers and the footer", async () => {
    signInAs(editor.id);
    const page = await db.sitePage.findUniqueOrThrow({ where: { slug } });
    await call(saveSitePage, {
      id: page.id,
      version: page.version,
      title: page.title,
      slug,
      body: page.body,
      position: 1,
    });
    expect(await getSitePage(slug)).toBeNull();
    expect((await getFooterPages()).map((link) => link.href)).not.toContain(`/pages/${slug}`);
  });

  it("is refused to a moderator", async () => {
    signInAs(moderator.id);
    // forbidden(): Next answers the call with 403 (lib/actions/admin.ts).
    await expect(
      call(saveSitePage, { title: "X", slug: `x-${run}`, body: "", position: 0 }),
    ).rejects.toMatchObject({ digest: "NEXT_HTTP_ERROR_FALLBACK;403" });
    expect(await db.sitePage.findUnique({ where: { slug: `x-${run}` } })).toBeNull();
  });
});

describe("article translations", () => {
  let section = 0;
  const article = async (label: string, lang: "en" | "fr") =>
    db.article.create({
      data: { slug: `${label}-${run}`, title: `${label} ${run}`, body: "Text.", lang, sectionId: section },
      select: { id: true, slug: true },
    });

  beforeAll(async () => {
    section = (await db.section.create({ data: { slug: `translations-${run}`, name: "Translations" } })).id;
  });

  it("links an article to its translation by id or address (audited), one version per language", async () => {
    signInAs(editor.id);
    const french = await article("francais", "fr");
    const english = await article("english", "en");
    const other = await article("autre", "fr");
    const since = await lastAuditId();
    expect(
      await call(linkArticleTranslation, {
        id: french.id,
        translation: `/translations-${run}/${english.slug}`,
      }),
    ).toMatchObject({
      status: "ok",
    });
    const rows = await db.article.findMany({ where: { id: { in: [french.id, english.id] } } });
    expect(rows[0]!.translationGroup).not.toBeNull();
    expect(rows[0]!.translationGroup).toBe(rows[1]!.translationGroup);
    expect((await auditSince(since)).map((entry) => entry.action)).toEqual(["article.translation.link"]);

    const refused = await call(linkArticleTranslation, { id: english.id, translation: String(other.id) });
    expect(refused.fieldErrors?.translation).toMatch(/same language/);
    expect(refused.values?.translation).toBe(String(other.id));
    expect(
      (await call(linkArticleTranslation, { id: english.id, translation: "999999999" })).fieldErrors
        ?.translation,
    ).toBe("No article has this id or address.");

    expect(await call(unlinkArticleTranslation, { id: english.id })).toMatchObject({ status: "ok" });
    expect(
      (await db.article.findMany({ where: { id: { in: [french.id, english.id] } } })).map(
        (row) => row.translationGroup,
      ),
    ).toEqual([null, null]);
  });

  it("is refused to a moderator", async () => {
    signInAs(moderator.id);
    const a = await article("mod-a", "fr");
    const b = await article("mod-b", "en");
    await expect(call(linkArticleTranslation, { id: a.id, translation: String(b.id) })).rejects.toMatchObject(
      {
        digest: "NEXT_HTTP_ERROR_FALLBACK;403",
      },
    );
    expect((await db.article.findUniqueOrThrow({ where: { id: a.id } })).translationGroup).toBeNull();
  });
});
