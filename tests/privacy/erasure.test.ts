// GDPR tools on a real database and mail folder: the export holds everything stored about an
// address; erasure leaves the address, its hash, the name and the IP hash nowhere — checked with
// SQL over every text and JSON column of every table, and in every .eml file — while the
// thread still reads and the audit log records the erasure without the data. Retention clears
// old IP hashes and user agents.
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/config", () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn(), handlers: {} }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "next-action": "x" }),
  cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {} }),
}));

import { auth } from "@/lib/auth/config";
import { emailHash } from "@/lib/comments/identity";
import { getCommentSection } from "@/lib/comments/queries";
import { submitComment } from "@/lib/comments/submit";
import { db } from "@/lib/db";
import { reloadEnv } from "@/lib/env";
import { startJobWorker, type JobWorker } from "@/lib/jobs/runner";
import { mailTasks } from "@/lib/mail/outbox";
import { banAuthors } from "@/lib/moderation/actions";
import { confirmAddress } from "@/lib/notifications/replies";
import {
  applyRetention,
  commenterHash,
  eraseCommenter,
  exportJson,
  getCommenter,
} from "@/lib/privacy/commenter";
import { hashIp } from "@/lib/security/request";
import { until } from "../mail/support";
import {
  commentFixtures,
  commentInput,
  giveHistory,
  requestFrom,
  withSettings,
  type Visitor,
} from "../comments/support";

const fixtures = commentFixtures("erase");
let folder: string;
let worker: JobWorker;
let article: { id: number };
let moderator: { id: number };
let posts = 0;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "lede-erase-"));
  delete process.env.SMTP_URL;
  process.env.MAIL_DIR = folder;
  reloadEnv();
  await fixtures.setup();
  article = await fixtures.article("thread");
  moderator = await db.user.create({
    data: {
      email: `mod-erase-${Date.now()}@lede.test`,
      name: "Mod Erase",
      passwordHash: "x",
      role: "MODERATOR",
    },
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
  await fixtures.teardown();
  await db.auditEntry.deleteMany({ where: { actorId: moderator.id } });
  await db.user.delete({ where: { id: moderator.id } });
  delete process.env.MAIL_DIR;
  reloadEnv();
  await rm(folder, { recursive: true, force: true });
});

async function post(
  who: Visitor,
  body: string,
  extra: { parentId?: number; notify?: boolean; ago?: number } = {},
) {
  const now = new Date(Date.now() + ++posts * 120_000 - (extra.ago ?? 0));
  const outcome = await submitComment(
    { ...commentInput(article.id, who, body, { parentId: extra.parentId ?? null }), notify: extra.notify },
    requestFrom(who, { now }),
  );
  if (outcome.kind !== "created") throw new Error(outcome.refusal.message);
  return outcome.comment;
}

/** Until the mails to these addresses have left (other files' leftovers are not waited for). */
const allSent = (...emails: string[]) =>
  until(
    async () =>
      (await db.mailOutbox.count({
        where: { status: { not: "SENT" }, toHash: { in: emails.map((email) => emailHash(email)) } },
      })) === 0,
  );

/** Every (schema, table, column) holding text or JSON, outside PostgreSQL's own schemas. */
async function textColumns() {
  return db.$queryRaw<{ schema: string; table: string; column: string }[]>`
    SELECT c.table_schema AS schema, c.table_name AS table, c.column_name AS column
    FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
    WHERE t.table_type = 'BASE TABLE'
      AND c.table_schema NOT IN ('pg_catalog', 'information_schema')
      AND (c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb') OR c.udt_name IN ('_text', '_varchar'))`;
}

