// The whole comment pipeline on a real database, through submitComment: one test per outcome,
// each checking the stored row and its first status change, or that a refusal stored nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { emailHash } from "@/lib/comments/identity";
import { submitComment, type SubmitOutcome } from "@/lib/comments/submit";
import { hashIp } from "@/lib/security/request";
import {
  DAY,
  commentFixtures,
  commentInput,
  expectStored,
  giveHistory,
  requestFrom,
  storedCounts,
  withSettings,
  type Visitor,
} from "./support";

const fixtures = commentFixtures("submit");
const { visitor } = fixtures;
let open: { id: number };
let other: { id: number };
/** Every comment submitComment created here: each must have exactly one status change. */
const created: number[] = [];

const SPAM_SCORE = /^spam score 0\.\d\d$/;
const NORMAL =
  "I think the council should publish the full budget before the vote. Residents deserve to see the numbers.";
let bodies = 0;
/** A normal reader comment, different every time (the same text twice is a duplicate). */
const normal = () => `${NORMAL} (${++bodies})`;

function createdId(outcome: SubmitOutcome): number {
  if (outcome.kind !== "created")
    throw new Error(`expected a created comment, got a refusal: ${outcome.refusal.message}`);
  created.push(outcome.comment.id);
  return outcome.comment.id;
}

/** A visitor whose email already has an approved comment. */
async function regular(label: string): Promise<Visitor> {
  const who = visitor(label);
  await giveHistory(other.id, who);
  return who;
}

/** Submits and expects a refusal with nothing stored. */
async function expectRefused(
  input: Parameters<typeof submitComment>[0],
  request: Parameters<typeof submitComment>[1],
  message: string | RegExp,
) {
  const before = await storedCounts();
  const outcome = await submitComment(input, request);
  expect(outcome.kind).toBe("refused");
  if (outcome.kind === "refused") {
    if (typeof message === "string") expect(outcome.refusal.message).toBe(message);
    else expect(outcome.refusal.message).toMatch(message);
  }
  expect(await storedCounts()).toEqual(before);
  expect(await db.comment.count({ where: { body: input.body } })).toBe(0);
  return outcome;
}

beforeAll(async () => {
  await fixtures.setup();
  open = await fixtures.article("open");
  other = await fixtures.article("other");
});

afterAll(() => fixtures.teardown());

