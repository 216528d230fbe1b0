// The reader actions themselves (post, edit, report), called as the browser calls them: a
// FormData post with this site's Origin, the client's address, and the browser's own cookies.
// Edits go through the same moderate() as new comments: re-moderated, only within the edit
// window, only from the browser that posted, never on a closed article, and never revealing
// whether an email has commented.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

type Jar = Map<string, string>;
const browser = vi.hoisted(() => ({
  jar: new Map<string, string>() as Map<string, string>,
  ip: "198.18.0.1",
  origin: "http://localhost:3000" as string | null,
  enhanced: true,
}));

vi.mock("next/headers", () => ({
  headers: async () => {
    const list = new Headers({
      host: "localhost:3000",
      // The client address as the in-process server passes it (lib/server/http/forwarding.ts).
      "x-lede-client-ip": browser.ip,
      "user-agent": "Vitest",
    });
    if (browser.origin) list.set("origin", browser.origin);
    if (browser.enhanced) list.set("next-action", "x");
    return list;
  },
  cookies: async () => ({
    get: (name: string) => (browser.jar.has(name) ? { name, value: browser.jar.get(name)! } : undefined),
    set: (name: string, value: string) => void browser.jar.set(name, value),
    delete: (name: string) => void browser.jar.delete(name),
  }),
}));
vi.mock("next/navigation", () => ({
  redirect: (target: string) => {
    throw Object.assign(new Error(`redirect ${target}`), { target });
  },
}));

import { db } from "@/lib/db";
import { editComment, postComment, reportComment } from "@/lib/comments/actions";
import { emailHash } from "@/lib/comments/identity";
import { rememberOwnComment } from "@/lib/comments/cookies";
import { hashIp } from "@/lib/security/request";
import { commentFixtures, giveHistory, withSettings, type Visitor } from "./support";

const fixtures = commentFixtures("actions");
let open: { id: number };
let other: { id: number };

/** A browser of its own (cookie jar, address) for this visitor. */
function use(who: Visitor, jar: Jar = new Map()) {
  browser.jar = jar;
  browser.ip = who.ip;
  browser.origin = "http://localhost:3000";
  browser.enhanced = true;
  for (const id of [...who.ownCommentIds].reverse()) rememberOwnComment(cookieJar(jar), id);
  return jar;
}

