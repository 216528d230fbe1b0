import { describe, expect, it } from "vitest";
import { commentsClosedAt } from "@/lib/moderation/closing";
import { countLinks, firstMatchingKey } from "@/lib/moderation/keys";
import { phasesFor, PHASES, runPipeline } from "@/lib/moderation/pipeline";
import { articleClosed } from "@/lib/moderation/phases/article-closed";
import { authorStanding } from "@/lib/moderation/phases/author-standing";
import { botTraps } from "@/lib/moderation/phases/bot-traps";
import { disallowedKeys } from "@/lib/moderation/phases/disallowed-keys";
import { floodAndDuplicate } from "@/lib/moderation/phases/flood-and-duplicate";
import { linkCount } from "@/lib/moderation/phases/link-count";
import { moderationKeys } from "@/lib/moderation/phases/moderation-keys";
import { priorApproval } from "@/lib/moderation/phases/prior-approval";
import { siteDefault } from "@/lib/moderation/phases/site-default";
import { spamScore } from "@/lib/moderation/phases/spam-score";
import type { ModerationContext } from "@/lib/moderation/types";

const now = new Date("2026-11-27T12:00:00Z");
type Overrides = {
  [K in Exclude<keyof ModerationContext, "action" | "spam">]?: Partial<NonNullable<ModerationContext[K]>>;
} & { action?: ModerationContext["action"]; spam?: ModerationContext["spam"] };

function context(overrides: Overrides = {}): ModerationContext {
  const action = overrides.action ?? "NEW";
  return {
    action,
    comment: {
      body: "Une analyse très juste.",
      authorName: "Claire",
      authorEmail: "claire@example.org",
      authorUrl: null,
      ip: "203.0.113.9",
      userAgent: "Mozilla/5.0",
      ...overrides.comment,
    },
    submission:
      action === "NEW"
        ? { honeypot: "", elapsedMs: 30_000, lastCommentAt: null, duplicate: false, ...overrides.submission }
        : null,
    article: {
      commentsOpen: true,
      commentsCloseAt: null,
      publishedAt: new Date(now.getTime() - 86_400_000),
      ...overrides.article,
    },
    author: { approved: 2, spam: 0, standing: "NORMAL", ...overrides.author },
    spam:
      overrides.spam === undefined
        ? { score: 0.1, signals: [{ token: "analyse", probability: 0.1 }] }
        : overrides.spam,
    settings: {
      requireModeration: false,
      linkLimit: 2,
      moderationKeys: [],
      disallowedKeys: [],
      requirePriorApproval: true,
      closeAfterDays: 14,
      spamThreshold: 0.9,
      holdThreshold: 0.6,
      minSecondsToSubmit: 3,
      ...overrides.settings,
    },
    now,
  };
}

describe("article closed", () => {
  it("refuses when an editor closed comments, the closing time passed, or N days went by", () => {
    expect(articleClosed.run(context({ article: { commentsOpen: false } }))?.refuse?.message).toBe(
      "Comments are closed on this article.",
    );
    expect(
      articleClosed.run(context({ article: { commentsCloseAt: new Date(now.getTime() - 1) } }))?.refuse,
    ).toBeDefined();
    expect(
      articleClosed.run(context({ article: { publishedAt: new Date(now.getTime() - 15 * 86_400_000) } }))
        ?.refuse,
    ).toBeDefined();
    expect(articleClosed.run(context())).toBeUndefined();
    expect(
      articleClosed.run(
        context({ settings: { closeAfterDays: null }, article: { publishedAt: new Date(0) } }),
      ),
    ).toBeUndefined();
  });
  it("an article's own closing time overrides the site rule", () => {
    const closes = new Date(now.getTime() + 60_000);
    expect(
      commentsClosedAt({ commentsOpen: true, commentsCloseAt: closes, publishedAt: new Date(0) }, 14),
    ).toEqual(closes);
  });
});

describe("disallowed keys", () => {
  it("trashes on a match in any field, accent- and case-insensitively", () => {
    const settings = { disallowedKeys: ["viagra", "casino.example", "198.51.100.", "  "] };
    expect(disallowedKeys.run(context({ settings, comment: { body: "Cheap VIAGRA here" } }))).toEqual({
      status: "TRASH",
      reasons: ['matched disallowed key "viagra"'],
    });
    expect(
      disallowedKeys.run(context({ settings, comment: { authorUrl: "https://casino.example/x" } }))?.status,
    ).toBe("TRASH");
    // The IP address is never stored, so a key matching it is not quoted in the reasons.
    expect(disallowedKeys.run(context({ settings, comment: { ip: "198.51.100.7" } }))).toEqual({
      status: "TRASH",
      reasons: ["matched a disallowed key on the IP address"],
    });
    expect(disallowedKeys.run(context({ settings }))).toBeUndefined();
    expect(firstMatchingKey(["élection"], ["ELECTION truquée"])).toBe("élection");
  });
});

describe("bot traps", () => {
  it("marks spam when the honeypot is filled, the timestamp is missing, or the form was too fast", () => {
    expect(botTraps.run(context({ submission: { honeypot: "http://spam.example" } }))?.status).toBe("SPAM");
    expect(botTraps.run(context({ submission: { elapsedMs: null } }))?.status).toBe("SPAM");
    expect(botTraps.run(context({ submission: { elapsedMs: 1200 } }))).toEqual({
      status: "SPAM",
      reasons: ["submitted 1.2 s after the form was shown (minimum 3 s)"],
    });
    expect(botTraps.run(context({ submission: { elapsedMs: 3000 } }))).toBeUndefined();
  });
});

