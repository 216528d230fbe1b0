// Reply notifications end to end on the embedded default (no SMTP_URL: .eml files): a comment
// with "Email me when someone replies" gets a confirmation mail; after the confirmation a
// reply that a moderator approves (not while it is held) sends a notification with the reply's
// permalink and never the replier's email; staff replies notify too; the one-click unsubscribe
// (RFC 8058 POST) stops a conversation, and "everything" withdraws the confirmation.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/config", () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn(), handlers: {} }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "next-action": "x" }),
  cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {} }),
}));

import { auth } from "@/lib/auth/config";
import type { ActionState, AdminAction } from "@/lib/actions/admin";
import { emailHash } from "@/lib/comments/identity";
import { submitComment } from "@/lib/comments/submit";
import { db } from "@/lib/db";
import { reloadEnv } from "@/lib/env";
import { startJobWorker, type JobWorker } from "@/lib/jobs/runner";
import { mailTasks } from "@/lib/mail/outbox";
import { approveComments, replyToComment } from "@/lib/moderation/actions";
import { confirmAddress } from "@/lib/notifications/replies";
import { POST as oneClick, GET as oneClickGet } from "@/app/(site)/mail/one-click/[token]/route";
import { header, until } from "../mail/support";
import {
  commentFixtures,
  commentInput,
  giveHistory,
  requestFrom,
  withSettings,
  type Visitor,
} from "../comments/support";

const fixtures = commentFixtures("notify");
let folder: string;
let worker: JobWorker;
let article: { id: number };
let moderator: { id: number; name: string; email: string };

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "lede-notify-"));
  delete process.env.SMTP_URL;
  process.env.MAIL_DIR = folder;
  process.env.SITE_URL = "http://news.test";
  reloadEnv();
  await fixtures.setup();
  article = await fixtures.article("thread");
  moderator = await db.user.create({
    data: { email: `mod-${Date.now()}@lede.test`, name: "Mod Notify", passwordHash: "x", role: "MODERATOR" },
    select: { id: true, name: true, email: true },
  });
  worker = await startJobWorker({
    databaseUrl: process.env.DATABASE_URL!,
    tasks: mailTasks as never[],
    pollIntervalMs: 200,
  });
});

beforeEach(() => {
  vi.mocked(auth).mockResolvedValue({ userId: moderator.id } as never);
});

afterAll(async () => {
  await worker.stop();
  await fixtures.teardown();
  await db.auditEntry.deleteMany({ where: { actorId: moderator.id } });
  await db.user.delete({ where: { id: moderator.id } });
  delete process.env.MAIL_DIR;
  delete process.env.SITE_URL;
  reloadEnv();
  await rm(folder, { recursive: true, force: true });
});

/** The sent mails to an address, parsed from their .eml files, oldest first. */
async function mailsTo(email: string): Promise<ParsedMail[]> {
  const rows = await db.mailOutbox.findMany({ where: { toHash: emailHash(email) }, orderBy: { id: "asc" } });
  const sent = await until(async () => {
    const fresh = await db.mailOutbox.findMany({ where: { id: { in: rows.map((row) => row.id) } } });
    return fresh.every((row) => row.status === "SENT") && fresh;
  });
  return Promise.all(
    sent
      .sort((a, b) => a.id - b.id)
      .map(async (row) => simpleParser(await readFile(path.join(folder, row.file!)))),
  );
}

const outboxCount = (email: string, kind?: string) =>
  db.mailOutbox.count({ where: { toHash: emailHash(email), ...(kind ? { kind } : {}) } });

let posts = 0;
async function post(who: Visitor, body: string, extra: { parentId?: number; notify?: boolean } = {}) {
  const outcome = await submitComment(
    { ...commentInput(article.id, who, body, { parentId: extra.parentId ?? null }), notify: extra.notify },
    // Minutes apart, as people post: the flood rule would hold back quick successive posts.
    requestFrom(who, { now: new Date(Date.now() + ++posts * 120_000) }),
  );
  if (outcome.kind !== "created") throw new Error(outcome.refusal.message);
  who.ownCommentIds.push(outcome.comment.id);
  return outcome.comment;
}

function call(action: AdminAction, fields: Record<string, string>): Promise<ActionState> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  return action({ status: "idle" }, form);
}

const linkIn = (mail: ParsedMail, kind: string) =>
  mail.text!.match(new RegExp(`http://news\\.test/mail/${kind}/([\\w.-]+)`))?.[1];

