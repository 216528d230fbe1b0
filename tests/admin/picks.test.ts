// Editor's Pick curation on a real database with a signed-in editor: add, remove, Up/Down,
// drag-and-drop order, note and expiry, home lead; ranks stay 1..n after every change, each
// change leaves its audit entry, and the reader queries follow.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/config", () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn(), handlers: {} }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "next-action": "x" }),
  cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {} }),
}));
vi.mock("next/cache", () => ({
  cacheTag: () => {},
  cacheLife: () => {},
  updateTag: vi.fn(),
  revalidateTag: () => {},
  revalidatePath: () => {},
}));

import { updateTag } from "next/cache";
import { getEditorsPicks, getHomePage } from "@/lib/articles/queries";
import { visibleArticleWhere } from "@/lib/articles/visibility";
import { db } from "@/lib/db";
import type { EditorPick } from "@/lib/generated/prisma/client";
import { addPick, movePick, removePick, reorderPicks, setHomeLead, updatePick } from "@/lib/picks/actions";
import { parseNewsroomDateTime, toNewsroomDateTimeInput } from "@/lib/site/newsroom-time";
import { getCuration } from "@/lib/picks/queries";
import { isPermutationOf, moveOne } from "@/lib/picks/ranks";
import { auditSince, call, createStaff, lastAuditId, run, signInAs } from "./support";

let editor: { id: number };
let sectionId = 0;
const stories: { id: number; title: string }[] = [];
let draft: { id: number };
// Picks that were there before this file (the database is shared): put back afterwards.
let picksBefore: EditorPick[] = [];

beforeAll(async () => {
  picksBefore = await db.editorPick.findMany();
  await db.editorPick.deleteMany();
  editor = await createStaff("EDITOR", "picks-editor");
  sectionId = (await db.section.create({ data: { slug: `picks-${run}`, name: `Picks ${run}` } })).id;
  for (let index = 1; index <= 6; index++) {
    const title = `Picks story ${index} ${run}`;
    stories.push(
      await db.article.create({
        data: {
          slug: `picks-${run}-${index}`,
          title,
          body: "Text.",
          status: "PUBLISHED",
          publishedAt: new Date(Date.now() - index * 3_600_000),
          sectionId,
        },
        select: { id: true, title: true },
      }),
    );
  }
  draft = await db.article.create({
    data: { slug: `picks-${run}-draft`, title: `Picks draft ${run}`, body: "Text.", sectionId },
    select: { id: true },
  });
});

afterAll(async () => {
  await db.editorPick.deleteMany();
  await db.editorPick.createMany({ data: picksBefore });
  await db.article.deleteMany({ where: { sectionId } });
  await db.section.delete({ where: { id: sectionId } });
  await db.user.delete({ where: { id: editor.id } });
});

beforeEach(() => {
  signInAs(editor.id);
  vi.mocked(updateTag).mockClear();
});

/** The reader cache tags the last calls refreshed. */
const refreshed = () =>
  vi
    .mocked(updateTag)
    .mock.calls.map(([tag]) => tag)
    .sort();

const story = (index: number) => stories[index - 1]!;

/** The sidebar list as article ids, and a check that ranks are exactly 1..n in that order. */
async function listed(): Promise<number[]> {
  const rows = await db.editorPick.findMany({
    where: { isLead: false },
    orderBy: [{ rank: "asc" }, { id: "asc" }],
  });
  expect(rows.map((row) => row.rank)).toEqual(rows.map((_, index) => index + 1));
  return rows.map((row) => row.articleId);
}

async function pickOf(articleId: number) {
  return db.editorPick.findUniqueOrThrow({ where: { articleId } });
}

