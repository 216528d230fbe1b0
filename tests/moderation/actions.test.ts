// The moderation queue's actions on a real database, with a signed-in moderator (the session is
// mocked): every verb's status change, its history and audit entry, the spam filter learning
// (and unlearning) from moderators, author standing, staff replies.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/config", () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn(), handlers: {} }));
// React's enhanced form calls carry a Next-Action header: respondWith then returns the state.
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "next-action": "x" }),
  cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {} }),
}));

import { auth } from "@/lib/auth/config";
import type { ActionState, AdminAction } from "@/lib/actions/admin";
import { emailHash } from "@/lib/comments/identity";
import { submitComment } from "@/lib/comments/submit";
import { db } from "@/lib/db";
import type { SpamCorpus, SpamToken } from "@/lib/generated/prisma/client";
import type { CommentStatus } from "@/lib/generated/prisma/enums";
import {
  approveComments,
  banAuthors,
  deleteComments,
  featureComments,
  notSpamComments,
  premoderateAuthors,
  replyToComment,
  resetAuthors,
  restoreComments,
  spamComments,
  trashComments,
  unfeatureComments,
} from "@/lib/moderation/actions";
import { readSpamSignals } from "@/lib/moderation/schema";
import { classifyComment, type CommentForSpam } from "@/lib/spam";
import { USER_AGENT, commentFixtures, commentInput, giveHistory, requestFrom } from "../comments/support";

const fixtures = commentFixtures("moderation-actions");
const run = randomBytes(3).toString("hex");
let article: { id: number };
let moderator: { id: number; name: string; email: string };

// What the filter knew before this file, put back afterwards (the database is shared).
let tokensBefore: SpamToken[] = [];
let corpusBefore: SpamCorpus | null = null;

beforeAll(async () => {
  tokensBefore = await db.spamToken.findMany();
  corpusBefore = await db.spamCorpus.findUnique({ where: { id: 1 } });
  await fixtures.setup();
  article = await fixtures.article("queue");
  moderator = await db.user.create({
    data: {
      email: `moderator-${run}@lede.test`,
      name: `Moderator ${run}`,
      passwordHash: "unused",
      role: "MODERATOR",
    },
    select: { id: true, name: true, email: true },
  });
});

beforeEach(() => {
  vi.mocked(auth).mockResolvedValue({ userId: moderator.id } as never);
});

afterAll(async () => {
  await fixtures.teardown();
  await db.auditEntry.deleteMany({ where: { actorId: moderator.id } });
  await db.user.delete({ where: { id: moderator.id } });
  await db.$transaction([
    db.spamToken.deleteMany(),
    db.spamToken.createMany({ data: tokensBefore }),
    corpusBefore
      ? db.spamCorpus.update({ where: { id: 1 }, data: corpusBefore })
      : db.spamCorpus.deleteMany(),
  ]);
});

const RETURN_TO = "/admin/comments?tab=pending";

async function call(action: AdminAction, fields: Record<string, string | string[]>): Promise<ActionState> {
  const form = new FormData();
  form.set("returnTo", RETURN_TO);
  for (const [name, value] of Object.entries(fields))
    for (const item of [value].flat()) form.append(name, item);
  return action({ status: "idle" }, form);
}

let bodies = 0;
/** A comment stored directly, as the pipeline would have: with its first status change. */
async function comment(
  status: CommentStatus,
  fields: Partial<{
    body: string;
    parentId: number;
    depth: number;
    threadId: number;
    authorEmail: string;
  }> = {},
) {
  const email = fields.authorEmail ?? `reader-${run}-${++bodies}@lede-comments.test`;
  const created = await db.comment.create({
    data: {
      articleId: article.id,
      authorName: `Reader ${bodies}`,
      authorEmail: email,
      emailHash: emailHash(email),
      body: fields.body ?? `A comment about the council budget, number ${bodies} (${run}).`,
      status,
      ipHash: `ip-${run}-${bodies}`,
      parentId: fields.parentId ?? null,
      depth: fields.depth ?? 0,
      threadId: fields.threadId ?? null,
      statusChanges: { create: { toStatus: status, reason: "test" } },
    },
  });
  if (!fields.threadId)
    await db.comment.update({ where: { id: created.id }, data: { threadId: created.id } });
  return created;
}

