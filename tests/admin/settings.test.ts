// Discussion settings: the form's validation, saving (audit entry with what changed), and the
// preview of candidate rules over the latest comments (counts by change of status, rows).
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/config", () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn(), handlers: {} }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "next-action": "x" }),
  cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {} }),
}));

import { emailHash } from "@/lib/comments/identity";
import { loadDiscussionSettings } from "@/lib/settings/discussion";
import { db } from "@/lib/db";
import type { CommentStatus } from "@/lib/generated/prisma/enums";
import { previewSettings, saveSettings, type SettingsState } from "@/lib/settings/actions";
import { loadReplayableComments, previewModeration } from "@/lib/settings/preview";
import {
  editableSettings,
  settingsFormValues,
  settingsSchema,
  type SettingsInput,
} from "@/lib/settings/schema";
import { DEFAULT_SETTINGS } from "../comments/support";
import { auditSince, call, createStaff, lastAuditId, run, signInAs } from "./support";

let admin: { id: number };
let sectionId = 0;
let settingsBefore: SettingsInput;
const DAY = 86_400_000;
const KEY = `zebra-quokka-${run}`;
const mine: Record<string, number> = {};

/** The form as the page renders it for `settings`, with some fields typed over. */
function formFor(settings: SettingsInput, typed: Record<string, string | undefined> = {}) {
  const values: Record<string, string | undefined> = { ...settingsFormValues(settings), ...typed };
  return Object.fromEntries(
    Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

async function comment(
  label: string,
  fields: {
    status: CommentStatus;
    body: string;
    email: string;
    minutesAhead: number;
    spamScore?: number;
    staff?: boolean;
  },
) {
  const { id } = await db.article.findFirstOrThrow({ where: { sectionId }, select: { id: true } });
  const row = await db.comment.create({
    data: {
      articleId: id,
      authorName: `Reader ${label}`,
      authorEmail: fields.email,
      emailHash: emailHash(fields.email),
      body: fields.body,
      status: fields.status,
      spamScore: fields.spamScore ?? 0.05,
      ipHash: `settings-${run}`,
      staffAuthorId: fields.staff ? admin.id : null,
      // After everything else in the shared database: these are "the latest comments".
      createdAt: new Date(Date.now() + DAY + fields.minutesAhead * 60_000),
    },
  });
  mine[label] = row.id;
  return row;
}

beforeAll(async () => {
  settingsBefore = editableSettings(await loadDiscussionSettings());
  await db.discussionSettings.update({ where: { id: 1 }, data: DEFAULT_SETTINGS });
  admin = await createStaff("ADMIN", "settings-admin");
  sectionId = (await db.section.create({ data: { slug: `settings-${run}`, name: `Settings ${run}` } })).id;
  const article = await db.article.create({
    data: {
      slug: `settings-${run}`,
      title: `Settings story ${run}`,
      body: "Text.",
      status: "PUBLISHED",
      publishedAt: new Date(Date.now() - 3_600_000),
      sectionId,
    },
  });
  // Every commenter already has an approved comment (so prior approval passes), a day ago.
  for (const who of ["a", "b", "c", "d", "e", "f"]) {
    const email = `${who}.${run}@lede-settings.test`;
    await db.comment.create({
      data: {
        articleId: article.id,
        authorName: who,
        authorEmail: email,
        emailHash: emailHash(email),
        body: "Earlier.",
        status: "APPROVED",
        ipHash: "h",
        createdAt: new Date(Date.now() - DAY),
      },
    });
  }
  const email = (who: string) => `${who}.${run}@lede-settings.test`;
  await comment("keyA", {
    status: "APPROVED",
    body: `I love the ${KEY} in this story.`,
    email: email("a"),
    minutesAhead: 1,
  });
  await comment("keyB", {
    status: "APPROVED",
    body: `More ${KEY.toUpperCase()} please.`,
    email: email("b"),
    minutesAhead: 2,
  });
  await comment("plain", {
    status: "APPROVED",
    body: "A calm, ordinary remark.",
    email: email("c"),
    minutesAhead: 3,
  });
  await comment("held", {
    status: "PENDING",
    body: "A moderator held this one by hand.",
    email: email("d"),
    minutesAhead: 4,
  });
  await comment("spam", {
    status: "SPAM",
    body: "Cheap pills here",
    email: email("e"),
    minutesAhead: 5,
    spamScore: 0.99,
  });
  await comment("link", {
    status: "APPROVED",
    body: "Source: https://example.org/report",
    email: email("f"),
    minutesAhead: 6,
  });
  // Staff replies are not moderated: never part of the preview.
  await comment("staff", {
    status: "APPROVED",
    body: `Staff reply mentioning ${KEY}.`,
    email: "staff@lede.test",
    minutesAhead: 7,
    staff: true,
  });
});

afterAll(async () => {
  await db.comment.deleteMany({ where: { article: { sectionId } } });
  await db.article.deleteMany({ where: { sectionId } });
  await db.section.delete({ where: { id: sectionId } });
  await db.discussionSettings.update({ where: { id: 1 }, data: settingsBefore });
  await db.user.delete({ where: { id: admin.id } });
});

beforeEach(() => signInAs(admin.id));

describe("the settings form", () => {
  it("parses every field from the form's strings", () => {
    const parsed = settingsSchema.parse(
      formFor(DEFAULT_SETTINGS, {
        requireModeration: "on",
        moderationKeys: " casino \r\n\n viagra\ncasino ",
        closeAfterDays: "",
        spamThreshold: "0.95",
        newestFirst: undefined,
      }),
    );
    expect(parsed).toEqual({
      ...DEFAULT_SETTINGS,
      requireModeration: true,
      moderationKeys: ["casino", "viagra"],
      closeAfterDays: null,
      spamThreshold: 0.95,
    });
  });

  it("explains what is wrong with each field", () => {
    const result = settingsSchema.safeParse(
      formFor(DEFAULT_SETTINGS, {
        linkLimit: "-1",
        threadDepth: "2.5",
        spamThreshold: "1.5",
        closeAfterDays: "0",
        disallowedKeys: "x".repeat(201),
      }),
    );
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((issue) => [issue.path[0], issue.message]));
    expect(messages).toEqual({
      linkLimit: "Enter a whole number from 0 to 100.",
      threadDepth: "Enter a whole number from 1 to 10.",
      spamThreshold: "Enter a number from 0 to 1, such as 0.9.",
      closeAfterDays: "Enter a whole number of days from 1 to 3650, or leave it empty to keep comments open.",
      disallowedKeys: "Each phrase must be at most 200 characters long.",
    });
  });
});

describe("saving", () => {
  it("saves the changed fields, records them before and after, and keeps the rest", async () => {
    const since = await lastAuditId();
    const state = await call(
      saveSettings,
      formFor(DEFAULT_SETTINGS, {
        linkLimit: "1",
        moderationKeys: "casino\nloan",
        requirePriorApproval: undefined,
      }),
    );
    expect(state).toMatchObject({ status: "ok", message: expect.stringMatching(/^Saved\. Changed: /) });
    expect(editableSettings(await loadDiscussionSettings())).toEqual({
      ...DEFAULT_SETTINGS,
      linkLimit: 1,
      moderationKeys: ["casino", "loan"],
      requirePriorApproval: false,
    });
    const entries = await auditSince(since);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorId: admin.id,
      action: "settings.update",
      targetType: "settings",
      targetId: "1",
    });
    expect(entries[0]!.details).toEqual({
      linkLimit: { before: 2, after: 1 },
      moderationKeys: { before: [], after: ["casino", "loan"] },
      requirePriorApproval: { before: true, after: false },
    });
  });

  it("records nothing when nothing changed", async () => {
    const since = await lastAuditId();
    const current = editableSettings(await loadDiscussionSettings());
    expect(await call(saveSettings, formFor(current))).toMatchObject({
      status: "ok",
      message: expect.stringContaining("Nothing to save"),
    });
    expect(await auditSince(since)).toEqual([]);
    await db.discussionSettings.update({ where: { id: 1 }, data: DEFAULT_SETTINGS });
  });

  it("refuses a hold threshold above the spam threshold, keeping what was typed", async () => {
    const since = await lastAuditId();
    const state = await call(
      saveSettings,
      formFor(DEFAULT_SETTINGS, { holdThreshold: "0.95", spamThreshold: "0.9", linkLimit: "7" }),
    );
    expect(state).toMatchObject({
      status: "error",
      fieldErrors: { holdThreshold: expect.stringContaining("must not be above the spam threshold") },
      values: { holdThreshold: "0.95", linkLimit: "7" },
    });
    expect(await call(saveSettings, formFor(DEFAULT_SETTINGS, { linkLimit: "lots" }))).toMatchObject({
      status: "error",
      fieldErrors: { linkLimit: "Enter a whole number from 0 to 100." },
    });
    expect(await auditSince(since)).toEqual([]);
    expect((await loadDiscussionSettings()).linkLimit).toBe(DEFAULT_SETTINGS.linkLimit);
  });
});

