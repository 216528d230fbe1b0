import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { classifyComment, retrain, trainFromDecision, untrain, type CommentForSpam } from "@/lib/spam";
import type { SpamCorpus, SpamToken, SpamWeight } from "@/lib/generated/prisma/client";
import { bucketOf } from "@/lib/spam/linear";
import { addWeights, learn, loadModelFor, unlearn } from "@/lib/spam/store";

// What the filter knew before this file, put back afterwards so later test files score
// comments as if these tests never ran.
let tokensBefore: SpamToken[] = [];
let corpusBefore: SpamCorpus | null = null;
let weightsBefore: SpamWeight[] = [];
beforeAll(async () => {
  tokensBefore = await db.spamToken.findMany();
  weightsBefore = await db.spamWeight.findMany();
  corpusBefore = await db.spamCorpus.findUnique({ where: { id: 1 } });
});
afterAll(async () => {
  await db.$transaction([
    db.spamToken.deleteMany(),
    db.spamToken.createMany({ data: tokensBefore }),
    db.spamWeight.deleteMany(),
    db.spamWeight.createMany({ data: weightsBefore }),
    corpusBefore
      ? db.spamCorpus.update({ where: { id: 1 }, data: corpusBefore })
      : db.spamCorpus.deleteMany(),
  ]);
  await db.$disconnect();
});

// The database is shared with other test files: every test uses tokens of its own and compares
// the corpus totals before and after.
const unique = () => Array.from(randomBytes(8), (byte) => "bcdfghjklmnpqrstvwxz"[byte % 20]).join("");

async function totals() {
  const corpus = await db.spamCorpus.findUnique({ where: { id: 1 } });
  return { spam: corpus?.spamTotal ?? 0, ham: corpus?.hamTotal ?? 0 };
}

async function counts(token: string) {
  const row = await db.spamToken.findUnique({ where: { token } });
  return row && { spam: row.spamCount, ham: row.hamCount };
}