async function expectChanged(id: number, from: CommentStatus, to: CommentStatus, audit: string) {
  const row = await db.comment.findUniqueOrThrow({
    where: { id },
    include: { statusChanges: { orderBy: { id: "desc" }, take: 1 } },
  });
  expect(row.status).toBe(to);
  expect(row.statusChanges[0]).toMatchObject({ fromStatus: from, toStatus: to, actorId: moderator.id });
  const entry = await db.auditEntry.findFirst({
    where: { action: audit, targetType: "comment", targetId: String(id), actorId: moderator.id },
    orderBy: { id: "desc" },
  });
  expect(entry?.details).toMatchObject({ from, to, articleId: article.id });
  return row;
}

async function tokenCounts(token: string) {
  const row = await db.spamToken.findUnique({ where: { token } });
  return { spam: row?.spamCount ?? 0, ham: row?.hamCount ?? 0 };
}

async function corpus() {
  const row = await db.spamCorpus.findUnique({ where: { id: 1 } });
  return { spam: row?.spamTotal ?? 0, ham: row?.hamTotal ?? 0 };
}

describe("status changes", () => {
  it("approves a pending comment: status, history, audit, and the filter learns it as good", async () => {
    const pending = await comment("PENDING");
    const before = await corpus();
    const state = await call(approveComments, { ids: String(pending.id) });
    expect(state).toEqual({ status: "ok", message: "Approved: 1 comment." });
    const row = await expectChanged(pending.id, "PENDING", "APPROVED", "comment.approve");
    expect(readSpamSignals(row.spamSignals)?.trained).toBe("ham");
    expect(await corpus()).toEqual({ ...before, ham: before.ham + 1 });
  });

  it("acts on many comments at once, from repeated or comma-separated ids, and says what it skipped", async () => {
    const [a, b, c] = [await comment("PENDING"), await comment("PENDING"), await comment("PENDING")];
    const approved = await comment("APPROVED");
    const state = await call(trashComments, { ids: [`${a.id},${b.id}`, String(c.id)] });
    expect(state).toEqual({ status: "ok", message: "Moved to the trash: 3 comments." });
    for (const { id } of [a, b, c]) await expectChanged(id, "PENDING", "TRASH", "comment.trash");

    const again = await call(approveComments, { ids: [String(a.id), String(approved.id)] });
    expect(again.message).toBe("Approved: 1 comment. 1 comment skipped (already approved).");
  });

  it("refuses an empty or malformed selection", async () => {
    expect(await call(approveComments, {})).toMatchObject({
      status: "error",
      fieldErrors: { ids: "Select at least one comment." },
    });
    expect(await call(approveComments, { ids: "12;drop" })).toMatchObject({ status: "error" });
  });

  it("refuses a signed-out caller without touching anything", async () => {
    const pending = await comment("PENDING");
    vi.mocked(auth).mockResolvedValue(null as never);
    await expect(call(approveComments, { ids: String(pending.id) })).rejects.toMatchObject({
      digest: "NEXT_HTTP_ERROR_FALLBACK;401",
    });
    expect((await db.comment.findUniqueOrThrow({ where: { id: pending.id } })).status).toBe("PENDING");
  });

  it("trashes and restores a comment to the status it had", async () => {
    const approved = await comment("APPROVED");
    await call(trashComments, { ids: String(approved.id) });
    const state = await call(restoreComments, { ids: String(approved.id) });
    expect(state.message).toBe("Restored: 1 comment.");
    await expectChanged(approved.id, "TRASH", "APPROVED", "comment.restore");
  });

  it("restores a comment the pipeline sent to spam to the pending queue", async () => {
    const spam = await comment("SPAM");
    await call(restoreComments, { ids: String(spam.id) });
    await expectChanged(spam.id, "SPAM", "PENDING", "comment.restore");
  });

  it("resolves open reports when a reported comment is trashed, and dismisses them when approved again", async () => {
    const [kept, removed] = [await comment("APPROVED"), await comment("APPROVED")];
    for (const { id } of [kept, removed]) {
      await db.commentReport.createMany({
        data: [
          { commentId: id, reason: "ABUSE", ipHash: `r1-${run}` },
          { commentId: id, reason: "SPAM", ipHash: `r2-${run}` },
        ],
      });
    }
    await call(trashComments, { ids: String(removed.id) });
    expect(await db.commentReport.count({ where: { commentId: removed.id, resolvedAt: null } })).toBe(0);

    const state = await call(approveComments, { ids: String(kept.id) });
    expect(state.message).toBe("Reports dismissed: 1 comment.");
    expect(await db.commentReport.count({ where: { commentId: kept.id, resolvedAt: null } })).toBe(0);
    const row = await db.comment.findUniqueOrThrow({
      where: { id: kept.id },
      include: { statusChanges: { orderBy: { id: "desc" }, take: 1 } },
    });
    expect(row.statusChanges[0]).toMatchObject({
      fromStatus: "APPROVED",
      toStatus: "APPROVED",
      reason: "reports dismissed by a moderator",
    });
  });
});