describe("flood and duplicate", () => {
  it("refuses the same text twice on an article, and a second comment within 15 s", () => {
    expect(floodAndDuplicate.run(context({ submission: { duplicate: true } }))?.refuse).toEqual({
      field: "body",
      message: "You have already posted this comment on this article.",
    });
    expect(
      floodAndDuplicate.run(context({ submission: { lastCommentAt: new Date(now.getTime() - 14_000) } }))
        ?.refuse?.message,
    ).toMatch(/too quickly/);
    expect(
      floodAndDuplicate.run(context({ submission: { lastCommentAt: new Date(now.getTime() - 15_000) } })),
    ).toBeUndefined();
  });
});

describe("link count", () => {
  it("holds a comment with as many links as the limit", () => {
    expect(countLinks("see https://a.example and www.b.example and http://c.example")).toBe(3);
    expect(linkCount.run(context({ comment: { body: "https://a.example https://b.example" } }))).toEqual({
      status: "PENDING",
      reasons: ["2 links ≥ limit 2"],
    });
    expect(linkCount.run(context({ comment: { body: "one https://a.example" } }))).toBeUndefined();
    expect(
      linkCount.run(
        context({ settings: { linkLimit: 0 }, comment: { body: "https://a.example https://b.example" } }),
      ),
    ).toBeUndefined();
  });
});

describe("moderation keys", () => {
  it("holds a comment matching a moderation key", () => {
    expect(
      moderationKeys.run(
        context({ settings: { moderationKeys: ["procès"] }, comment: { body: "Le PROCES commence" } }),
      ),
    ).toEqual({ status: "PENDING", reasons: ['matched moderation key "procès"'] });
    expect(moderationKeys.run(context({ settings: { moderationKeys: ["procès"] } }))).toBeUndefined();
  });
});

describe("spam score", () => {
  const signals = [
    { token: "url:casino.example", probability: 0.99 },
    { token: "bonus", probability: 0.97 },
  ];
  it("marks spam above the threshold and holds the grey zone, citing the top signals", () => {
    expect(spamScore.run(context({ spam: { score: 0.95, signals } }))).toEqual({
      status: "SPAM",
      reasons: ["spam score 0.95 ≥ 0.9 (url:casino.example, bonus)"],
    });
    expect(spamScore.run(context({ spam: { score: 0.7, signals } }))?.status).toBe("PENDING");
    expect(spamScore.run(context({ spam: { score: 0.2, signals: [] } }))).toEqual({
      reasons: ["spam score 0.20"],
    });
    expect(spamScore.run(context({ spam: null }))).toEqual({
      status: "PENDING",
      reasons: ["spam filter unavailable"],
    });
  });
});

describe("author standing and history", () => {
  it("trashes banned authors and holds pre-moderated ones", () => {
    expect(authorStanding.run(context({ author: { standing: "BANNED" } }))?.status).toBe("TRASH");
    expect(authorStanding.run(context({ author: { standing: "PREMODERATED" } }))?.status).toBe("PENDING");
    expect(authorStanding.run(context())).toBeUndefined();
  });
  it("holds a first comment when prior approval is required", () => {
    expect(priorApproval.run(context({ author: { approved: 0 } }))).toEqual({
      status: "PENDING",
      reasons: ["first comment from this author"],
    });
    expect(
      priorApproval.run(context({ author: { approved: 0 }, settings: { requirePriorApproval: false } })),
    ).toBeUndefined();
    expect(priorApproval.run(context())?.status).toBeUndefined();
  });
  it("the site default approves or holds everything", () => {
    expect(siteDefault.run(context())?.status).toBe("APPROVED");
    expect(siteDefault.run(context({ settings: { requireModeration: true } }))?.status).toBe("PENDING");
  });
});

describe("pipeline", () => {
  it("runs the phases in the documented order", () => {
    expect(PHASES.map((phase) => phase.name)).toEqual([
      "article-closed",
      "disallowed-keys",
      "bot-traps",
      "flood-and-duplicate",
      "link-count",
      "moderation-keys",
      "spam-score",
      "author-standing",
      "prior-approval",
      "site-default",
    ]);
  });
  it("stops at the first decision and keeps the reasons of every phase that ran", () => {
    expect(runPipeline(context())).toEqual({
      kind: "decided",
      status: "APPROVED",
      decidedBy: "site-default",
      reasons: ["spam score 0.10", "author has 2 approved comments", "no rule held the comment"],
    });
    const held = runPipeline(
      context({ comment: { body: "https://a.example https://b.example" }, author: { standing: "BANNED" } }),
    );
    expect(held).toMatchObject({ kind: "decided", status: "PENDING", decidedBy: "link-count" });
  });
  it("judges the act of submitting for new comments only", () => {
    const all = PHASES.map((phase) => phase.name);
    const textOnly = all.filter((name) => name !== "bot-traps" && name !== "flood-and-duplicate");
    expect(phasesFor("NEW").map((phase) => phase.name)).toEqual(all);
    expect(phasesFor("EDIT").map((phase) => phase.name)).toEqual(textOnly);
    expect(phasesFor("PREVIEW").map((phase) => phase.name)).toEqual(textOnly);
    // An edit has no submission to judge: no fake timing or honeypot is needed to pass.
    expect(runPipeline(context({ action: "EDIT" }))).toMatchObject({ kind: "decided", status: "APPROVED" });
    expect(runPipeline(context({ action: "EDIT", article: { commentsOpen: false } }))).toMatchObject({
      kind: "refused",
    });
  });
  it("refusals win over later phases and store nothing", () => {
    expect(
      runPipeline(context({ submission: { duplicate: true }, spam: { score: 0.99, signals: [] } })),
    ).toMatchObject({ kind: "refused", refusal: { field: "body" } });
  });
});