/** Where a value still appears: "schema.table.column" for every column holding it. */
async function whereFound(value: string): Promise<string[]> {
  const found: string[] = [];
  for (const { schema, table, column } of await textColumns()) {
    const [row] = await db.$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM "${schema}"."${table}" WHERE "${column}"::text ILIKE $1`,
      `%${value}%`,
    );
    if (row!.n > 0n) found.push(`${schema}.${table}.${column}`);
  }
  return found;
}

async function inMailFolder(value: string): Promise<string[]> {
  const names = await readdir(folder);
  const hits: string[] = [];
  for (const name of names)
    if ((await readFile(path.join(folder, name), "utf8")).toLowerCase().includes(value.toLowerCase()))
      hits.push(name);
  return hits;
}

describe("a commenter's export and erasure", () => {
  let erin: Visitor;
  let friend: Visitor;
  let erinTop: { id: number };
  let erinReply: { id: number };
  let friendTop: { id: number };

  beforeAll(async () => {
    erin = fixtures.visitor("erin");
    friend = fixtures.visitor("friend");
    erin.name = `Erin Quillfeather ${Date.now().toString(36)}`;
    await giveHistory(article.id, friend);
    friendTop = await post(friend, "A question for everyone.", { notify: true });
    await confirmAddress(
      (await import("@/lib/mail/links")).linkToken("confirm", {
        h: emailHash(friend.email),
        exp: Date.now() + 60_000,
      }),
    );
    // Erin: approved without history only when moderation lets her through; approve by settings.
    await withSettings({ requirePriorApproval: false }, async () => {
      erinTop = await post(erin, "My own view on this.", { notify: true });
      erinReply = await post(erin, "An answer to the question.", { parentId: friendTop.id });
    });
    await post(friend, "Thanks for the answer.", { parentId: erinTop.id });
    // A report Erin made, from her address; her standing; a form result with what she typed.
    await db.commentReport.create({
      data: { commentId: friendTop.id, reason: "OFF_TOPIC", details: "not really", ipHash: hashIp(erin.ip) },
    });
    const form = new FormData();
    form.append("ids", String(erinTop.id));
    expect((await banAuthors({ status: "idle" }, form)).status).toBe("ok");
    await db.formResult.create({
      data: {
        id: `erase-${Date.now()}`,
        target: "/x",
        state: { values: { authorEmail: erin.email, authorName: erin.name } },
      },
    });
    await db.$executeRaw`INSERT INTO rate_limits (key, points, expire) VALUES (${`comment:${hashIp(erin.ip)}`}, 1, NULL)`;
    await allSent(erin.email, friend.email);
  });

  it("finds the commenter by email or hash and exports everything, history and reports included", async () => {
    const hash = emailHash(erin.email);
    expect(commenterHash(` ${erin.email.toUpperCase()} `)).toBe(hash);
    expect(commenterHash(hash)).toBe(hash);
    expect(commenterHash("not an address")).toBeNull();
    const record = (await getCommenter(hash))!;
    expect(record.standing).toBe("BANNED");
    expect(record.comments.map((comment) => comment.id).sort()).toEqual([erinTop.id, erinReply.id].sort());
    expect(record.comments[0]!.statusChanges.length).toBeGreaterThan(0);
    expect(record.subscriptions).toHaveLength(1);
    expect(record.reportsMade).toEqual([
      expect.objectContaining({ commentId: friendTop.id, reason: "OFF_TOPIC" }),
    ]);
    expect(record.mails.some((mail) => mail.kind === "confirm")).toBe(true);
    const json = JSON.parse(exportJson(record));
    expect(json.emails).toEqual([erin.email]);
    expect(json.comments).toHaveLength(2);
  });

  it("erases the address, its hash, the name and the IP hash from every table and the mail folder", async () => {
    const hash = emailHash(erin.email);
    const ipHash = hashIp(erin.ip);
    // Before: each of them is somewhere (the check can fail).
    expect(await whereFound(erin.email)).not.toEqual([]);
    expect(await whereFound(hash)).not.toEqual([]);
    expect(await whereFound(ipHash)).not.toEqual([]);
    expect(await inMailFolder(erin.name)).not.toEqual([]); // the notification that quoted her reply

    const result = await eraseCommenter(hash, { actorId: moderator.id, via: "staff" });
    expect(result).toMatchObject({ kind: "erased", comments: 2, text: "KEEP" });

    for (const value of [erin.email, hash, erin.name, ipHash]) {
      expect(await whereFound(value), value).toEqual([]);
      expect(await inMailFolder(value), value).toEqual([]);
    }
    const entry = await db.auditEntry.findFirst({
      where: { action: "commenter.erase" },
      orderBy: { id: "desc" },
    });
    expect(entry).toMatchObject({
      actorId: moderator.id,
      targetId: null,
      details: { via: "staff", comments: 2, text: "KEEP" },
    });
    // The thread still reads: her text kept, anonymised; the replies around it in place.
    const section = (await getCommentSection(article.id, 1))!;
    const text = JSON.stringify(section);
    expect(text).toContain("My own view on this.");
    expect(text).toContain("Thanks for the answer.");
    expect(text).toContain("Anonymous");
    expect(await getCommenter(hash)).toBeNull();
  });

  it("replaces or deletes the text when the setting says so, keeping the replies", async () => {
    const gail = fixtures.visitor("gail");
    const hank = fixtures.visitor("hank");
    await giveHistory(article.id, hank);
    const [replaced, deleted] = await withSettings({ requirePriorApproval: false }, async () => [
      await post(gail, "Soon to read [deleted]."),
      await post(hank, "Soon to be gone."),
    ]);
    const answer = await post(hank, "An answer that stays.", { parentId: replaced.id });
    const gailHash = emailHash(gail.email);
    await withSettings({ erasedCommentText: "REPLACE" }, () =>
      eraseCommenter(gailHash, { actorId: null, via: "self-service" }),
    );
    expect((await db.comment.findUnique({ where: { id: replaced.id } }))!.body).toBe("[deleted]");
    expect(await db.comment.findUnique({ where: { id: answer.id } })).not.toBeNull();

    const answerToHank = await post(gail, "A reply by someone else.", { parentId: deleted.id }).catch(
      () => null,
    );
    await withSettings({ erasedCommentText: "DELETE" }, () =>
      eraseCommenter(emailHash(hank.email), { actorId: null, via: "self-service" }),
    );
    expect(await db.comment.findUnique({ where: { id: deleted.id } })).toBeNull();
    if (answerToHank) expect(await db.comment.findUnique({ where: { id: answerToHank.id } })).not.toBeNull();
  });

  it("refuses to erase a staff member's address here", async () => {
    const staff = await db.user.findUniqueOrThrow({ where: { id: moderator.id } });
    await db.commenter.create({ data: { emailHash: emailHash(staff.email) } });
    expect(await eraseCommenter(emailHash(staff.email), { actorId: null, via: "staff" })).toEqual({
      kind: "staff",
    });
    await db.commenter.delete({ where: { emailHash: emailHash(staff.email) } });
  });
});

describe("retention", () => {
  it("clears IP hashes and user agents older than the setting, and old form results", async () => {
    const ivy = fixtures.visitor("ivy");
    const written = (body: string, daysAgo: number) =>
      db.comment.create({
        data: {
          articleId: article.id,
          authorName: ivy.name,
          authorEmail: ivy.email,
          emailHash: emailHash(ivy.email),
          body,
          status: "APPROVED",
          ipHash: hashIp(ivy.ip),
          userAgent: "Agent/1.0",
          createdAt: new Date(Date.now() - daysAgo * 86_400_000),
        },
      });
    const old = await written("Written long ago.", 100);
    const recent = await written("Written last week.", 7);
    const stale = await db.formResult.create({
      data: {
        id: `stale-${Date.now()}`,
        target: "/x",
        state: {},
        createdAt: new Date(Date.now() - 2 * 3_600_000),
      },
    });
    const result = await applyRetention();
    expect(result.comments).toBeGreaterThanOrEqual(1);
    expect(await db.comment.findUnique({ where: { id: old.id } })).toMatchObject({
      ipHash: "",
      userAgent: null,
    });
    expect(await db.comment.findUnique({ where: { id: recent.id } })).toMatchObject({
      ipHash: hashIp(ivy.ip),
    });
    expect(await db.formResult.findUnique({ where: { id: stale.id } })).toBeNull();
  });
});
