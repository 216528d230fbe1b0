import { describe, expect, it } from "vitest";
import {
  EXPLANATION_SIZE,
  chi2Q,
  combineModels,
  emptyModel,
  score,
  tokenProbability,
  train,
  untrain,
  trainUntilNoErrors,
  TRAINING_MARGIN,
  type Model,
} from "@/lib/spam/classifier";
import { tokenize } from "@/lib/spam/tokenize";

const ham = [
  "The council voted on the budget for the new library last night",
  "Great interview with the mayor about housing and rents",
  "Le conseil municipal a voté le budget de la médiathèque",
  "Merci pour cet article sur les élections européennes",
  "I disagree with the columnist about the pension reform",
  "The match was great, our goalkeeper saved two penalties",
];
const spam = [
  "Cheap pills online, viagra without prescription, fast shipping",
  "Win money now with our crypto trading bot, guaranteed profit",
  "Best SEO backlinks for your website, cheap price",
  "Prêt rapide sans justificatif, argent sur votre compte aujourd'hui",
];

function baseModel(): Model {
  const model = emptyModel();
  for (const text of ham) train(model, tokenize(text), "ham");
  for (const text of spam) train(model, tokenize(text), "spam");
  return model;
}

describe("Robinson's token probability", () => {
  it("is f(w) = (s·x + n·p(w)) / (s + n) with s = 1, x = 0.5", () => {
    const model: Model = { spamTotal: 10, hamTotal: 10, counts: new Map([["casino", { spam: 3, ham: 1 }]]) };
    // p = (3/10) / (3/10 + 1/10) = 0.75; n = 4; f = (0.5 + 4 × 0.75) / 5 = 0.7
    expect(tokenProbability(model, "casino")).toBeCloseTo(0.7, 12);
    expect(tokenProbability(model, "unknown")).toBeNull();
  });

  it("uses frequencies relative to each class's size", () => {
    const model: Model = { spamTotal: 100, hamTotal: 10, counts: new Map([["word", { spam: 10, ham: 1 }]]) };
    // p = 0.1 / (0.1 + 0.1) = 0.5 → f = 0.5 whatever n
    expect(tokenProbability(model, "word")).toBeCloseTo(0.5, 12);
  });

  it("copes with a model that has only seen one class", () => {
    const model: Model = { spamTotal: 3, hamTotal: 0, counts: new Map([["pills", { spam: 3, ham: 0 }]]) };
    expect(tokenProbability(model, "pills")).toBeCloseTo((0.5 + 3) / 4, 12);
  });
});

