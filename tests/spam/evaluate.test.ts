import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Label } from "@/lib/spam/classifier";
import { loadCorpus } from "@/lib/spam/corpus";
import { htmlToText, isRawEmail, messageText, parseFrom, readEmail } from "@/lib/spam/email";
import {
  computeMetrics,
  crossValidate,
  formatReport,
  reportJson,
  trainTest,
  wilsonInterval,
  seededRandom,
  stratifiedFolds,
  type LabeledMessage,
} from "@/lib/spam/evaluate";
import { DEFAULT_HOLD_THRESHOLD, DEFAULT_SPAM_THRESHOLD } from "@/lib/spam/thresholds";

const labels = (spam: number, ham: number): Label[] => [
  ...Array<Label>(spam).fill("spam"),
  ...Array<Label>(ham).fill("ham"),
];

describe("stratified k-fold splits", () => {
  it("are disjoint and cover every message once", () => {
    const all = labels(23, 61);
    const folds = stratifiedFolds(all, 5, 7);
    expect(folds).toHaveLength(5);
    const seen = folds.flat().sort((a, b) => a - b);
    expect(seen).toEqual(all.map((_, index) => index));
  });

  it("keep the share of spam in every fold, and the fold sizes within one", () => {
    const all = labels(23, 61);
    const folds = stratifiedFolds(all, 5, 7);
    for (const fold of folds) {
      const spam = fold.filter((index) => all[index] === "spam").length;
      expect(spam === 4 || spam === 5).toBe(true);
      expect(fold.length === 16 || fold.length === 17).toBe(true);
    }
  });

  it("are deterministic for a seed and shuffled differently for another", () => {
    const all = labels(30, 30);
    expect(stratifiedFolds(all, 5, 42)).toEqual(stratifiedFolds(all, 5, 42));
    expect(stratifiedFolds(all, 5, 42)).not.toEqual(stratifiedFolds(all, 5, 43));
    const random = seededRandom(1);
    const values = Array.from({ length: 1000 }, random);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
  });

  it("reject a k below 2", () => {
    expect(() => stratifiedFolds(labels(3, 3), 1)).toThrow(/k must be/);
  });
});

describe("metrics", () => {
  it("count catches and false positives at the thresholds", () => {
    const metrics = computeMetrics(
      [
        { label: "spam", score: 0.99 },
        { label: "spam", score: 0.9 }, // = spam threshold: caught
        { label: "spam", score: 0.7 }, // held
        { label: "spam", score: 0.1 }, // missed
        { label: "ham", score: 0.01 },
        { label: "ham", score: 0.59 },
        { label: "ham", score: 0.6 }, // = hold threshold: held
        { label: "ham", score: 0.95 }, // marked spam
        { label: "ham", score: 0.2 },
      ],
      { spam: 0.9, hold: 0.6 },
    );
    expect(metrics).toEqual({
      messages: 9,
      spam: 4,
      ham: 5,
      spamCaught: 0.5,
      spamCaughtOrHeld: 0.75,
      hamHeld: 0.4,
      hamMarkedSpam: 0.2,
    });
  });

  it("use the default thresholds of lib/spam, and 0 for an empty class", () => {
    expect(DEFAULT_SPAM_THRESHOLD).toBe(0.92);
    expect(DEFAULT_HOLD_THRESHOLD).toBe(0.6);
    expect(computeMetrics([{ label: "ham", score: 0.89 }])).toMatchObject({
      spam: 0,
      spamCaught: 0,
      hamHeld: 1,
      hamMarkedSpam: 0,
    });
  });
});