describe("reply notifications", () => {
  let alice: Visitor;
  let aliceComment: { id: number };

  it("asks a new address to confirm, once", async () => {
    alice = fixtures.visitor("alice");
    await giveHistory(article.id, alice);
    aliceComment = await post(alice, "A first thought worth an answer.", { notify: true });
    await post(alice, "A second thought, same address.", { notify: true });
    const [confirmation, ...more] = await mailsTo(alice.email);
    expect(more).toHaveLength(0);
    expect(confirmation!.subject).toMatch(/confirm/i);
    expect(confirmation!.text).toMatch(/press the button/);
    expect(linkIn(confirmation!, "confirm")).toBeTruthy();
    expect(header(confirmation!, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
  });

  it("notifies nobody before the address is confirmed", async () => {
    const bob = fixtures.visitor("bob");
    await giveHistory(article.id, bob);
    await post(bob, "An early reply.", { parentId: aliceComment.id });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await outboxCount(alice.email, "reply")).toBe(0);
  });

  it("after confirming, a held reply sends nothing; its approval sends the permalink without the replier's email", async () => {
    const [confirmation] = await mailsTo(alice.email);
    const token = linkIn(confirmation!, "confirm")!;
    expect(await confirmAddress("forged.token")).toMatchObject({ ok: false });
    expect(await confirmAddress(token)).toMatchObject({ ok: true });

    const carol = fixtures.visitor("carol");
    const held = await withSettings({ requireModeration: true }, () =>
      post(carol, "A held reply.", { parentId: aliceComment.id }),
    );
    expect(held.status).toBe("PENDING");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await outboxCount(alice.email, "reply")).toBe(0);

    expect((await call(approveComments, { ids: String(held.id) })).status).toBe("ok");
    const mails = await mailsTo(alice.email);
    const notification = mails.at(-1)!;
    expect(notification.subject).toContain(`${carol.name} replied to your comment`);
    expect(notification.text).toContain(`http://news.test/comment/${held.id}`);
    expect(notification.text).toContain("> A held reply.");
    expect(notification.text).not.toContain(carol.email);
    expect(notification.html).not.toContain(carol.email);
    expect(linkIn(notification, "unsubscribe")).toBeTruthy();
    // Approving again (or any retry) queues nothing more.
    await call(approveComments, { ids: String(held.id) });
    expect(await outboxCount(alice.email, "reply")).toBe(1);
  });

  it("notifies of staff replies too", async () => {
    const before = await outboxCount(alice.email, "reply");
    expect(
      (await call(replyToComment, { ids: String(aliceComment.id), body: "Thanks, from the desk." })).status,
    ).toBe("ok");
    const notification = (await mailsTo(alice.email)).at(-1)!;
    expect(await outboxCount(alice.email, "reply")).toBe(before + 1);
    expect(notification.subject).toContain(`${moderator.name} replied`);
    expect(notification.text).not.toContain(moderator.email);
  });

  it("unsubscribes from the conversation in one POST (a GET changes nothing)", async () => {
    const notification = (await mailsTo(alice.email)).at(-1)!;
    const oneClickUrl = header(notification, "list-unsubscribe")!.slice(1, -1);
    const token = oneClickUrl.split("/").at(-1)!;
    const params = { params: Promise.resolve({ token }) };
    const viewed = await oneClickGet(new Request(oneClickUrl), params);
    expect(viewed.status).toBe(303);
    expect((await db.replySubscription.findUnique({ where: { commentId: aliceComment.id } }))!.active).toBe(
      true,
    );
    const response = await oneClick(
      new Request(oneClickUrl, { method: "POST", body: "List-Unsubscribe=One-Click" }),
      params,
    );
    expect(response.status).toBe(200);
    expect((await db.replySubscription.findUnique({ where: { commentId: aliceComment.id } }))!.active).toBe(
      false,
    );
    const before = await outboxCount(alice.email, "reply");
    const dave = fixtures.visitor("dave");
    await giveHistory(article.id, dave);
    await post(dave, "Nobody will be told of this one.", { parentId: aliceComment.id });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await outboxCount(alice.email, "reply")).toBe(before);
  });

  it("unsubscribing from everything withdraws the confirmation and quiets new confirmation mails", async () => {
    const mail = (await mailsTo(alice.email)).at(-1)!;
    const all = mail.text!.match(
      /Stop all emails from us: http:\/\/news\.test\/mail\/unsubscribe\/([\w.-]+)/,
    )![1]!;
    const response = await oneClick(new Request("http://news.test/x", { method: "POST" }), {
      params: Promise.resolve({ token: all }),
    });
    expect(response.status).toBe(200);
    const recipient = await db.mailRecipient.findUnique({ where: { emailHash: emailHash(alice.email) } });
    expect(recipient!.confirmedAt).toBeNull();
    const before = await db.mailOutbox.count({ where: { toHash: emailHash(alice.email) } });
    await post(alice, "Asking again right away.", { notify: true });
    expect(await db.mailOutbox.count({ where: { toHash: emailHash(alice.email) } })).toBe(before);
  });
});