function cookieJar(jar: Jar) {
  return {
    get: (name: string) => (jar.has(name) ? { value: jar.get(name)! } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
  };
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

let bodies = 0;
const text = (what: string) =>
  `${what}: the council should publish the full budget before the vote (${++bodies}).`;

/** Posts as this browser, a form shown 30 s ago; returns the new comment's id and status. */
async function post(articleId: number, who: Visitor, body = text("a comment")) {
  const state = await postComment(
    { status: "idle" },
    form({
      articleId: String(articleId),
      authorName: who.name,
      authorEmail: who.email,
      body,
      // Time from first sight of the form to submit, as measured by the browser.
      elapsedMs: "30000",
    }),
  );
  if (state.status !== "posted") throw new Error(`not posted: ${state.message}`);
  return state.posted!;
}

/** A comment stored directly, as posted by this visitor's browser `minutesAgo`. */
async function stored(articleId: number, who: Visitor, minutesAgo: number, status: "APPROVED" | "PENDING") {
  const created = await db.comment.create({
    data: {
      articleId,
      authorName: who.name,
      authorEmail: who.email,
      emailHash: emailHash(who.email),
      body: text("stored"),
      status,
      ipHash: hashIp(who.ip),
      createdAt: new Date(Date.now() - minutesAgo * 60_000),
    },
  });
  await db.comment.update({ where: { id: created.id }, data: { threadId: created.id } });
  who.ownCommentIds.push(created.id);
  return created;
}

const edit = (commentId: number, articleId: number, body: string) =>
  editComment({ status: "idle" }, form({ commentId: String(commentId), articleId: String(articleId), body }));

beforeAll(async () => {
  await fixtures.setup();
  open = await fixtures.article("open");
  other = await fixtures.article("other");
});
afterAll(() => fixtures.teardown());
beforeEach(() => {
  browser.enhanced = true;
});

describe("editing one's own comment", () => {
  it("moderates the new text again: a link-stuffed edit is held, with its history", async () => {
    const who = fixtures.visitor("editor");
    await giveHistory(other.id, who);
    use(who);
    const posted = await post(open.id, who);
    expect(posted.status).toBe("APPROVED");
    use(who, browser.jar);
    const state = await edit(posted.id, open.id, "See https://a.example and https://b.example now.");
    expect(state).toMatchObject({ status: "saved", commentStatus: "PENDING" });
    const row = await db.comment.findUniqueOrThrow({
      where: { id: posted.id },
      include: { statusChanges: { orderBy: { id: "asc" } } },
    });
    expect(row.body).toBe("See https://a.example and https://b.example now.");
    expect(row.editedAt).not.toBeNull();
    expect(row.reasons[0]).toBe("edited by its author");
    expect(row.statusChanges.at(-1)).toMatchObject({ fromStatus: "APPROVED", toStatus: "PENDING" });
  });

  it("is refused after the edit window, and the text stays as it was", async () => {
    const who = fixtures.visitor("late");
    const old = await stored(open.id, who, 11, "APPROVED");
    use(who);
    const state = await edit(old.id, open.id, "Changed my mind entirely about this.");
    expect(state).toMatchObject({ status: "error", body: "Changed my mind entirely about this." });
    expect(state.message).toMatch(/edited for 10 minutes/);
    expect((await db.comment.findUniqueOrThrow({ where: { id: old.id } })).body).toBe(old.body);
  });

  it("is refused from another browser, even with the same address", async () => {
    const who = fixtures.visitor("owner");
    const mine = await stored(open.id, who, 1, "APPROVED");
    use({ ...who, ownCommentIds: [] });
    const state = await edit(mine.id, open.id, "Someone else rewriting this comment.");
    expect(state).toMatchObject({ status: "error", message: expect.stringMatching(/your own comments/) });
    expect((await db.comment.findUniqueOrThrow({ where: { id: mine.id } })).body).toBe(mine.body);
  });

  it("is refused once the article's comments are closed", async () => {
    const closing = await fixtures.article("closing");
    const who = fixtures.visitor("closed");
    const mine = await stored(closing.id, who, 1, "APPROVED");
    await db.article.update({ where: { id: closing.id }, data: { commentsOpen: false } });
    use(who);
    const state = await edit(mine.id, closing.id, "A late change on a closed article.");
    expect(state).toMatchObject({ status: "error", message: "Comments are closed on this article." });
    expect((await db.comment.findUniqueOrThrow({ where: { id: mine.id } })).body).toBe(mine.body);
  });

  it("does not reveal whether an email has commented: an edit from a browser with no approvals stays held", async () => {
    await withSettings({ requirePriorApproval: true }, async () => {
      // The person whose email is typed has an approved comment, posted from their own browser.
      const victim = fixtures.visitor("victim");
      await giveHistory(other.id, victim);
      // A stranger types that email: held as a first comment…
      const stranger = { ...fixtures.visitor("stranger"), email: victim.email, name: victim.name };
      use(stranger);
      const posted = await post(open.id, stranger);
      expect(posted.status).toBe("PENDING");
      stranger.ownCommentIds.push(posted.id);
      // …and editing it must not approve it on the strength of the victim's history.
      use(stranger, browser.jar);
      const state = await edit(posted.id, open.id, text("an edited comment"));
      expect(state).toMatchObject({ status: "saved", commentStatus: "PENDING" });
      const row = await db.comment.findUniqueOrThrow({ where: { id: posted.id } });
      expect(row.reasons).toContain("first comment from this author");

      // The victim's own browser, which proved its earlier approval, is approved on edit.
      const own = await stored(open.id, victim, 1, "PENDING");
      use(victim);
      expect(await edit(own.id, open.id, text("the victim's own edit"))).toMatchObject({
        status: "saved",
        commentStatus: "APPROVED",
      });
    });
  });
});

describe("reporting a comment", () => {
  it("stores one report per reader and comment, and updates its reason", async () => {
    const author = fixtures.visitor("reported");
    const target = await stored(open.id, author, 1, "APPROVED");
    const reader = fixtures.visitor("reporter");
    use(reader);
    const report = (reason: string) =>
      reportComment(
        { status: "idle" },
        form({ commentId: String(target.id), articleId: String(open.id), reason, details: "Off topic." }),
      );
    expect(await report("SPAM")).toMatchObject({ status: "reported" });
    expect(await report("OFF_TOPIC")).toMatchObject({ status: "reported" });
    const reports = await db.commentReport.findMany({ where: { commentId: target.id } });
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ reason: "OFF_TOPIC", ipHash: hashIp(reader.ip), resolvedAt: null });
  });

  it("refuses comments that are not approved, and an unknown reason", async () => {
    const author = fixtures.visitor("held");
    const held = await stored(open.id, author, 1, "PENDING");
    use(fixtures.visitor("reporter-2"));
    const report = (reason: string) =>
      reportComment(
        { status: "idle" },
        form({ commentId: String(held.id), articleId: String(open.id), reason }),
      );
    expect(await report("SPAM")).toEqual({
      status: "error",
      message: "This comment is no longer available.",
    });
    expect(await report("BORING")).toEqual({ status: "error", message: "Please choose a reason." });
    expect(await db.commentReport.count({ where: { commentId: held.id } })).toBe(0);
  });
});

describe("the public action wrapper", () => {
  it("answers a plain form post (no JavaScript) with the stored result, its own refusals included", async () => {
    const who = fixtures.visitor("nojs");
    use(who);
    browser.enhanced = false;
    browser.origin = "https://elsewhere.example";
    const typed = text("typed without JavaScript");
    const answer = postComment(
      { status: "idle" },
      form({ articleId: String(open.id), authorName: who.name, authorEmail: who.email, body: typed }),
    );
    await expect(answer).rejects.toMatchObject({ target: `/comments/respond?article=${open.id}` });
    const result = await db.formResult.findFirst({
      where: { target: `/comments/respond?article=${open.id}` },
      orderBy: { createdAt: "desc" },
    });
    expect(result?.state).toMatchObject({
      status: "error",
      message: expect.stringMatching(/could not verify where this form was sent from/),
      values: { body: typed, authorEmail: who.email },
    });
    expect(await db.comment.count({ where: { body: typed } })).toBe(0);
  });

  it("gives field errors back next to the fields, with everything typed", async () => {
    const who = fixtures.visitor("invalid");
    use(who);
    const state = await postComment(
      { status: "idle" },
      form({ articleId: String(open.id), authorName: who.name, authorEmail: "not-an-email", body: "Hello" }),
    );
    expect(state).toMatchObject({
      status: "error",
      fieldErrors: { authorEmail: expect.stringMatching(/valid email/) },
      values: { authorEmail: "not-an-email", body: "Hello", authorName: who.name },
    });
  });
});