describe("rank helpers", () => {
  it("moves one place and refuses to leave the list", () => {
    expect(moveOne([1, 2, 3], 2, "up")).toEqual([2, 1, 3]);
    expect(moveOne([1, 2, 3], 2, "down")).toEqual([1, 3, 2]);
    expect(moveOne([1, 2, 3], 1, "up")).toBeNull();
    expect(moveOne([1, 2, 3], 3, "down")).toBeNull();
    expect(moveOne([1, 2, 3], 9, "up")).toBeNull();
  });

  it("accepts a new order only when it lists exactly the current picks", () => {
    expect(isPermutationOf([1, 2, 3], [3, 1, 2])).toBe(true);
    expect(isPermutationOf([1, 2, 3], [3, 1])).toBe(false);
    expect(isPermutationOf([1, 2, 3], [3, 1, 1])).toBe(false);
    expect(isPermutationOf([1, 2, 3], [3, 1, 4])).toBe(false);
  });
});

describe("Editor's Pick actions", () => {
  it("adds published stories at the bottom, with an audit entry", async () => {
    for (const index of [1, 2, 3, 4]) {
      const since = await lastAuditId();
      const state = await call(addPick, { articleId: story(index).id });
      expect(state).toMatchObject({
        status: "ok",
        message: `Added "${story(index).title}" to Editor's Pick.`,
      });
      const [entry, ...more] = await auditSince(since);
      expect(more).toEqual([]);
      expect(entry).toMatchObject({
        actorId: editor.id,
        action: "pick.add",
        targetType: "pick",
        targetId: String(story(index).id),
        details: { rank: index },
      });
    }
    expect(await listed()).toEqual([1, 2, 3, 4].map((index) => story(index).id));
    expect((await pickOf(story(1).id)).pickedById).toBe(editor.id);
    expect(refreshed()).toEqual(["picks", "picks", "picks", "picks"]);
  });

  it("refuses a story already picked, or not published, and writes nothing", async () => {
    const since = await lastAuditId();
    expect(await call(addPick, { articleId: story(2).id })).toMatchObject({
      status: "error",
      message: `"${story(2).title}" is already in Editor's Pick.`,
    });
    expect(await call(addPick, { articleId: draft.id })).toMatchObject({
      status: "error",
      message: expect.stringContaining("Only published stories"),
    });
    expect(await call(addPick, { articleId: "nope" })).toMatchObject({
      status: "error",
      fieldErrors: { articleId: expect.any(String) },
    });
    expect(await auditSince(since)).toEqual([]);
    expect(await listed()).toEqual([1, 2, 3, 4].map((index) => story(index).id));
    expect(refreshed()).toEqual([]);
  });

  it("moves the second pick up with the Up button, and records the old and new order", async () => {
    const since = await lastAuditId();
    const second = await pickOf(story(2).id);
    expect(await call(movePick, { pickId: second.id, direction: "up" })).toMatchObject({
      status: "ok",
      message: `Moved "${story(2).title}" up to position 1.`,
    });
    expect(await listed()).toEqual([2, 1, 3, 4].map((index) => story(index).id));
    const [entry] = await auditSince(since);
    expect(entry).toMatchObject({
      action: "pick.reorder",
      targetType: "pick",
      details: {
        before: [1, 2, 3, 4].map((index) => story(index).id),
        after: [2, 1, 3, 4].map((index) => story(index).id),
      },
    });
  });

  it("leaves the order alone when a pick cannot move further", async () => {
    const since = await lastAuditId();
    const top = await pickOf(story(2).id);
    expect(await call(movePick, { pickId: top.id, direction: "up" })).toMatchObject({
      status: "ok",
      message: expect.stringContaining("already at the top"),
    });
    expect(await call(movePick, { pickId: top.id, direction: "sideways" })).toMatchObject({
      status: "error",
      fieldErrors: { direction: "Choose Up or Down." },
    });
    expect(await auditSince(since)).toEqual([]);
  });

  it("saves a dragged order, and refuses one that does not match the list", async () => {
    const ids = await Promise.all([3, 2, 4, 1].map(async (index) => (await pickOf(story(index).id)).id));
    expect(await call(reorderPicks, { order: ids.join(",") })).toMatchObject({ status: "ok" });
    expect(await listed()).toEqual([3, 2, 4, 1].map((index) => story(index).id));
    const since = await lastAuditId();
    expect(await call(reorderPicks, { order: ids.slice(0, 3).join(",") })).toMatchObject({
      status: "error",
      message: expect.stringContaining("The list changed"),
    });
    expect(await call(reorderPicks, { order: "1,,2" })).toMatchObject({
      status: "error",
      fieldErrors: { order: "The new order is malformed." },
    });
    expect(await auditSince(since)).toEqual([]);
    expect(await listed()).toEqual([3, 2, 4, 1].map((index) => story(index).id));
  });

  it("edits the note and the expiry (on the newsroom's clock)", async () => {
    const pick = await pickOf(story(4).id);
    const since = await lastAuditId();
    const state = await call(updatePick, {
      formId: `pick-${pick.id}`,
      pickId: pick.id,
      note: "  Worth your time  ",
      expiresAt: "2099-07-01T18:30",
    });
    expect(state).toMatchObject({ status: "ok" });
    const saved = await pickOf(story(4).id);
    expect(saved.note).toBe("Worth your time");
    // Paris is UTC+2 in July.
    expect(saved.expiresAt?.toISOString()).toBe("2099-07-01T16:30:00.000Z");
    const [entry] = await auditSince(since);
    expect(entry).toMatchObject({
      action: "pick.update",
      targetId: String(story(4).id),
      details: {
        note: { before: null, after: "Worth your time" },
        expiresAt: { before: null, after: "2099-07-01T16:30:00.000Z" },
      },
    });
    expect(toNewsroomDateTimeInput(saved.expiresAt!)).toBe("2099-07-01T18:30");
  });

  it("refuses an expiry in the past or malformed, keeping what was typed", async () => {
    const pick = await pickOf(story(1).id);
    const since = await lastAuditId();
    expect(
      await call(updatePick, {
        formId: `pick-${pick.id}`,
        pickId: pick.id,
        note: "Hello",
        expiresAt: "2001-01-01T10:00",
      }),
    ).toMatchObject({
      status: "error",
      fieldErrors: { expiresAt: expect.stringContaining("future") },
      values: { formId: `pick-${pick.id}`, note: "Hello", expiresAt: "2001-01-01T10:00" },
    });
    expect(await call(updatePick, { pickId: pick.id, note: "Hello", expiresAt: "tomorrow" })).toMatchObject({
      status: "error",
      fieldErrors: { expiresAt: "Enter a date and time, e.g. 2026-12-01 18:00." },
    });
    expect(await call(updatePick, { pickId: pick.id, note: "x".repeat(161), expiresAt: "" })).toMatchObject({
      status: "error",
      fieldErrors: { note: expect.stringContaining("160") },
    });
    expect(await auditSince(since)).toEqual([]);
  });

  it("keeps an expiry already past when only the note changes, and marks the pick expired", async () => {
    const pick = await pickOf(story(1).id);
    const past = new Date(Date.now() - 3_600_000);
    await db.editorPick.update({ where: { id: pick.id }, data: { expiresAt: past } });
    expect(
      await call(updatePick, {
        pickId: pick.id,
        note: "Still here",
        expiresAt: toNewsroomDateTimeInput(past),
      }),
    ).toMatchObject({ status: "ok" });
    const curation = await getCuration();
    expect(curation.picks.find((row) => row.id === pick.id)).toMatchObject({
      note: "Still here",
      expired: true,
    });
    // Readers no longer see it; the others keep their order.
    const sidebar = await getEditorsPicks();
    expect(sidebar.map((card) => card.id)).toEqual([3, 2, 4].map((index) => story(index).id));
    expect(sidebar.find((card) => card.id === story(4).id)?.note).toBe("Worth your time");
  });

  it("removes a pick and closes the gap in the ranks", async () => {
    const since = await lastAuditId();
    const pick = await pickOf(story(2).id);
    expect(await call(removePick, { pickId: pick.id })).toMatchObject({
      status: "ok",
      message: `Removed "${story(2).title}" from Editor's Pick.`,
    });
    expect(await listed()).toEqual([3, 4, 1].map((index) => story(index).id));
    expect(await auditSince(since)).toMatchObject([
      { action: "pick.remove", targetId: String(story(2).id), details: { rank: 2 } },
    ]);
    expect(await call(removePick, { pickId: pick.id })).toMatchObject({ status: "error" });
  });
});