describe("decided outcomes (stored)", () => {
  it("does not reveal that an email has commented: someone else's browser typing it is held", async () => {
    const who = await regular("impersonated");
    const stranger = { ...visitor("stranger"), email: who.email, name: who.name };
    const outcome = await submitComment(commentInput(open.id, stranger, normal()), requestFrom(stranger));
    expect(outcome).toMatchObject({ kind: "created", comment: { status: "PENDING" } });
    const row = await db.comment.findUniqueOrThrow({ where: { id: createdId(outcome) } });
    expect(row.reasons).toContain("first comment from this author");
  });

  it("approves a normal comment from an author with an approved comment", async () => {
    const who = await regular("approved");
    const outcome = await submitComment(commentInput(open.id, who, normal()), requestFrom(who));
    expect(outcome).toMatchObject({
      kind: "created",
      comment: { articleId: open.id, status: "APPROVED", authorName: who.name },
    });
    const row = await expectStored(createdId(outcome), who, {
      status: "APPROVED",
      reasons: [
        expect.stringMatching(SPAM_SCORE),
        "author has 1 approved comment",
        "no rule held the comment",
      ],
    });
    expect(row.spamScore).toBeLessThan(0.6);
    expect(row).toMatchObject({ parentId: null, threadId: row.id, depth: 0 });
  });

  it("holds a comment with as many links as the limit (2 by default)", async () => {
    const who = await regular("links");
    const body =
      "Both reports are worth reading: https://example.org/report-2025 and https://example.net/budget-analysis";
    const outcome = await submitComment(commentInput(open.id, who, body), requestFrom(who));
    await expectStored(createdId(outcome), who, { status: "PENDING", reasons: ["2 links ≥ limit 2"] });
  });

  it("holds the first comment of a new author (prior approval)", async () => {
    const who = visitor("new-author");
    const outcome = await submitComment(commentInput(open.id, who, normal()), requestFrom(who));
    await expectStored(createdId(outcome), who, {
      status: "PENDING",
      reasons: [expect.stringMatching(SPAM_SCORE), "first comment from this author"],
    });
  });

  it("marks spam when the honeypot field is filled", async () => {
    const who = await regular("honeypot");
    const outcome = await submitComment(
      commentInput(open.id, who, normal(), { company: "Acme SEO Ltd" }),
      requestFrom(who),
    );
    await expectStored(createdId(outcome), who, {
      status: "SPAM",
      reasons: ["hidden honeypot field was filled in"],
    });
  });

  it("marks spam when the form was submitted too fast", async () => {
    const who = await regular("too-fast");
    const outcome = await submitComment(
      commentInput(open.id, who, normal()),
      requestFrom(who, { elapsedMs: 500 }),
    );
    await expectStored(createdId(outcome), who, {
      status: "SPAM",
      reasons: ["submitted 0.5 s after the form was shown (minimum 3 s)"],
    });
  });

  it("marks spam when the form timestamp is missing", async () => {
    const who = await regular("no-timestamp");
    const outcome = await submitComment(
      commentInput(open.id, who, normal()),
      requestFrom(who, { elapsedMs: null }),
    );
    await expectStored(createdId(outcome), who, {
      status: "SPAM",
      reasons: ["form timestamp missing or tampered with"],
    });
  });

  it("marks spam on the spam score, even from an author with history", async () => {
    const who = await regular("spam-score");
    // One link only, so the link rule does not decide first.
    const body =
      "WIN BIG at Lucky Star Casino!!! 300% welcome bonus and 150 free spins, no deposit needed, cheap viagra >>> https://luckystar-slots.bet/promo";
    const outcome = await submitComment(commentInput(open.id, who, body), requestFrom(who));
    const row = await expectStored(createdId(outcome), who, {
      status: "SPAM",
      reasons: [expect.stringMatching(/^spam score (0\.9\d|1\.00) ≥ 0\.9 \(.+\)$/)],
    });
    expect(row.spamScore).toBeGreaterThanOrEqual(0.9);
  });

  describe("disallowed keys send the comment to the trash", () => {
    it("on a phrase in the text", async () => {
      const who = await regular("disallowed-body");
      const outcome = await withSettings({ disallowedKeys: ["  ", "Forbidden Phrase"] }, () =>
        submitComment(
          commentInput(open.id, who, `${normal()} This has a forbidden phrase in it.`),
          requestFrom(who),
        ),
      );
      await expectStored(createdId(outcome), who, {
        status: "TRASH",
        reasons: ['matched disallowed key "Forbidden Phrase"'],
      });
    });

    it("on the email address", async () => {
      const who = visitor("disallowed-email", `someone.${Date.now()}@blocked-domain.example`);
      await giveHistory(other.id, who);
      const outcome = await withSettings({ disallowedKeys: ["blocked-domain.example"] }, () =>
        submitComment(commentInput(open.id, who, normal()), requestFrom(who)),
      );
      await expectStored(createdId(outcome), who, {
        status: "TRASH",
        reasons: ['matched disallowed key "blocked-domain.example"'],
      });
    });

    it("on the IP address (matched, yet never stored)", async () => {
      const who = await regular("disallowed-ip");
      const outcome = await withSettings({ disallowedKeys: [who.ip] }, () =>
        submitComment(commentInput(open.id, who, normal()), requestFrom(who)),
      );
      await expectStored(createdId(outcome), who, {
        status: "TRASH",
        reasons: ["matched a disallowed key on the IP address"],
      });
    });
  });

  it("holds a comment matching a moderation key", async () => {
    const who = await regular("moderation-key");
    const outcome = await withSettings({ moderationKeys: ["référendum"] }, () =>
      submitComment(
        commentInput(open.id, who, `${normal()} Le REFERENDUM aura lieu en mars.`),
        requestFrom(who),
      ),
    );
    await expectStored(createdId(outcome), who, {
      status: "PENDING",
      reasons: ['matched moderation key "référendum"'],
    });
  });

  it("trashes comments of a banned commenter", async () => {
    const who = await regular("banned");
    await db.commenter.create({ data: { emailHash: emailHash(who.email), standing: "BANNED" } });
    const outcome = await submitComment(commentInput(open.id, who, normal()), requestFrom(who));
    await expectStored(createdId(outcome), who, {
      status: "TRASH",
      reasons: [expect.stringMatching(SPAM_SCORE), "commenter is banned"],
    });
  });

  it("holds comments of a pre-moderated commenter, even with approved comments", async () => {
    const who = await regular("premoderated");
    await db.commenter.create({ data: { emailHash: emailHash(who.email), standing: "PREMODERATED" } });
    const outcome = await submitComment(commentInput(open.id, who, normal()), requestFrom(who));
    await expectStored(createdId(outcome), who, {
      status: "PENDING",
      reasons: [expect.stringMatching(SPAM_SCORE), "commenter is pre-moderated"],
    });
  });
});