describe("the spam filter learns from moderators", () => {
  const word = () =>
    `zorblax${Array.from(randomBytes(5), (byte) => "bcdfghjklmnpqrstvwxz"[byte % 20]).join("")}`;

  function probe(body: string, email: string): CommentForSpam {
    return {
      body,
      authorName: "Probe Reader",
      authorEmail: email,
      authorUrl: null,
      userAgent: USER_AGENT,
      elapsedMs: 30_000,
      history: { approved: 0, spam: 0 },
    };
  }

  it("marking spam counts its tokens as spam and scores a similar comment higher; not spam reverses it", async () => {
    const [first, second] = [word(), word()];
    const text = (n: number) =>
      `Has anyone tried the ${first} ${second} recipe from the market? The ${first} was lovely (${n}).`;
    // Posted through the pipeline, so its classification (and tokens) are stored with it.
    const who = fixtures.visitor("spammer");
    await giveHistory(article.id, who);
    const outcome = await submitComment(commentInput(article.id, who, text(1)), requestFrom(who));
    if (outcome.kind !== "created") throw new Error(outcome.refusal.message);
    const posted = await db.comment.findUniqueOrThrow({ where: { id: outcome.comment.id } });
    const tokens = readSpamSignals(posted.spamSignals)!.tokens;
    expect(tokens).toContain(first);

    const similar = probe(text(2), `probe-${run}@lede-comments.test`);
    const scoreBefore = (await classifyComment(similar)).score;
    const countsBefore = await tokenCounts(first);

    expect((await call(spamComments, { ids: String(posted.id) })).message).toBe("Marked as spam: 1 comment.");
    const marked = await expectChanged(posted.id, posted.status, "SPAM", "comment.spam");
    expect(readSpamSignals(marked.spamSignals)).toMatchObject({ tokens, trained: "spam" });
    expect(await tokenCounts(first)).toEqual({ spam: countsBefore.spam + 1, ham: countsBefore.ham });
    expect((await classifyComment(similar)).score).toBeGreaterThan(scoreBefore);

    // Not spam: approved, the spam lesson forgotten and a ham one learned instead.
    expect((await call(notSpamComments, { ids: String(posted.id) })).message).toBe(
      "Marked as not spam and approved: 1 comment.",
    );
    const reversed = await expectChanged(posted.id, "SPAM", "APPROVED", "comment.not-spam");
    expect(readSpamSignals(reversed.spamSignals)?.trained).toBe("ham");
    expect(await tokenCounts(first)).toEqual({ spam: countsBefore.spam, ham: countsBefore.ham + 1 });
    expect((await classifyComment(similar)).score).toBeLessThan(scoreBefore);
  });

  it("marking an approved comment as spam retrains it instead of counting it twice", async () => {
    const token = word();
    const pending = await comment("PENDING", {
      body: `Interesting view on ${token} and the local elections.`,
    });
    const before = await corpus();
    await call(approveComments, { ids: String(pending.id) });
    await call(spamComments, { ids: String(pending.id) });
    expect(await tokenCounts(token)).toEqual({ spam: 1, ham: 0 });
    expect(await corpus()).toEqual({ spam: before.spam + 1, ham: before.ham });
  });

  it("restoring a spam decision forgets it", async () => {
    const token = word();
    const pending = await comment("PENDING", { body: `Cheap ${token} pills for sale right now.` });
    await call(spamComments, { ids: String(pending.id) });
    expect(await tokenCounts(token)).toEqual({ spam: 1, ham: 0 });
    await call(restoreComments, { ids: String(pending.id) });
    await expectChanged(pending.id, "SPAM", "PENDING", "comment.restore");
    expect(await tokenCounts(token)).toEqual({ spam: 0, ham: 0 });
  });

  it("skips a comment already in spam", async () => {
    const spam = await comment("SPAM");
    expect(await call(spamComments, { ids: String(spam.id) })).toEqual({
      status: "error",
      message: "1 comment skipped (already spam).",
    });
  });
});

