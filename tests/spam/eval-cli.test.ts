// `npm run spam:eval` as a developer runs it: the script on corpus folders, text and --json
// output, cross-validation and --train (out of domain).
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const script = path.resolve("scripts/spam-eval.ts");
let root = "";

async function corpus(name: string, spam: string[], ham: string[]): Promise<string> {
  const dir = path.join(root, name);
  for (const [label, texts] of [
    ["spam", spam],
    ["ham", ham],
  ] as const) {
    await mkdir(path.join(dir, label), { recursive: true });
    await Promise.all(texts.map((text, i) => writeFile(path.join(dir, label, `${i}.txt`), text)));
  }
  return dir;
}

const spamTexts = Array.from(
  { length: 8 },
  (_, i) => `Casino bonus ${i}: free spins and jackpot, click here now!!!`,
);
const hamTexts = Array.from(
  { length: 8 },
  (_, i) => `The council budget vote ${i} was close; the library keeps its hours.`,
);

const evaluate = (...args: string[]) =>
  run("npx", ["tsx", "--conditions=react-server", script, ...args], { cwd: process.cwd(), timeout: 60_000 });

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "lede-spam-eval-"));
  await corpus("a", spamTexts, hamTexts);
  await corpus("b", spamTexts.slice(0, 6), hamTexts.slice(0, 6));
});

afterAll(() => rm(root, { recursive: true, force: true }));

describe("npm run spam:eval", () => {
  it("prints the five figures label first, the confusion matrix and the worst errors", async () => {
    const { stdout } = await evaluate(path.join(root, "a"));
    const lines = stdout.split("\n");
    expect(lines[0]).toContain("5-fold stratified cross-validation");
    for (const label of [
      "spam marked spam",
      "spam kept off the page",
      "good messages held or marked spam",
      "good messages marked spam",
      "time per message",
    ])
      expect(lines.some((line) => line.startsWith(`${label} `) && line.includes("(95 % CI "))).toBe(true);
    expect(stdout).toContain("confusion matrix");
    expect(stdout).toContain("worst false positives");
    expect(stdout).toContain("worst false negatives");
  });

  it("trains on one corpus and tests on another with --train, as JSON with --json", async () => {
    const { stdout } = await evaluate(path.join(root, "b"), "--train", path.join(root, "a"), "--json");
    const report = JSON.parse(stdout) as {
      mode: string;
      messages: number;
      figures: Record<string, { value: number; low: number; high: number }>;
      confusionMatrix: Record<string, Record<string, number>>;
    };
    expect(report.mode).toBe("train-test");
    expect(report.messages).toBe(12);
    expect(Object.keys(report.figures)).toEqual([
      "spam marked spam",
      "spam kept off the page",
      "good messages held or marked spam",
      "good messages marked spam",
      "time per message",
    ]);
    expect(report.figures["spam kept off the page"]!.value).toBe(1);
    expect(report.confusionMatrix.good!.published).toBe(6);
  });

  it("fails with a message on an unknown option", async () => {
    await expect(evaluate("--bogus")).rejects.toMatchObject({
      stderr: expect.stringContaining("unknown option --bogus"),
    });
  });
});