describe("refusals (nothing stored)", () => {
  it("refuses a second comment from the same IP within 15 s, on any article", async () => {
    const first = await regular("flood");
    const at = new Date();
    createdId(await submitComment(commentInput(open.id, first, normal()), requestFrom(first, { now: at })));
    // Another email, same address, 5 s later, on another article.
    const sameIp = { ...visitor("flood-same-ip"), ip: first.ip };
    await giveHistory(other.id, sameIp);
    await expectRefused(
      commentInput(other.id, sameIp, normal()),
      requestFrom(sameIp, { now: new Date(at.getTime() + 5_000) }),
      "You are posting comments too quickly. Please wait a few seconds and try again.",
    );
    // Same email from another address, 10 s later.
    const sameEmail = { ...visitor("flood-same-email"), email: first.email, name: first.name };
    await expectRefused(
      commentInput(open.id, sameEmail, normal()),
      requestFrom(sameEmail, { now: new Date(at.getTime() + 10_000) }),
      /too quickly/,
    );
    // 15 s later it is accepted.
    const later = await submitComment(
      commentInput(open.id, sameIp, normal()),
      requestFrom(sameIp, { now: new Date(at.getTime() + 15_000) }),
    );
    await expectStored(createdId(later), sameIp, {
      status: "APPROVED",
      reasons: [
        expect.stringMatching(SPAM_SCORE),
        "author has 1 approved comment",
        "no rule held the comment",
      ],
    });
  });

  it("refuses the same text twice on an article, whoever posts it", async () => {
    const first = await regular("duplicate-1");
    const body = `${normal()} Said once.`;
    createdId(await submitComment(commentInput(open.id, first, body), requestFrom(first)));
    const second = await regular("duplicate-2");
    const before = await storedCounts();
    const outcome = await submitComment(commentInput(open.id, second, body), requestFrom(second));
    expect(outcome).toEqual({
      kind: "refused",
      refusal: { field: "body", message: "You have already posted this comment on this article." },
    });
    expect(await storedCounts()).toEqual(before);
    expect(await db.comment.count({ where: { body } })).toBe(1);
    // The same text on another article is not a duplicate.
    const elsewhere = await submitComment(commentInput(other.id, second, body), requestFrom(second));
    expect(elsewhere).toMatchObject({ kind: "created", comment: { status: "APPROVED" } });
    createdId(elsewhere);
  });

  it("refuses comments on an article an editor closed", async () => {
    const closed = await fixtures.article("closed-by-editor", { commentsOpen: false });
    const who = await regular("closed-editor");
    await expectRefused(
      commentInput(closed.id, who, normal()),
      requestFrom(who),
      "Comments are closed on this article.",
    );
  });

  it("refuses comments once closeAfterDays (14) have passed since publication", async () => {
    const old = await fixtures.article("closed-by-age", { publishedAt: new Date(Date.now() - 20 * DAY) });
    const who = await regular("closed-age");
    await expectRefused(
      commentInput(old.id, who, normal()),
      requestFrom(who),
      "Comments are closed on this article.",
    );
  });

  it("refuses comments past an article's own closing time", async () => {
    const closing = await fixtures.article("closed-at", { commentsCloseAt: new Date(Date.now() - 60_000) });
    const who = await regular("closed-at");
    await expectRefused(
      commentInput(closing.id, who, normal()),
      requestFrom(who),
      "Comments are closed on this article.",
    );
  });

  it("refuses comments on drafts, archived, scheduled and missing articles", async () => {
    const draft = await fixtures.article("draft", { status: "DRAFT", publishedAt: null });
    const archived = await fixtures.article("archived", { status: "ARCHIVED" });
    const scheduled = await fixtures.article("scheduled", { publishedAt: new Date(Date.now() + DAY) });
    const who = await regular("unpublished");
    for (const articleId of [draft.id, archived.id, scheduled.id, 2_000_000_000]) {
      await expectRefused(
        commentInput(articleId, who, normal()),
        requestFrom(who),
        "This article is not available for comments.",
      );
    }
  });
});