describe("the preview", () => {
  const candidate = { ...DEFAULT_SETTINGS, moderationKeys: [KEY], linkLimit: 1 };

  it("rebuilds the latest reader comments, leaving staff replies out", async () => {
    const comments = await loadReplayableComments(6);
    expect(comments.map((row) => row.id)).toEqual(
      ["link", "spam", "held", "plain", "keyB", "keyA"].map((label) => mine[label]),
    );
    const keyA = comments.find((row) => row.id === mine.keyA)!;
    // History without the comment itself: the earlier approved one only.
    expect(keyA.context.author).toEqual({ approved: 1, spam: 0, standing: "NORMAL" });
    expect(keyA.context.spam).toEqual({ score: 0.05, signals: [] });
  });

  it("counts the changes of status by kind, and lists them with the deciding reason", async () => {
    const preview = previewModeration(await loadReplayableComments(6), candidate, DEFAULT_SETTINGS);
    expect(preview).toMatchObject({ examined: 6, changed: 4, causedByChange: 3 });
    expect(preview.transitions).toEqual([
      { from: "APPROVED", to: "PENDING", count: 3 },
      { from: "PENDING", to: "APPROVED", count: 1 },
    ]);
    const byId = new Map(preview.rows.map((row) => [row.id, row]));
    expect(byId.get(mine.keyA!)).toMatchObject({
      current: "APPROVED",
      wouldBe: "PENDING",
      reason: `matched moderation key "${KEY}"`,
      causedByChange: true,
    });
    expect(byId.get(mine.keyB!)).toMatchObject({ wouldBe: "PENDING", causedByChange: true });
    expect(byId.get(mine.link!)).toMatchObject({
      wouldBe: "PENDING",
      reason: "1 links ≥ limit 1",
      causedByChange: true,
    });
    // Held by a moderator: the saved rules would approve it too, so this edit is not the cause.
    expect(byId.get(mine.held!)).toMatchObject({
      current: "PENDING",
      wouldBe: "APPROVED",
      causedByChange: false,
    });
    expect(byId.has(mine.plain!)).toBe(false);
    expect(byId.has(mine.spam!)).toBe(false);
    // The changes this edit causes come first.
    expect(preview.rows.map((row) => row.causedByChange)).toEqual([true, true, true, false]);
  });

  it("shows a disallowed key sending comments to the trash, and closed articles refusing", async () => {
    const comments = await loadReplayableComments(6);
    const trash = previewModeration(
      comments,
      { ...DEFAULT_SETTINGS, disallowedKeys: ["ordinary"] },
      DEFAULT_SETTINGS,
    );
    expect(trash.rows.find((row) => row.id === mine.plain)).toMatchObject({
      current: "APPROVED",
      wouldBe: "TRASH",
      reason: 'matched disallowed key "ordinary"',
    });
    // Posted a day and some minutes after publication: closing after one day would have refused them.
    const closed = previewModeration(comments, { ...DEFAULT_SETTINGS, closeAfterDays: 1 }, DEFAULT_SETTINGS);
    expect(closed.rows.find((row) => row.id === mine.keyA)).toMatchObject({
      wouldBe: "REFUSED",
      reason: "comments are closed",
    });
  });

  it("does not hold an editor switching comments off later against the comments already there", async () => {
    await db.article.updateMany({ where: { sectionId }, data: { commentsOpen: false } });
    try {
      const preview = previewModeration(await loadReplayableComments(6), DEFAULT_SETTINGS, DEFAULT_SETTINGS);
      expect(preview.rows.filter((row) => row.wouldBe === "REFUSED")).toEqual([]);
    } finally {
      await db.article.updateMany({ where: { sectionId }, data: { commentsOpen: true } });
    }
  });

  it("is an action that changes nothing and gives back what was typed", async () => {
    const since = await lastAuditId();
    const typed = formFor(DEFAULT_SETTINGS, { moderationKeys: KEY, linkLimit: "1" });
    const state = (await call(previewSettings, typed)) as SettingsState;
    expect(state).toMatchObject({
      status: "ok",
      message: "Preview only: nothing was saved yet.",
      values: typed,
    });
    expect(state.preview!.examined).toBeGreaterThanOrEqual(6);
    expect(state.preview!.examined).toBeLessThanOrEqual(200);
    const ids = state.preview!.rows.filter((row) => row.causedByChange).map((row) => row.id);
    expect(ids).toEqual(expect.arrayContaining([mine.keyA, mine.keyB, mine.link]));
    expect(editableSettings(await loadDiscussionSettings())).toEqual(DEFAULT_SETTINGS);
    expect(await auditSince(since)).toEqual([]);
  });
});