describe("spam store (PostgreSQL)", () => {
  it("learn counts each token once per message and the corpus total", async () => {
    const [a, b] = [`t-${unique()}`, `t-${unique()}`];
    const before = await totals();
    await learn([a, b, a], "spam");
    await learn([a], "spam");
    await learn([a], "ham");
    expect(await counts(a)).toEqual({ spam: 2, ham: 1 });
    expect(await counts(b)).toEqual({ spam: 1, ham: 0 });
    expect(await totals()).toEqual({ spam: before.spam + 2, ham: before.ham + 1 });
  });

  it("loadModelFor reads only the wanted tokens, with the totals", async () => {
    const [a, b, missing] = [`t-${unique()}`, `t-${unique()}`, `t-${unique()}`];
    await learn([a, b], "ham");
    const model = await loadModelFor([a, missing]);
    expect([...model.counts.keys()]).toEqual([a]);
    expect(model.counts.get(a)).toEqual({ spam: 0, ham: 1 });
    expect({ spam: model.spamTotal, ham: model.hamTotal }).toEqual(await totals());
    expect((await loadModelFor([])).counts.size).toBe(0);
  });

  it("unlearn takes a message back and never goes below zero", async () => {
    const [a, never] = [`t-${unique()}`, `t-${unique()}`];
    await learn([a], "spam");
    const before = await totals();
    await unlearn([a, never], "spam");
    expect(await counts(a)).toEqual({ spam: 0, ham: 0 });
    expect(await counts(never)).toBeNull();
    await unlearn([a], "spam");
    await unlearn([a], "ham");
    expect(await counts(a)).toEqual({ spam: 0, ham: 0 });
    // Two spam messages forgotten (the totals never go below zero either).
    expect((await totals()).spam).toBe(Math.max(0, before.spam - 2));
    const row = await db.spamCorpus.findUniqueOrThrow({ where: { id: 1 } });
    expect(row.spamTotal).toBeGreaterThanOrEqual(0);
    expect(row.hamTotal).toBeGreaterThanOrEqual(0);
  });

  it("runs inside the caller's transaction: a rolled-back decision teaches nothing", async () => {
    const token = `t-${unique()}`;
    const before = await totals();
    await expect(
      db.$transaction(async (tx) => {
        await learn([token], "spam", tx);
        expect((await loadModelFor([token], tx)).counts.get(token)).toEqual({ spam: 1, ham: 0 });
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    expect(await counts(token)).toBeNull();
    expect(await totals()).toEqual(before);
    await db.$transaction((tx) => learn([token], "ham", tx));
    expect(await counts(token)).toEqual({ spam: 0, ham: 1 });
  });

  it("adds to the linear model's weights by bucket, and reads them back with the counts", async () => {
    const token = `t-${unique()}`;
    await addWeights([token, token], 0.25);
    await addWeights([token], 0.5);
    const model = await loadModelFor([token]);
    expect(model.linear!.weight(bucketOf(token))).toBeCloseTo(0.75, 10);
    await addWeights([token], -0.75);
    expect((await loadModelFor([token])).linear!.weight(bucketOf(token))).toBeCloseTo(0, 10);
  });

  it("keeps every count under concurrent learning", async () => {
    const token = `t-${unique()}`;
    const shared = Array.from({ length: 20 }, () => `t-${unique()}`);
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        learn([token, ...(i % 2 ? shared : [...shared].reverse())], "spam"),
      ),
    );
    expect(await counts(token)).toEqual({ spam: 12, ham: 0 });
    expect(await counts(shared[7]!)).toEqual({ spam: 12, ham: 0 });
  });
});

describe("classifyComment and training from moderators' decisions", () => {
  const comment = (body: string): CommentForSpam => ({
    body,
    authorName: "Sam Taylor",
    authorEmail: "sam@example.org",
    authorUrl: null,
    userAgent: "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
    elapsedMs: 40_000,
    history: { approved: 0, spam: 0 },
  });

  it("scores with the built-in model and explains with the comment's own tokens", async () => {
    const good = await classifyComment(
      comment("Merci pour cet article très clair sur le budget de la ville."),
    );
    expect(good.score).toBeLessThan(0.6);
    const bad = await classifyComment(
      comment("Best online casino!!! 200 free spins, no deposit bonus: https://spin-win-casino.bet"),
    );
    expect(bad.score).toBeGreaterThanOrEqual(0.9);
    for (const signal of bad.signals) expect(bad.tokens).toContain(signal.token);
    expect(bad.tokens).toEqual(
      expect.arrayContaining(["casino", "url:spin-win-casino.bet", "links:1", "history:new"]),
    );
  });

  it("learns from trainFromDecision: a similar comment scores higher after spam is confirmed", async () => {
    const [brand, product] = [unique(), unique()];
    const text = (n: number) =>
      `Everyone should try ${brand} ${product} gummies, they changed my life (${n})`;
    const before = await classifyComment(comment(text(0)));
    for (let i = 1; i <= 3; i++) await trainFromDecision(comment(text(i)), "spam");
    const after = await classifyComment(comment(text(4)));
    expect(after.score).toBeGreaterThan(before.score);
    // The explanation names real tokens of the comment, among them words just learned as spam
    // (many tie at the same probability, so which of them make the top 8 is not fixed).
    const explained = after.signals.map((signal) => signal.token);
    for (const token of explained) expect(after.tokens).toContain(token);
    expect(explained.some((token) => [brand, product, "gummies", "changed", "life"].includes(token))).toBe(
      true,
    );

    // A moderator reverses the decisions: the comment's words count as good instead.
    for (let i = 1; i <= 3; i++) await retrain(comment(text(i)), "spam", "ham");
    const reversed = await classifyComment(comment(text(5)));
    expect(reversed.score).toBeLessThan(after.score);
    expect(await counts(brand)).toEqual({ spam: 0, ham: 3 });
  });

  it("moves the linear model's weights with each decision, towards the label", async () => {
    const word = unique();
    const tokens = (await classifyComment(comment(`Try ${word} today`))).tokens;
    const weight = async () => (await loadModelFor([word])).linear!.weight(bucketOf(word));
    const before = await weight();
    await trainFromDecision({ tokens }, "spam");
    const learned = await weight();
    expect(learned).toBeGreaterThan(before);
    await untrain({ tokens }, "spam");
    expect(await weight()).toBeLessThan(learned);
    await trainFromDecision({ tokens }, "ham");
    expect(await weight()).toBeLessThan(before);
  });

  it("trains on the tokens of an earlier classification, and untrain forgets them", async () => {
    const word = unique();
    const first = await classifyComment(comment(`A comment about ${word} and nothing else`));
    await trainFromDecision({ tokens: first.tokens }, "ham");
    expect(await counts(word)).toEqual({ spam: 0, ham: 1 });
    await untrain({ tokens: first.tokens }, "ham");
    expect(await counts(word)).toEqual({ spam: 0, ham: 0 });
  });
});