describe("replies", () => {
  it("sets the parent, the thread and the depth", async () => {
    const author = await regular("thread-root");
    const root = createdId(await submitComment(commentInput(open.id, author, normal()), requestFrom(author)));
    const replier = await regular("reply-1");
    const reply = createdId(
      await submitComment(commentInput(open.id, replier, normal(), { parentId: root }), requestFrom(replier)),
    );
    const nested = await regular("reply-2");
    const deeper = createdId(
      await submitComment(commentInput(open.id, nested, normal(), { parentId: reply }), requestFrom(nested)),
    );

    expect(
      await db.comment.findUniqueOrThrow({
        where: { id: root },
        select: { parentId: true, threadId: true, depth: true },
      }),
    ).toEqual({ parentId: null, threadId: root, depth: 0 });
    await expectStored(reply, replier, {
      status: "APPROVED",
      reasons: [
        expect.stringMatching(SPAM_SCORE),
        "author has 1 approved comment",
        "no rule held the comment",
      ],
    });
    expect(
      await db.comment.findUniqueOrThrow({
        where: { id: reply },
        select: { parentId: true, threadId: true, depth: true },
      }),
    ).toEqual({ parentId: root, threadId: root, depth: 1 });
    expect(
      await db.comment.findUniqueOrThrow({
        where: { id: deeper },
        select: { parentId: true, threadId: true, depth: true },
      }),
    ).toEqual({ parentId: reply, threadId: root, depth: 2 });
  });

  it("a reply to a comment at the deepest level (threadDepth 5: depths 0–4) attaches beside it", async () => {
    const chainAuthor = visitor("chain");
    const chain: { id: number; parentId: number | null; depth: number }[] = [];
    for (let depth = 0; depth < 5; depth++) {
      const parent = chain.at(-1);
      const row = await db.comment.create({
        data: {
          articleId: open.id,
          parentId: parent?.id ?? null,
          threadId: chain[0]?.id ?? null,
          depth,
          authorName: chainAuthor.name,
          authorEmail: chainAuthor.email,
          emailHash: emailHash(chainAuthor.email),
          body: `Chain comment at depth ${depth} (${chainAuthor.email}).`,
          status: "APPROVED",
          ipHash: hashIp(`chain-${chainAuthor.ip}`),
          createdAt: new Date(Date.now() - DAY + depth * 60_000),
        },
        select: { id: true, parentId: true, depth: true },
      });
      if (depth === 0) await db.comment.update({ where: { id: row.id }, data: { threadId: row.id } });
      chain.push(row);
    }
    const deepest = chain[4]!;
    const who = await regular("too-deep");
    const id = createdId(
      await submitComment(commentInput(open.id, who, normal(), { parentId: deepest.id }), requestFrom(who)),
    );
    const row = await expectStored(id, who, {
      status: "APPROVED",
      reasons: [
        expect.stringMatching(SPAM_SCORE),
        "author has 1 approved comment",
        "no rule held the comment",
      ],
    });
    expect({ parentId: row.parentId, threadId: row.threadId, depth: row.depth }).toEqual({
      parentId: deepest.parentId,
      threadId: chain[0]!.id,
      depth: 4,
    });

    // A reply to a comment above the deepest level still nests normally.
    const nester = await regular("not-too-deep");
    const nestedId = createdId(
      await submitComment(
        commentInput(open.id, nester, normal(), { parentId: chain[3]!.id }),
        requestFrom(nester),
      ),
    );
    expect(
      await db.comment.findUniqueOrThrow({
        where: { id: nestedId },
        select: { parentId: true, depth: true },
      }),
    ).toEqual({ parentId: chain[3]!.id, depth: 4 });
  });

  it("refuses a reply to a comment that is not approved, is on another article, or does not exist", async () => {
    const held = visitor("held-parent");
    const pendingId = createdId(
      await submitComment(commentInput(open.id, held, normal()), requestFrom(held)),
    );
    expect((await db.comment.findUniqueOrThrow({ where: { id: pendingId } })).status).toBe("PENDING");
    const elsewhere = await regular("other-article-parent");
    const otherId = createdId(
      await submitComment(commentInput(other.id, elsewhere, normal()), requestFrom(elsewhere)),
    );
    expect((await db.comment.findUniqueOrThrow({ where: { id: otherId } })).status).toBe("APPROVED");

    const message = "The comment you are replying to is no longer available.";
    for (const parentId of [pendingId, otherId, 2_000_000_000]) {
      const who = await regular(`bad-parent-${parentId}`);
      await expectRefused(commentInput(open.id, who, normal(), { parentId }), requestFrom(who), message);
    }
  });
});

describe("status history", () => {
  it("every created comment has exactly one status change, the pipeline's decision", async () => {
    expect(created.length).toBeGreaterThan(15);
    const rows = await db.comment.findMany({
      where: { id: { in: created } },
      select: { id: true, status: true, reasons: true, createdAt: true, statusChanges: true },
    });
    expect(rows).toHaveLength(created.length);
    for (const row of rows) {
      expect(row.statusChanges, `comment ${row.id}`).toHaveLength(1);
      expect(row.statusChanges[0], `comment ${row.id}`).toMatchObject({
        fromStatus: null,
        toStatus: row.status,
        actorId: null,
        reason: row.reasons.join("; "),
        createdAt: row.createdAt,
      });
    }
  });
});
