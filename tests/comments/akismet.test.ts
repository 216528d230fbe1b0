// Akismet as a second opinion, against a local HTTP server speaking Akismet's REST protocol
// (started here; never the internet). The local filter's score is pinned in the grey zone so
// each test decides what Akismet answers: spam → SPAM with Akismet among the reasons; not spam →
// the later rules decide; no answer (server down, too slow, gibberish) → held, never published.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

const AKISMET_PORT = 3471;
vi.hoisted(() => {
  process.env.AKISMET_API_KEY = "test-akismet-key";
  process.env.AKISMET_URL = "http://127.0.0.1:3471";
  process.env.SITE_URL = "https://news.lede.test";
});

vi.mock("@/lib/auth/config", () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn(), handlers: {} }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "next-action": "x" }),
  cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {} }),
}));
vi.mock("@/lib/spam", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/spam")>();
  return { ...original, classifyComment: vi.fn(original.classifyComment) };
});

import { auth } from "@/lib/auth/config";
import { submitComment } from "@/lib/comments/submit";
import { db } from "@/lib/db";
import { notSpamComments, spamComments } from "@/lib/moderation/actions";
import { akismetFeedbackTask, queueAkismetFeedback } from "@/lib/moderation/akismet-feedback";
import { classifyComment } from "@/lib/spam";
import { AKISMET_TIMEOUT_MS } from "@/lib/spam/akismet";
import { commentFixtures, commentInput, giveHistory, requestFrom, USER_AGENT } from "./support";

type Received = { path: string; fields: URLSearchParams };
let answer: { body: string; delayMs?: number; headers?: Record<string, string> } = { body: "true" };
const received: Received[] = [];
let server: Server | null = null;

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** Akismet's protocol: form-encoded POSTs to /1.1/<method>, plain-text answers. */
function startAkismet(): Promise<void> {
  server = createServer(async (request, response) => {
    const fields = new URLSearchParams(await readBody(request));
    received.push({ path: request.url ?? "", fields });
    const reply = (status: number, body: string, headers: Record<string, string> = {}) => {
      response.writeHead(status, { "content-type": "text/plain", ...headers });
      response.end(body);
    };
    if (request.method !== "POST") return reply(405, "");
    if (fields.get("api_key") !== "test-akismet-key")
      return reply(200, "invalid", { "x-akismet-debug-help": "We were unable to verify your API key." });
    if (request.url === "/1.1/comment-check") {
      const { body, delayMs = 0, headers = {} } = answer;
      setTimeout(() => reply(200, body, headers), delayMs);
      return;
    }
    if (request.url === "/1.1/submit-spam" || request.url === "/1.1/submit-ham")
      return reply(200, "Thanks for making the web a better place.");
    reply(404, "");
  });
  // A port already taken fails here, with its reason, rather than as a hook timeout.
  return new Promise((resolve, reject) => {
    server!.once("error", reject);
    server!.listen(AKISMET_PORT, "127.0.0.1", () => resolve());
  });
}

function stopAkismet(): Promise<void> {
  const running = server;
  server = null;
  if (!running) return Promise.resolve();
  running.closeAllConnections();
  return new Promise((resolve) => running.close(() => resolve()));
}

const fixtures = commentFixtures("akismet");
let article: { id: number };

beforeAll(async () => {
  await fixtures.setup();
  article = await fixtures.article("open");
  await startAkismet();
  expect((server!.address() as AddressInfo).port).toBe(AKISMET_PORT);
});

afterAll(async () => {
  await stopAkismet();
  await fixtures.teardown();
});

beforeEach(() => {
  received.length = 0;
  answer = { body: "true" };
  // The local filter is unsure: a score between the hold (0.6) and spam (0.9) thresholds.
  vi.mocked(classifyComment).mockResolvedValue({
    score: 0.75,
    signals: [{ token: "b:great post", probability: 0.8 }],
    tokens: ["great", "post", "b:great post"],
  });
});

/** A regular reader (prior approval passes) posts: without the grey zone it would be approved. */
async function post(body: string) {
  const who = fixtures.visitor("regular");
  await giveHistory(article.id, who);
  const outcome = await submitComment(commentInput(article.id, who, body), requestFrom(who));
  if (outcome.kind !== "created") throw new Error(`expected a stored comment, got ${outcome.kind}`);
  const stored = await db.comment.findUniqueOrThrow({
    where: { id: outcome.comment.id },
    select: { status: true, reasons: true, spamScore: true },
  });
  return { who, stored, id: outcome.comment.id };
}