describe("delete forever", () => {
  it("refuses comments that are not in the trash", async () => {
    const approved = await comment("APPROVED");
    const state = await call(deleteComments, { ids: String(approved.id) });
    expect(state).toEqual({
      status: "error",
      message: "1 comment skipped (only comments in the trash can be deleted forever).",
    });
    expect(await db.comment.count({ where: { id: approved.id } })).toBe(1);
  });

  it("deletes a trashed comment and keeps its replies in the thread", async () => {
    const top = await comment("APPROVED");
    const middle = await comment("TRASH", { parentId: top.id, depth: 1, threadId: top.id });
    const reply = await comment("APPROVED", { parentId: middle.id, depth: 2, threadId: top.id });
    const deeper = await comment("APPROVED", { parentId: reply.id, depth: 3, threadId: top.id });
    const state = await call(deleteComments, { ids: String(middle.id) });
    expect(state).toEqual({ status: "ok", message: "Deleted forever: 1 comment." });
    expect(await db.comment.count({ where: { id: middle.id } })).toBe(0);
    expect(await db.comment.findUniqueOrThrow({ where: { id: reply.id } })).toMatchObject({
      parentId: top.id,
      depth: 1,
      threadId: top.id,
    });
    expect(await db.comment.findUniqueOrThrow({ where: { id: deeper.id } })).toMatchObject({
      parentId: reply.id,
      depth: 2,
      threadId: top.id,
    });
    expect(
      await db.auditEntry.count({
        where: { action: "comment.delete", targetId: String(middle.id), actorId: moderator.id },
      }),
    ).toBe(1);
  });

  it("makes the replies of a deleted top-level comment threads of their own", async () => {
    const top = await comment("TRASH");
    const reply = await comment("APPROVED", { parentId: top.id, depth: 1, threadId: top.id });
    const under = await comment("APPROVED", { parentId: reply.id, depth: 2, threadId: top.id });
    await call(deleteComments, { ids: String(top.id) });
    expect(await db.comment.findUniqueOrThrow({ where: { id: reply.id } })).toMatchObject({
      parentId: null,
      depth: 0,
      threadId: reply.id,
    });
    expect(await db.comment.findUniqueOrThrow({ where: { id: under.id } })).toMatchObject({
      parentId: reply.id,
      depth: 1,
      threadId: reply.id,
    });
  });
});

describe("feature", () => {
  it("features and unfeatures approved comments only", async () => {
    const [approved, pending] = [await comment("APPROVED"), await comment("PENDING")];
    const state = await call(featureComments, { ids: `${approved.id},${pending.id}` });
    expect(state.message).toBe(
      "Featured: 1 comment. 1 comment skipped (only approved comments can be featured).",
    );
    expect((await db.comment.findUniqueOrThrow({ where: { id: approved.id } })).featured).toBe(true);
    expect(
      await db.auditEntry.count({ where: { action: "comment.feature", targetId: String(approved.id) } }),
    ).toBe(1);
    await call(unfeatureComments, { ids: String(approved.id) });
    const row = await db.comment.findUniqueOrThrow({
      where: { id: approved.id },
      include: { statusChanges: { orderBy: { id: "desc" }, take: 1 } },
    });
    expect(row.featured).toBe(false);
    expect(row.statusChanges[0]).toMatchObject({
      fromStatus: "APPROVED",
      toStatus: "APPROVED",
      actorId: moderator.id,
      reason: "no longer featured",
    });
  });

  it("unfeatures a comment that leaves the approved list", async () => {
    const approved = await comment("APPROVED");
    await call(featureComments, { ids: String(approved.id) });
    await call(spamComments, { ids: String(approved.id) });
    expect((await db.comment.findUniqueOrThrow({ where: { id: approved.id } })).featured).toBe(false);
  });
});

