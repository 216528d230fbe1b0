// The spam filter failing must never lose a comment: it is stored, decided by the other rules,
// with "spam filter unavailable" among its reasons and no spam score.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { classifyComment } from "@/lib/spam";
import { submitComment } from "@/lib/comments/submit";
import { commentFixtures, commentInput, expectStored, giveHistory, requestFrom } from "./support";

vi.mock("@/lib/spam", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/spam")>()),
  classifyComment: vi.fn(async () => {
    throw new Error("spam model unavailable");
  }),
}));

const fixtures = commentFixtures("nofilter");
let article: { id: number };

beforeAll(async () => {
  await fixtures.setup();
  article = await fixtures.article("open");
});

afterAll(() => fixtures.teardown());

describe("spam filter unavailable", () => {
  it("stores a new author's comment, held for moderation", async () => {
    const who = fixtures.visitor("new");
    const outcome = await submitComment(
      commentInput(article.id, who, "A fair summary of the debate, thank you."),
      requestFrom(who),
    );
    expect(vi.mocked(classifyComment)).toHaveBeenCalled();
    expect(outcome).toMatchObject({ kind: "created", comment: { status: "PENDING" } });
    if (outcome.kind !== "created") return;
    await expectStored(outcome.comment.id, who, {
      status: "PENDING",
      reasons: ["spam filter unavailable"],
      spamScore: "null",
    });
  });

  it("holds an author with history's comment: nobody checked it for spam", async () => {
    const who = fixtures.visitor("regular");
    await giveHistory(article.id, who);
    const outcome = await submitComment(
      commentInput(article.id, who, "The second half of the article is the most convincing part."),
      requestFrom(who),
    );
    expect(outcome.kind).toBe("created");
    if (outcome.kind !== "created") return;
    await expectStored(outcome.comment.id, who, {
      status: "PENDING",
      reasons: ["spam filter unavailable"],
      spamScore: "null",
    });
  });

  it("still applies the rules before the filter (links hold the comment)", async () => {
    const who = fixtures.visitor("links");
    await giveHistory(article.id, who);
    const outcome = await submitComment(
      commentInput(article.id, who, "See https://example.org/a and https://example.org/b"),
      requestFrom(who),
    );
    if (outcome.kind !== "created") throw new Error("expected a stored comment");
    await expectStored(outcome.comment.id, who, {
      status: "PENDING",
      reasons: ["2 links ≥ limit 2"],
      spamScore: "null",
    });
  });
});
