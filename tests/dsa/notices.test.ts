// DSA notice and action over a real SMTP server: a reader's notice (legal ground, explanation,
// optional name and email) is stored and its receipt mailed; the moderator's decision changes
// the comment, stores the statement of reasons and mails it to the notifier and to the author;
// /transparency's monthly counts include it; erasing the notifier clears their details.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/config", () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn(), handlers: {} }));
vi.mock("next/headers", () => ({
  headers: async () =>
    new Headers({
      host: "localhost:3000",
      origin: "http://localhost:3000",
      "x-lede-client-ip": "198.18.11.1",
      "next-action": "x",
    }),
  cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {} }),
}));

import { auth } from "@/lib/auth/config";
import { emailHash } from "@/lib/comments/identity";
import { db } from "@/lib/db";
import { decideNoticeAction, submitNoticeAction } from "@/lib/dsa/actions";
import { transparencyMonths, type StatementOfReasons } from "@/lib/dsa/notices";
import { reloadEnv } from "@/lib/env";
import { startJobWorker, type JobWorker } from "@/lib/jobs/runner";
import { mailTasks } from "@/lib/mail/outbox";
import { eraseCommenter } from "@/lib/privacy/commenter";
import { startSmtp, until, type TestSmtp } from "../mail/support";
import { commentFixtures } from "../comments/support";

const fixtures = commentFixtures("dsa");
let smtp: TestSmtp;
let worker: JobWorker;
let moderator: { id: number };
let article: { id: number };

beforeAll(async () => {
  smtp = await startSmtp();
  process.env.SMTP_URL = smtp.url;
  process.env.SITE_URL = "http://localhost:3000";
  reloadEnv();
  await fixtures.setup();
  article = await fixtures.article("dsa");
  moderator = await db.user.create({
    data: { email: `mod-dsa-${Date.now()}@lede.test`, name: "Mod DSA", passwordHash: "x", role: "MODERATOR" },
    select: { id: true },
  });
  vi.mocked(auth).mockResolvedValue({ userId: moderator.id } as never);
  worker = await startJobWorker({
    databaseUrl: process.env.DATABASE_URL!,
    tasks: mailTasks as never[],
    pollIntervalMs: 200,
  });
});

afterAll(async () => {
  await worker.stop();
  await smtp.close();
  await fixtures.teardown();
  await db.dsaNotice.deleteMany({ where: { decidedById: moderator.id } });
  await db.auditEntry.deleteMany({ where: { actorId: moderator.id } });
  await db.user.delete({ where: { id: moderator.id } });
  delete process.env.SMTP_URL;
  delete process.env.SITE_URL;
  reloadEnv();
});

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
};

async function comment(label: string) {
  const author = fixtures.visitor(label);
  const row = await db.comment.create({
    data: {
      articleId: article.id,
      authorName: author.name,
      authorEmail: author.email,
      emailHash: emailHash(author.email),
      body: `Something ${label} wrote.`,
      status: "APPROVED",
      ipHash: "c".repeat(64),
    },
  });
  return { ...row, author };
}

const received = (to: string) =>
  smtp.received.filter((mail) => (mail.to as { text: string } | undefined)?.text === to);