describe("author standing", () => {
  it("a banned author's next comment goes to the trash; pre-moderated waits; reset approves again", async () => {
    const who = fixtures.visitor("banned");
    await giveHistory(article.id, who);
    const theirs = await comment("APPROVED", { authorEmail: who.email });

    expect(await call(banAuthors, { ids: String(theirs.id) })).toEqual({
      status: "ok",
      message: "Banned: 1 author.",
    });
    expect(await db.commenter.findUnique({ where: { emailHash: emailHash(who.email) } })).toMatchObject({
      standing: "BANNED",
      changedById: moderator.id,
    });
    expect(
      await db.auditEntry.count({
        where: { action: "commenter.ban", targetType: "commenter", targetId: emailHash(who.email) },
      }),
    ).toBe(1);
    const body = (n: number) =>
      `I think the council should publish the full budget before the vote, take ${n}.`;
    // Each a little later than the last, as the flood rule wants.
    const later = (seconds: number) => requestFrom(who, { now: new Date(Date.now() + seconds * 1000) });
    const banned = await submitComment(commentInput(article.id, who, body(1)), later(20));
    expect(banned).toMatchObject({ kind: "created", comment: { status: "TRASH" } });

    await call(premoderateAuthors, { ids: String(theirs.id) });
    const held = await submitComment(commentInput(article.id, who, body(2)), later(40));
    expect(held).toMatchObject({ kind: "created", comment: { status: "PENDING" } });

    expect(await call(resetAuthors, { ids: String(theirs.id) })).toEqual({
      status: "ok",
      message: "In normal standing: 1 author.",
    });
    const normal = await submitComment(commentInput(article.id, who, body(3)), later(60));
    expect(normal).toMatchObject({ kind: "created", comment: { status: "APPROVED" } });
    expect(await call(resetAuthors, { ids: String(theirs.id) })).toMatchObject({
      status: "error",
      message: "1 author skipped (already in normal standing).",
    });
  });
});

describe("reply as staff", () => {
  it("publishes an approved reply under the staff member's name", async () => {
    const parent = await comment("APPROVED");
    const state = await call(replyToComment, {
      ids: String(parent.id),
      body: "  Thank you, we have corrected the figure.  ",
    });
    expect(state).toEqual({ status: "ok", message: "Reply published." });
    const reply = await db.comment.findFirstOrThrow({
      where: { parentId: parent.id },
      include: { statusChanges: true },
    });
    expect(reply).toMatchObject({
      status: "APPROVED",
      staffAuthorId: moderator.id,
      authorName: moderator.name,
      authorEmail: moderator.email,
      emailHash: emailHash(moderator.email),
      ipHash: "staff",
      body: "Thank you, we have corrected the figure.",
      depth: 1,
      threadId: parent.id,
    });
    expect(reply.statusChanges).toMatchObject([
      { fromStatus: null, toStatus: "APPROVED", actorId: moderator.id },
    ]);
    expect(
      await db.auditEntry.count({ where: { action: "comment.reply", targetId: String(reply.id) } }),
    ).toBe(1);
  });

  it("approves a pending comment it replies to, and attaches beside a comment at the deepest level", async () => {
    const pending = await comment("PENDING");
    expect(
      (await call(replyToComment, { ids: String(pending.id), body: "Approved and answered." })).message,
    ).toBe("Comment approved and reply published.");
    await expectChanged(pending.id, "PENDING", "APPROVED", "comment.approve");

    // Default thread depth 5: a comment at depth 4 gets its reply beside it, on its parent.
    let parent = await comment("APPROVED");
    const top = parent;
    for (let depth = 1; depth <= 4; depth++)
      parent = await comment("APPROVED", { parentId: parent.id, depth, threadId: top.id });
    await call(replyToComment, { ids: String(parent.id), body: "Deep answer." });
    const reply = await db.comment.findFirstOrThrow({
      where: { body: "Deep answer.", articleId: article.id },
    });
    expect(reply).toMatchObject({ parentId: parent.parentId, depth: 4, threadId: top.id });
  });

  it("keeps the text when the reply cannot be posted", async () => {
    const spam = await comment("SPAM");
    expect(await call(replyToComment, { ids: String(spam.id), body: "Kept text" })).toMatchObject({
      status: "error",
      message: "Restore this comment before replying to it.",
      values: { body: "Kept text" },
    });
    expect(await call(replyToComment, { ids: String(spam.id), body: "  " })).toMatchObject({
      status: "error",
      fieldErrors: { body: "Please write your comment." },
    });
  });
});