describe("cross-validation", () => {
  const spamTexts = [
    "casino bonus free spins",
    "cheap viagra pills online",
    "crypto profit guaranteed bot",
    "buy backlinks cheap seo",
  ];
  const hamTexts = [
    "the council voted the budget",
    "great match last night",
    "merci pour cet article",
    "the mayor answered questions",
  ];
  const corpus: LabeledMessage[] = [
    ...Array.from({ length: 20 }, (_, i) => ({
      id: `s${i}`,
      label: "spam" as const,
      text: `${spamTexts[i % 4]} ${spamTexts[(i + 1) % 4]}`,
    })),
    ...Array.from({ length: 20 }, (_, i) => ({
      id: `h${i}`,
      label: "ham" as const,
      text: `${hamTexts[i % 4]} ${hamTexts[(i + 2) % 4]}`,
    })),
  ];

  it("trains from scratch on k − 1 folds and scores every message of the last once", () => {
    const report = crossValidate(corpus, { folds: 5, seed: 1 });
    expect(report.results).toHaveLength(40);
    expect(new Set(report.results.map((result) => result.id)).size).toBe(40);
    expect(report).toMatchObject({
      messages: 40,
      spam: 20,
      ham: 20,
      spamCaught: 1,
      spamCaughtOrHeld: 1,
      hamHeld: 0,
      hamMarkedSpam: 0,
      folds: 5,
    });
    expect(report.msPerMessage).toBeGreaterThanOrEqual(0);
  });

  it("cannot recognise what no training fold contained", () => {
    // Each spam text appears once: trained from scratch, the fold never saw its words.
    const unique: LabeledMessage[] = [
      ...Array.from({ length: 5 }, (_, i) => ({
        label: "spam" as const,
        text: `zorblax${"q".repeat(i + 1)} wuxian${"k".repeat(i + 1)}`,
      })),
      ...Array.from({ length: 5 }, (_, i) => ({
        label: "ham" as const,
        text: `plimbo${"r".repeat(i + 1)} trandel${"m".repeat(i + 1)}`,
      })),
    ];
    const report = crossValidate(unique, { folds: 5, seed: 3, tokenizer: (text) => text.split(" ") });
    // Naive Bayes says 0.5 (no evidence); the linear model only its bias (the classes' balance).
    expect(report.results.every((result) => Math.abs(result.score - 0.5) < 0.05)).toBe(true);
  });

  it("prints the five figures label first with 95 % intervals, the matrix and the worst errors", () => {
    const report = crossValidate(corpus);
    const lines = formatReport(report).split("\n");
    for (const label of [
      "spam marked spam",
      "spam kept off the page",
      "good messages held or marked spam",
      "good messages marked spam",
      "time per message",
    ]) {
      const line = lines.find((candidate) => candidate.startsWith(`${label} `));
      expect(line, label).toMatch(/\d+\.\d+ (%|ms) +\(95 % CI \d+\.\d+–\d+\.\d+ (%|ms)/);
    }
    expect(lines).toContain("confusion matrix   marked spam    held  published");
    expect(lines).toContainEqual(expect.stringMatching(/^spam +20 +0 +0$/));
    expect(lines).toContainEqual(expect.stringMatching(/^good +0 +0 +20$/));
    expect(lines.some((line) => line.startsWith("worst false positives"))).toBe(true);
    expect(lines.some((line) => line.startsWith("worst false negatives"))).toBe(true);
  });

  it("lists the worst errors, worst first, cut to 80 characters", () => {
    const long = "x".repeat(200);
    const report = trainTest(
      [
        ...Array.from({ length: 5 }, () => ({ label: "spam" as const, text: "casino bonus jackpot" })),
        ...Array.from({ length: 5 }, () => ({ label: "ham" as const, text: "council budget library" })),
      ],
      [
        { id: "bad-ham", label: "ham", text: `casino bonus jackpot ${long}` },
        { id: "bad-spam", label: "spam", text: `council budget library ${long}` },
        { id: "good", label: "ham", text: "council budget" },
      ],
      { tokenizer: (text) => text.split(" ") },
    );
    expect(report.mode).toBe("train-test");
    const json = reportJson(report);
    expect(json.confusionMatrix).toEqual({
      spam: { spam: 0, held: 0, published: 1 },
      good: { spam: 1, held: 0, published: 1 },
    });
    expect(json.worstFalsePositives.map((error) => error.id)).toEqual(["bad-ham"]);
    expect(json.worstFalseNegatives.map((error) => error.id)).toEqual(["bad-spam"]);
    expect(json.worstFalsePositives[0]!.excerpt).toHaveLength(80);
    expect(json.figures["good messages marked spam"]!.value).toBeCloseTo(0.5, 12);
    expect(json.figures["spam kept off the page"]!.value).toBe(0);
  });

  it("gives Wilson score intervals", () => {
    // 0 of 10: [0, 0.2775]; 5 of 10: [0.2366, 0.7634] (textbook values).
    const none = wilsonInterval(0, 10);
    expect(none.low).toBe(0);
    expect(none.high).toBeCloseTo(0.2775, 4);
    const half = wilsonInterval(5, 10);
    expect(half.low).toBeCloseTo(0.2366, 4);
    expect(half.high).toBeCloseTo(0.7634, 4);
  });
});

describe("raw e-mail messages", () => {
  const email = [
    "From spammer@example.com  Thu Aug  8 14:37:07 2002",
    "Return-Path: <spammer@example.com>",
    'From: "Deals" <spammer@example.com>',
    "Subject: =?iso-8859-1?q?Cr=E9dit_rapide?=",
    "MIME-Version: 1.0",
    'Content-Type: multipart/alternative; boundary="XYZ"',
    "",
    "--XYZ",
    "Content-Type: text/plain; charset=iso-8859-1",
    "Content-Transfer-Encoding: quoted-printable",
    "",
    "Pr=EAt imm=E9diat, soft=",
    "break here.",
    "--XYZ",
    "Content-Type: text/html; charset=utf-8",
    "Content-Transfer-Encoding: base64",
    "",
    Buffer.from(
      '<html><body><p>Visit <a href="http://cheap-loans.example.com">our site</a> &amp; save</p><style>p{}</style></body></html>',
    ).toString("base64"),
    "--XYZ",
    "Content-Type: image/gif",
    "Content-Transfer-Encoding: base64",
    "",
    "R0lGODlhAQABAAAAACw=",
    "--XYZ--",
    "",
  ].join("\n");

  it("recognises a raw e-mail, and leaves other text alone", () => {
    expect(isRawEmail(email)).toBe(true);
    expect(isRawEmail("Note: this is a comment.\n\nWith two paragraphs.")).toBe(false);
    const comment = "Subject: the budget\n\nI think the vote was rigged.";
    expect(messageText(comment)).toBe(comment);
  });

  it("reads the subject and the text parts, decoding quoted-printable, base64 and HTML", () => {
    const text = messageText(email);
    expect(text).toContain("Crédit rapide");
    expect(text).toContain("Prêt immédiat, softbreak here.");
    expect(text).toContain("http://cheap-loans.example.com");
    expect(text).toContain("our site & save");
    expect(text).not.toContain("<p>");
    expect(text).not.toContain("R0lGOD");
    expect(text).not.toContain("Return-Path");
  });

  it("reads the sender as the author and the mail program as the user agent", () => {
    expect(parseFrom('"Jane Doe" <jane@example.org>')).toEqual({
      name: "Jane Doe",
      address: "jane@example.org",
    });
    expect(parseFrom("jane@example.org (Jane Doe)")).toEqual({
      name: "Jane Doe",
      address: "jane@example.org",
    });
    expect(parseFrom("jane@example.org")).toEqual({ name: "", address: "jane@example.org" });
    const mail = readEmail(
      "From: =?utf-8?q?Ren=C3=A9?= <rene@example.fr>\nX-Mailer: Mutt 1.4\nSubject: Hi\n\nHello",
    );
    expect(mail).toEqual({
      text: "Hi\n\nHello",
      fromName: "René",
      fromAddress: "rene@example.fr",
      mailer: "Mutt 1.4",
    });
    expect(readEmail("just a comment")).toBeNull();
  });

  it("strips HTML to its text and link addresses", () => {
    expect(
      htmlToText(
        '<div>Hello&nbsp;<b>world</b> <img src="http://x.example/a.gif"><script>evil()</script>&#233;&#x41;</div>',
      ),
    ).toBe("Hello world http://x.example/a.gif éA");
  });
});

describe("corpus folders", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "lede-spam-corpus-"));
    await mkdir(path.join(dir, "spam", "batch-1"), { recursive: true });
    await mkdir(path.join(dir, "ham"), { recursive: true });
    await writeFile(path.join(dir, "spam", "1.txt"), "Cheap pills");
    await writeFile(
      path.join(dir, "spam", "batch-1", "2.eml"),
      "From: a@b.example\nSubject: Win\nTo: c@d.example\n\nCasino bonus",
    );
    await writeFile(path.join(dir, "spam", "batch-1", "2.json"), '{"not":"a message"}');
    await writeFile(path.join(dir, "ham", "1.txt"), Buffer.from("Tr\xe8s bon article", "latin1"));
    await writeFile(path.join(dir, "ham", ".hidden"), "ignored");
    await writeFile(path.join(dir, "ham", "empty.txt"), "   \n");
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("reads spam/ and ham/ recursively, one message per file, raw e-mails by their body", async () => {
    const messages = await loadCorpus(dir);
    expect(messages).toEqual([
      { id: path.join("spam", "1.txt"), label: "spam", text: "Cheap pills" },
      {
        id: path.join("spam", "batch-1", "2.eml"),
        label: "spam",
        text: "Win\n\nCasino bonus",
        author: { name: "", email: "a@b.example", userAgent: null },
      },
      { id: path.join("ham", "1.txt"), label: "ham", text: "Très bon article" },
    ]);
  });

  it("says which folder is missing", async () => {
    await expect(loadCorpus(path.join(dir, "spam"))).rejects.toThrow(/spam folder/);
  });
});