describe("DSA notice and action", () => {
  it("stores a notice, decides it and mails the statement of reasons to both parties", async () => {
    const target = await comment("target");
    const notifier = `notifier.${Date.now()}@example.org`;
    const fields = {
      commentId: String(target.id),
      legalGround: "Defamation (art. 29 of the 1881 press law)",
      explanation: "It accuses a named person of a crime without any basis.",
      notifierName: "Nora Notifier",
      notifierEmail: notifier,
    };
    expect(await submitNoticeAction({ status: "idle" }, form(fields))).toMatchObject({
      status: "error",
      fieldErrors: { goodFaith: expect.any(String) },
    });
    expect(await submitNoticeAction({ status: "idle" }, form({ ...fields, goodFaith: "on" }))).toMatchObject({
      status: "ok",
    });
    const notice = await db.dsaNotice.findFirstOrThrow({ where: { commentId: target.id } });
    expect(notice).toMatchObject({
      notifierName: "Nora Notifier",
      notifierHash: emailHash(notifier),
      decision: null,
    });
    await until(() => received(notifier).length === 1);
    expect(received(notifier)[0]!.subject).toContain(`no. ${notice.id}`);

    const facts = "The comment names a person and states, without evidence, that they committed fraud.";
    expect(
      await decideNoticeAction(
        { status: "idle" },
        form({ noticeId: String(notice.id), decision: "REMOVE", facts }),
      ),
    ).toMatchObject({ status: "ok" });
    const decided = await db.dsaNotice.findUniqueOrThrow({ where: { id: notice.id } });
    const statement = decided.statement as StatementOfReasons;
    expect(statement).toMatchObject({
      decision: "REMOVE",
      facts,
      automatedDetection: false,
      automatedDecision: false,
    });
    expect(statement.redress).toMatch(/out-of-court dispute settlement/);
    expect((await db.comment.findUniqueOrThrow({ where: { id: target.id } })).status).toBe("TRASH");
    expect(
      await db.commentStatusChange.count({
        where: { commentId: target.id, reason: { startsWith: `DSA notice ${notice.id}` } },
      }),
    ).toBe(1);
    expect(await db.auditEntry.count({ where: { action: "dsa.decide", targetId: String(target.id) } })).toBe(
      1,
    );

    await until(() => received(notifier).length === 2 && received(target.author.email).length === 1);
    for (const mail of [received(notifier)[1]!, received(target.author.email)[0]!]) {
      expect(mail.text).toContain(facts);
      expect(mail.text).toContain("Ground: Illegal content: Defamation");
      expect(mail.text).toMatch(/Automated means: none/);
      expect(mail.text).toMatch(/Redress:/);
    }
    expect(received(notifier)[1]!.text).not.toContain(target.author.email);
    // Decided once.
    expect(
      await decideNoticeAction(
        { status: "idle" },
        form({ noticeId: String(notice.id), decision: "KEEP", facts }),
      ),
    ).toMatchObject({ status: "error" });
  });

  it("keeps a comment found legal, and counts notices per month for /transparency", async () => {
    const target = await comment("kept");
    await submitNoticeAction(
      { status: "idle" },
      form({
        commentId: String(target.id),
        legalGround: "Hate speech",
        explanation: "I find this offensive to my group.",
        goodFaith: "on",
      }),
    );
    const notice = await db.dsaNotice.findFirstOrThrow({ where: { commentId: target.id } });
    expect(notice.notifierEmail).toBeNull();
    await decideNoticeAction(
      { status: "idle" },
      form({
        noticeId: String(notice.id),
        decision: "KEEP",
        facts: "A sharp opinion, but no group is attacked.",
      }),
    );
    expect((await db.comment.findUniqueOrThrow({ where: { id: target.id } })).status).toBe("APPROVED");
    await until(() => received(target.author.email).length === 1);
    expect(received(target.author.email)[0]!.text).toMatch(/not found to be illegal/);

    const month = new Date().toISOString().slice(0, 7);
    const figures = (await transparencyMonths()).find((row) => row.month === month)!;
    expect(figures.notices).toBeGreaterThanOrEqual(2);
    expect(figures.removed).toBeGreaterThanOrEqual(1);
    expect(figures.kept).toBeGreaterThanOrEqual(1);
    expect(figures.medianHours).not.toBeNull();
  });

  it("erasing a notifier clears their name and email from the notices they made", async () => {
    const target = await comment("erase-notifier");
    const notifier = `erase.notifier.${Date.now()}@example.org`;
    await submitNoticeAction(
      { status: "idle" },
      form({
        commentId: String(target.id),
        legalGround: "Privacy",
        explanation: "It publishes my home address.",
        notifierName: "Private Person",
        notifierEmail: notifier,
        goodFaith: "on",
      }),
    );
    expect(await eraseCommenter(emailHash(notifier), { actorId: moderator.id, via: "staff" })).toMatchObject({
      kind: "erased",
    });
    const notice = await db.dsaNotice.findFirstOrThrow({ where: { commentId: target.id } });
    expect(notice).toMatchObject({ notifierName: null, notifierEmail: null, notifierHash: null });
    expect(notice.legalGround).toBe("Privacy");
  });
});