describe("the home lead story", () => {
  it("makes a pick the lead: it leaves the sidebar list, whose ranks close up", async () => {
    const since = await lastAuditId();
    expect(await call(setHomeLead, { articleId: story(4).id })).toMatchObject({
      status: "ok",
      message: `"${story(4).title}" now leads the home page.`,
    });
    expect(await listed()).toEqual([3, 1].map((index) => story(index).id));
    expect(await pickOf(story(4).id)).toMatchObject({ isLead: true, rank: 0 });
    expect((await getHomePage()).lead?.id).toBe(story(4).id);
    expect((await getEditorsPicks()).map((card) => card.id)).toEqual([story(3).id]);
    expect(await auditSince(since)).toMatchObject([
      {
        action: "home.lead",
        targetType: "pick",
        targetId: String(story(4).id),
        details: { previous: null, fromPicks: true },
      },
    ]);
    expect(refreshed()).toEqual(["home", "picks"]);
  });

  it("replaces the lead with a story that was not picked; there is only ever one lead", async () => {
    expect(await call(setHomeLead, { articleId: story(5).id })).toMatchObject({ status: "ok" });
    expect(refreshed()).toEqual(["home"]);
    const leads = await db.editorPick.findMany({ where: { isLead: true } });
    expect(leads.map((row) => row.articleId)).toEqual([story(5).id]);
    expect((await getHomePage()).lead?.id).toBe(story(5).id);
    expect(await call(setHomeLead, { articleId: story(5).id })).toMatchObject({
      status: "ok",
      message: "This story already leads the home page.",
    });
    expect(await call(setHomeLead, { articleId: draft.id })).toMatchObject({
      status: "error",
      message: expect.stringContaining("Only published stories"),
    });
    expect(await call(addPick, { articleId: story(5).id })).toMatchObject({
      status: "error",
      message: `"${story(5).title}" is the home lead story.`,
    });
  });

  it("clears the lead: the home page leads with the latest story again", async () => {
    const since = await lastAuditId();
    expect(await call(setHomeLead, { articleId: "" })).toMatchObject({
      status: "ok",
      message: expect.stringContaining("Cleared"),
    });
    expect(await db.editorPick.count({ where: { isLead: true } })).toBe(0);
    const latest = await db.article.findFirstOrThrow({
      where: visibleArticleWhere(new Date()),
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    });
    expect((await getHomePage()).lead?.id).toBe(latest.id);
    expect(await auditSince(since)).toMatchObject([
      { action: "home.lead", targetId: String(story(5).id), details: { cleared: true } },
    ]);
    expect(refreshed()).toEqual(["home"]);
    expect(await call(setHomeLead, {})).toMatchObject({
      status: "error",
      fieldErrors: { articleId: expect.any(String) },
    });
  });
});

describe("newsroom time", () => {
  it("reads datetime-local values on Paris time, across daylight saving", () => {
    expect(parseNewsroomDateTime("2026-01-15T09:00")?.toISOString()).toBe("2026-01-15T08:00:00.000Z");
    expect(parseNewsroomDateTime("2026-07-15T09:00")?.toISOString()).toBe("2026-07-15T07:00:00.000Z");
    expect(parseNewsroomDateTime("2026-03-29")?.toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(parseNewsroomDateTime("2026-02-30T10:00")).toBeNull();
    expect(parseNewsroomDateTime("soon")).toBeNull();
  });
});