describe("Akismet's second opinion on grey-zone comments", () => {
  it("marks a grey-zone comment as spam when Akismet says spam, with Akismet among its reasons", async () => {
    const { who, stored } = await post("Great post, I learned a lot from it.");
    expect(stored.status).toBe("SPAM");
    expect(stored.reasons).toEqual([
      "spam score 0.75 in the grey zone ≥ 0.6 (b:great post)",
      "Akismet: spam",
    ]);
    // The standard fields, with the IP address of the request (held in memory, not stored).
    expect(received).toHaveLength(1);
    const { path, fields } = received[0]!;
    expect(path).toBe("/1.1/comment-check");
    expect(Object.fromEntries(fields)).toMatchObject({
      api_key: "test-akismet-key",
      blog: "https://news.lede.test",
      user_ip: who.ip,
      user_agent: USER_AGENT,
      comment_type: "comment",
      comment_author: who.name,
      comment_author_email: who.email,
      comment_content: "Great post, I learned a lot from it.",
    });
    const row = await db.comment.findFirstOrThrow({ where: { authorEmail: who.email, status: "SPAM" } });
    expect(JSON.stringify(row)).not.toContain(who.ip);
  });

  it("notes Akismet's 'blatant spam' hint", async () => {
    answer = { body: "true", headers: { "x-akismet-pro-tip": "discard" } };
    const { stored } = await post("Great post, visit my page for more.");
    expect(stored.status).toBe("SPAM");
    expect(stored.reasons).toContain("Akismet: spam (blatant)");
  });

  it("lets the other rules decide when Akismet says it is not spam", async () => {
    answer = { body: "false" };
    const { stored } = await post("Great post, the figures on rents match what I see here.");
    expect(stored.status).toBe("APPROVED");
    expect(stored.reasons).toContain("Akismet: not spam");
  });

  it("holds the comment when Akismet answers something else (a bad key)", async () => {
    answer = {
      body: "invalid",
      headers: { "x-akismet-debug-help": "We were unable to verify your API key." },
    };
    const { stored } = await post("Great post about the new tram line.");
    expect(stored.status).toBe("PENDING");
    expect(stored.reasons.at(-1)).toMatch(/^Akismet unavailable \(unexpected answer "invalid".*\): held$/);
  });

  it("holds the comment when Akismet is too slow", async () => {
    answer = { body: "false", delayMs: AKISMET_TIMEOUT_MS + 1_000 };
    const { stored } = await post("Great post about the harbour works.");
    expect(stored.status).toBe("PENDING");
    expect(stored.reasons).toContain("Akismet unavailable (timed out): held");
  });

  it("does not ask Akismet about comments the local filter is sure about", async () => {
    vi.mocked(classifyComment).mockResolvedValue({ score: 0.05, signals: [], tokens: ["council"] });
    const { stored } = await post("The council budget vote was close.");
    expect(stored.status).toBe("APPROVED");
    expect(received).toHaveLength(0);
  });

  it("tells Akismet a moderator's decision with what is stored (no IP address)", async () => {
    answer = { body: "false" };
    const { who, id } = await post("Great post, thanks.");
    received.length = 0;
    await queueAkismetFeedback(db, { commentId: id, label: "spam" });
    const job = await db.$queryRaw<{ task_identifier: string; payload: unknown }[]>`
      SELECT view.task_identifier, private.payload
      FROM graphile_worker.jobs view JOIN graphile_worker._private_jobs private USING (id)
      WHERE view.key = ${`akismet.feedback:${id}`}`;
    expect(job).toEqual([{ task_identifier: "akismet.feedback", payload: { commentId: id, label: "spam" } }]);
    await db.$executeRaw`SELECT graphile_worker.remove_job(${`akismet.feedback:${id}`}::text)`;

    await akismetFeedbackTask.run({ commentId: id, label: "spam" });
    await akismetFeedbackTask.run({ commentId: id, label: "ham" });
    expect(received.map((request) => request.path)).toEqual(["/1.1/submit-spam", "/1.1/submit-ham"]);
    expect(Object.fromEntries(received[0]!.fields)).toMatchObject({
      api_key: "test-akismet-key",
      comment_author_email: who.email,
      comment_content: "Great post, thanks.",
      user_agent: USER_AGENT,
    });
    expect(received[0]!.fields.has("user_ip")).toBe(false);
  });

  it("queues a moderator's spam and not-spam decisions for Akismet, the latest one winning", async () => {
    answer = { body: "false" };
    const { id } = await post("Great post on the budget, thanks for the detail.");
    const moderator = await db.user.create({
      data: {
        email: `akismet-moderator-${id}@lede.test`,
        name: "Moderator",
        passwordHash: "unused",
        role: "MODERATOR",
      },
    });
    vi.mocked(auth).mockResolvedValue({ userId: moderator.id } as never);
    // The decisions also teach the local filter: put its counts back afterwards (shared database).
    const [tokensBefore, corpusBefore] = await Promise.all([
      db.spamToken.findMany(),
      db.spamCorpus.findUnique({ where: { id: 1 } }),
    ]);
    const queued = () =>
      db.$queryRaw<{ payload: unknown }[]>`
        SELECT private.payload
        FROM graphile_worker.jobs view JOIN graphile_worker._private_jobs private USING (id)
        WHERE view.key = ${`akismet.feedback:${id}`}`;
    const act = (action: typeof spamComments) => {
      const form = new FormData();
      form.set("returnTo", "/admin/comments?tab=approved");
      form.set("ids", String(id));
      return action({ status: "idle" }, form);
    };
    try {
      expect((await act(spamComments)).message).toBe("Marked as spam: 1 comment.");
      expect(await queued()).toEqual([{ payload: { commentId: id, label: "spam" } }]);
      await act(notSpamComments);
      expect(await queued()).toEqual([{ payload: { commentId: id, label: "ham" } }]);
    } finally {
      await db.$executeRaw`SELECT graphile_worker.remove_job(${`akismet.feedback:${id}`}::text)`;
      await db.auditEntry.deleteMany({ where: { actorId: moderator.id } });
      await db.commentStatusChange.deleteMany({ where: { actorId: moderator.id } });
      await db.user.delete({ where: { id: moderator.id } });
      await db.$transaction([
        db.spamToken.deleteMany(),
        db.spamToken.createMany({ data: tokensBefore }),
        corpusBefore
          ? db.spamCorpus.update({ where: { id: 1 }, data: corpusBefore })
          : db.spamCorpus.deleteMany(),
      ]);
    }
  });

  // Last: stops the server.
  it("holds a grey-zone comment when Akismet cannot be reached, never publishes it", async () => {
    await stopAkismet();
    const { stored } = await post("Great post, see you at the meeting.");
    expect(stored.status).toBe("PENDING");
    expect(stored.reasons).toEqual([
      "spam score 0.75 in the grey zone ≥ 0.6 (b:great post)",
      "Akismet unavailable (unreachable): held",
    ]);
  });
});