describe("Fisher's chi-square combining", () => {
  it("computes the upper tail of the chi-square distribution", () => {
    expect(chi2Q(0, 2)).toBe(1);
    expect(chi2Q(2, 2)).toBeCloseTo(Math.exp(-1), 12);
    expect(chi2Q(4, 4)).toBeCloseTo(Math.exp(-2) * 3, 12);
    expect(chi2Q(10_000, 20)).toBe(0);
  });

  it("scores 0.5 with no evidence, and stays in [0, 1]", () => {
    expect(score(emptyModel(), ["anything"])).toEqual({ score: 0.5, signals: [] });
    const model = baseModel();
    for (const text of [...ham, ...spam, "", "zzz qqq"]) {
      const { score: value } = score(model, tokenize(text));
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
  });

  it("separates what it learned", () => {
    const model = baseModel();
    expect(score(model, tokenize("cheap viagra pills, guaranteed profit")).score).toBeGreaterThan(0.9);
    expect(score(model, tokenize("the council voted on the library budget")).score).toBeLessThan(0.1);
  });

  it("does not depend on the order of the tokens", () => {
    const model = baseModel();
    const tokens = tokenize("cheap budget pills for the council library");
    expect(score(model, [...tokens].reverse())).toEqual(score(model, tokens));
  });
});

describe("word pairs", () => {
  it("counts a word's evidence once: a strong pair hides its words, and the words' other pairs", () => {
    const model: Model = {
      spamTotal: 10,
      hamTotal: 10,
      counts: new Map([
        ["b:free trial", { spam: 9, ham: 0 }],
        ["free", { spam: 6, ham: 2 }],
        ["trial", { spam: 5, ham: 3 }],
        ["b:trial period", { spam: 4, ham: 1 }],
        ["period", { spam: 0, ham: 6 }],
      ]),
    };
    const tokens = ["free", "trial", "period", "b:free trial", "b:trial period"];
    const { signals } = score(model, tokens);
    const used = signals.map((signal) => signal.token).sort();
    // "b:free trial" is strongest and uses free and trial; "period" is still free to speak.
    expect(used).toEqual(["b:free trial", "period"]);
    // Without tiling the same evidence would be counted three times: the score is less sure.
    const withoutPair = score(model, ["free", "trial", "period"]);
    expect(withoutPair.signals.map((signal) => signal.token).sort()).toEqual(["free", "period", "trial"]);
  });
});

describe("learning", () => {
  it("raises the score of a message like the spam it learned", () => {
    const model = baseModel();
    const message = tokenize("Casino bonus tonight for all readers");
    const before = score(model, message).score;
    for (const text of [
      "casino bonus 200 free spins",
      "best casino bonus no deposit",
      "casino bonus code, win big",
      "online casino bonus for new players",
      "casino bonus tonight, claim it now",
    ]) {
      train(model, tokenize(text), "spam");
    }
    const after = score(model, message).score;
    expect(after).toBeGreaterThan(before);
    expect(after).toBeGreaterThan(0.9);
  });

  it("lowers the score of a message like the good comments it learned", () => {
    const model = baseModel();
    const message = tokenize("Cheap tickets for the garden festival this weekend");
    const before = score(model, message).score;
    for (const text of [
      "the garden festival was lovely",
      "garden festival tickets sold out",
      "this weekend's garden festival in the park",
    ]) {
      train(model, tokenize(text), "ham");
    }
    expect(score(model, message).score).toBeLessThan(before);
  });

  it("explains a score with real tokens of the message, the verdict's side first", () => {
    const model = baseModel();
    const message = tokenize("Cheap viagra pills without prescription, fast shipping to the library");
    const { score: value, signals } = score(model, message);
    expect(value).toBeGreaterThan(0.5);
    expect(signals.length).toBeGreaterThan(0);
    expect(signals.length).toBeLessThanOrEqual(EXPLANATION_SIZE);
    for (const signal of signals) {
      expect(message).toContain(signal.token);
      expect(signal.probability).toBeGreaterThanOrEqual(0);
      expect(signal.probability).toBeLessThanOrEqual(1);
    }
    expect(signals[0]!.probability).toBeGreaterThan(0.5);
    expect(signals.map((signal) => signal.token)).toEqual(expect.arrayContaining(["viagra", "pills"]));
  });

  it("untrain undoes train and never goes below zero", () => {
    const model = baseModel();
    const copy = combineModels([model]);
    const tokens = tokenize("brand new words zebrafish quokka");
    train(model, tokens, "spam");
    untrain(model, tokens, "spam");
    expect(model).toEqual(copy);
    untrain(model, tokenize("cheap pills"), "ham");
    expect(model.counts.get("cheap")).toEqual(copy.counts.get("cheap"));
    const empty = emptyModel();
    untrain(empty, ["x"], "spam");
    expect(empty.spamTotal).toBe(0);
  });

  it("adds models together (built-in plus learned)", () => {
    const a: Model = { spamTotal: 2, hamTotal: 3, counts: new Map([["x", { spam: 1, ham: 2 }]]) };
    const b: Model = {
      spamTotal: 1,
      hamTotal: 1,
      counts: new Map([
        ["x", { spam: 1, ham: 0 }],
        ["y", { spam: 0, ham: 1 }],
      ]),
    };
    const sum = combineModels([a, b]);
    expect(sum.spamTotal).toBe(3);
    expect(sum.hamTotal).toBe(4);
    expect(sum.counts.get("x")).toEqual({ spam: 2, ham: 2 });
    expect(sum.counts.get("y")).toEqual({ spam: 0, ham: 1 });
    expect([...combineModels([a, b], ["y", "z"]).counts.keys()]).toEqual(["y"]);
    expect(a.counts.get("x")).toEqual({ spam: 1, ham: 2 }); // inputs untouched
  });
});

describe("train until no errors", () => {
  it("learns the messages it is wrong or unsure about, until a pass learns nothing", () => {
    const messages = [
      ...spam.map((text) => ({ label: "spam" as const, tokens: tokenize(text) })),
      ...ham.map((text) => ({ label: "ham" as const, tokens: tokenize(text) })),
    ];
    // Twenty copies of each message: learning them all would count each one twenty times.
    const repeated = Array.from({ length: 20 }, () => messages).flat();
    const model = trainUntilNoErrors(repeated);
    expect(model.spamTotal + model.hamTotal).toBeLessThan(repeated.length / 2);
    expect(model.spamTotal).toBeGreaterThan(0);
    expect(model.hamTotal).toBeGreaterThan(0);
    // Afterwards every training message is on the right side, and sure of it.
    for (const { label, tokens } of messages) {
      const value = score(model, tokens).score;
      if (label === "spam") expect(value).toBeGreaterThanOrEqual(1 - (0.5 - TRAINING_MARGIN));
      else expect(value).toBeLessThanOrEqual(0.5 - TRAINING_MARGIN);
    }
  });
});
