// A database that goes away briefly: transient errors are retried within a bounded time and
// nothing else is; a retried or re-sent post stores its comment once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isDatabaseOutage, isTransientDbError, retryTransient } from "@/lib/db/transient";
import { submitComment } from "@/lib/comments/submit";
import { IDEMPOTENCY_WINDOW_MS } from "@/lib/comments/idempotency";
import { commentFixtures, commentInput, giveHistory, requestFrom } from "./support";

const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
const shutdown = Object.assign(new Error("terminating connection due to administrator command"), {
  code: "57P01",
});

describe("transient database errors", () => {
  it("are told from real errors, through wrapped causes", () => {
    expect(isTransientDbError(refused)).toBe(true);
    expect(isTransientDbError(new Error("wrapped", { cause: shutdown }))).toBe(true);
    expect(isTransientDbError({ code: "P1001", message: "Can't reach database server" })).toBe(true);
    expect(isTransientDbError(Object.assign(new Error("duplicate key"), { code: "P2002" }))).toBe(false);
    expect(isTransientDbError(new Error("Cannot read properties of undefined"))).toBe(false);
  });

  it("include an error that lost its cause (a failed cached read) only while the database does not answer", async () => {
    const opaque = Object.assign(new Error("An error occurred in the Server Components render."), {
      digest: "2170394182",
    });
    const down = async () => false;
    const up = async () => true;
    expect(await isDatabaseOutage(opaque, down)).toBe(true);
    expect(await isDatabaseOutage(opaque, up)).toBe(false);
    expect(await isDatabaseOutage(opaque)).toBe(false); // the test database answers
    expect(await isDatabaseOutage(shutdown, up)).toBe(true);
    // Next's own control flow (redirects, not found) and plain bugs are never an outage.
    expect(
      await isDatabaseOutage(
        Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/x;303;" }),
        down,
      ),
    ).toBe(false);
    expect(await isDatabaseOutage(new TypeError("x is undefined"), down)).toBe(false);
  });

  it("are retried until the task succeeds, within the time budget", async () => {
    let calls = 0;
    const slept: number[] = [];
    const result = await retryTransient(
      async () => {
        if (++calls < 4) throw refused;
        return "saved";
      },
      { sleep: async (ms) => void slept.push(ms) },
    );
    expect(result).toBe("saved");
    expect(slept).toEqual([100, 200, 400]);
  });

  it("give up after the budget, and never retry a real error", async () => {
    let calls = 0;
    const started = Date.now();
    await expect(
      retryTransient(
        async () => {
          calls++;
          throw shutdown;
        },
        { budgetMs: 1_000 },
      ),
    ).rejects.toBe(shutdown);
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(calls).toBeGreaterThan(1);
    let real = 0;
    await expect(
      retryTransient(async () => {
        real++;
        throw new TypeError("a bug");
      }),
    ).rejects.toThrow("a bug");
    expect(real).toBe(1);
  });
});

const fixtures = commentFixtures("resilience");
let article: { id: number };
let other: { id: number };
beforeAll(async () => {
  await fixtures.setup();
  article = await fixtures.article("open");
  other = await fixtures.article("other");
});
afterAll(() => fixtures.teardown());

describe("a post sent twice", () => {
  it("stores one comment, and answers the second time with the same one", async () => {
    const who = fixtures.visitor("twice");
    await giveHistory(other.id, who);
    const input = commentInput(article.id, who, "Sent once, answered twice: the same comment.");
    const first = await submitComment(input, requestFrom(who));
    // The reader never saw the answer and sends the form again (even from another page load).
    const again = await submitComment(input, requestFrom(who, { now: new Date(Date.now() + 60_000) }));
    if (first.kind !== "created") throw new Error(first.refusal.message);
    expect(again).toMatchObject({
      kind: "created",
      comment: { id: first.comment.id, status: first.comment.status },
    });
    expect(await db.comment.count({ where: { body: input.body } })).toBe(1);
  });

  it("stores one comment when both attempts race", async () => {
    const who = fixtures.visitor("race");
    await giveHistory(other.id, who);
    const input = commentInput(article.id, who, "Two attempts at once, one comment.");
    const outcomes = await Promise.all([
      submitComment(input, requestFrom(who)),
      submitComment(input, requestFrom(who)),
    ]);
    const ids = outcomes.map((outcome) =>
      outcome.kind === "created" ? outcome.comment.id : outcome.refusal.message,
    );
    expect(await db.comment.count({ where: { body: input.body } })).toBe(1);
    const stored = await db.comment.findFirstOrThrow({ where: { body: input.body } });
    expect(ids).toContain(stored.id);
  });

  it("is a new comment once the window has passed", async () => {
    const who = fixtures.visitor("later");
    await giveHistory(other.id, who);
    const input = commentInput(article.id, who, "Said again, much later.");
    await submitComment(input, requestFrom(who));
    const later = new Date(Date.now() + 2 * IDEMPOTENCY_WINDOW_MS + 60_000);
    // The duplicate rule (same text on the same article) then refuses it, with a message.
    expect(await submitComment(input, requestFrom(who, { now: later }))).toMatchObject({ kind: "refused" });
  });
});
