import { describe, expect, it } from "vitest";
import { combineModels, emptyModel, score, train } from "@/lib/spam/classifier";
import { trainModel } from "@/lib/spam/evaluate";
import {
  BIAS_BUCKET,
  LINEAR_BUCKETS,
  bucketOf,
  denseLookup,
  featuresOf,
  linearProbability,
  siteStep,
  sparseLookup,
  topContributions,
  trainLinear,
} from "@/lib/spam/linear";

const spam = ["cheap pills now", "cheap casino bonus", "casino pills bonus", "free bonus pills"];
const ham = ["council budget vote", "budget vote delayed", "the council met", "vote on the budget"];
const messages = [
  ...spam.map((text) => ({ label: "spam" as const, tokens: text.split(" ") })),
  ...ham.map((text) => ({ label: "ham" as const, tokens: text.split(" ") })),
];

describe("linear model (logistic regression on hashed tokens)", () => {
  it("hashes tokens into buckets, once each", () => {
    expect(bucketOf("casino")).toBe(bucketOf("casino"));
    expect(bucketOf("casino")).toBeGreaterThanOrEqual(0);
    expect(bucketOf("casino")).toBeLessThan(LINEAR_BUCKETS);
    expect(featuresOf(["a", "b", "a"])).toHaveLength(2);
  });

  it("learns to separate spam from good messages", () => {
    const model = trainLinear(messages.map((m) => ({ label: m.label, features: featuresOf(m.tokens) })));
    const lookup = denseLookup(model);
    expect(linearProbability(lookup, featuresOf(["cheap", "casino", "pills"]))).toBeGreaterThan(0.8);
    expect(linearProbability(lookup, featuresOf(["council", "budget", "vote"]))).toBeLessThan(0.2);
    const top = topContributions(lookup, ["casino", "budget", "unknown"], 2);
    expect(top.map((entry) => entry.token).sort()).toEqual(["budget", "casino"]);
  });

  it("is averaged with Naive Bayes when a model carries it", () => {
    const model = trainModel(messages);
    expect(model.linear).toBeDefined();
    const result = score(model, ["cheap", "casino", "pills"]);
    expect(result.parts).toBeDefined();
    expect(result.score).toBeCloseTo((result.parts!.bayes + result.parts!.linear) / 2, 10);
    expect(result.score).toBeGreaterThan(0.8);
    // Without weights, the score is Naive Bayes alone.
    const bayesOnly = emptyModel();
    for (const m of messages) train(bayesOnly, m.tokens, m.label);
    expect(score(bayesOnly, ["cheap"]).parts).toBeUndefined();
  });

  it("adds a site's sparse weights to the built-in ones", () => {
    const builtin = { ...emptyModel(), linear: sparseLookup(new Map([[bucketOf("x"), 1]])) };
    const site = {
      ...emptyModel(),
      linear: sparseLookup(
        new Map([
          [bucketOf("x"), 2],
          [BIAS_BUCKET, -1],
        ]),
      ),
    };
    const combined = combineModels([builtin, site], ["x"]).linear!;
    expect(combined.weight(bucketOf("x"))).toBe(3);
    expect(combined.bias).toBe(-1);
  });

  it("takes a step as large as the surprise of a decision", () => {
    expect(siteStep(0.5, 4, "spam")).toBeGreaterThan(0);
    expect(siteStep(0.5, 4, "ham")).toBeLessThan(0);
    expect(Math.abs(siteStep(0.99, 4, "spam"))).toBeLessThan(Math.abs(siteStep(0.1, 4, "spam")));
    expect(siteStep(0.5, 0, "spam")).toBe(0);
  });
});
