// The outbox over a real SMTP server (smtp-server in this process): a mail is queued once,
// sent by the job worker with a plain-text part, RFC 8058 unsubscribe headers and its stored
// Message-ID, retried after a temporary refusal with the same Message-ID, kept while no worker
// runs, and held back past the per-recipient hourly limit.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { reloadEnv } from "@/lib/env";
import { startJobWorker, type JobWorker } from "@/lib/jobs/runner";
import { mailTasks, queueMail, sweepOutbox } from "@/lib/mail/outbox";
import { header, startSmtp, until, type TestSmtp } from "./support";

let smtp: TestSmtp;
const workers: JobWorker[] = [];
const stamp = Date.now().toString(36);

beforeAll(async () => {
  smtp = await startSmtp();
  process.env.SMTP_URL = smtp.url;
  process.env.MAIL_MAX_PER_HOUR = "2";
  process.env.SITE_URL = "http://news.test";
  reloadEnv();
});

afterEach(async () => {
  await Promise.all(workers.splice(0).map((worker) => worker.stop()));
});

afterAll(async () => {
  // The mail held back by the hourly limit would be sent by the next file's worker: drop it.
  const waiting = await db.mailOutbox.findMany({
    where: { key: { startsWith: "test:" }, status: "QUEUED" },
    select: { id: true },
  });
  for (const { id } of waiting)
    await db.$executeRaw`SELECT graphile_worker.remove_job(${`mail:${id}`}::text)`;
  await db.mailOutbox.deleteMany({ where: { id: { in: waiting.map((row) => row.id) } } });
  await smtp.close();
  delete process.env.SMTP_URL;
  delete process.env.MAIL_MAX_PER_HOUR;
  delete process.env.SITE_URL;
  reloadEnv();
});

async function worker() {
  const started = await startJobWorker({
    databaseUrl: process.env.DATABASE_URL!,
    tasks: mailTasks as never[],
    pollIntervalMs: 200,
  });
  workers.push(started);
}

const jobsFor = async (id: number) =>
  (
    await db.$queryRaw<{ count: bigint }[]>`
      SELECT count(*) FROM graphile_worker.jobs WHERE key = ${`mail:${id}`}`
  )[0]!.count;

describe("the outbox", () => {
  it("queues a mail once per key, then sends it over SMTP with text, unsubscribe headers and its Message-ID", async () => {
    const input = {
      key: `test:once:${stamp}`,
      kind: "test",
      to: `Once.${stamp}@Example.org`,
      subject: "Hello once",
      text: "A plain line.\nSee https://news.test/a",
    };
    const id = await queueMail(db, input);
    expect(id).toBeTypeOf("number");
    expect(await queueMail(db, input)).toBeNull();
    expect(await db.mailOutbox.count({ where: { key: input.key } })).toBe(1);
    expect(await jobsFor(id!)).toBe(1n);

    await worker();
    const row = await until(async () => {
      const mail = await db.mailOutbox.findUnique({ where: { id: id! } });
      return mail?.status === "SENT" && mail;
    });
    const received = smtp.received.filter((mail) => mail.subject === "Hello once");
    expect(received).toHaveLength(1);
    const [mail] = received;
    expect(mail!.messageId).toBe(row.messageId);
    expect(mail!.text).toContain("A plain line.");
    expect(mail!.text).toMatch(/Stop emails from us: http:\/\/news\.test\/mail\/unsubscribe\//);
    expect(mail!.html).toContain('<a href="https://news.test/a">');
    expect(header(mail!, "list-unsubscribe")).toMatch(/^<http:\/\/news\.test\/mail\/one-click\/[\w.-]+>$/);
    expect(header(mail!, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(await jobsFor(id!)).toBe(0n);
  });

  it("retries a refused send with back-off and the same Message-ID", async () => {
    smtp.refuseNext(1);
    const id = (await queueMail(db, {
      key: `test:retry:${stamp}`,
      kind: "test",
      to: `retry.${stamp}@example.org`,
      subject: "Hello retry",
      text: "Second time lucky.",
    }))!;
    await worker();
    const failed = await until(async () => {
      const mail = await db.mailOutbox.findUnique({ where: { id } });
      return mail?.attempts === 1 && mail;
    });
    expect(failed.status).toBe("QUEUED");
    expect(failed.lastError).toMatch(/Try again later/);
    const sent = await until(async () => {
      const mail = await db.mailOutbox.findUnique({ where: { id } });
      return mail?.status === "SENT" && mail;
    });
    expect(sent.attempts).toBe(2);
    const received = smtp.received.filter((mail) => mail.subject === "Hello retry");
    expect(received.map((mail) => mail.messageId)).toEqual([sent.messageId]);
  });

  it("keeps a mail queued while no worker runs, and sends it when one starts", async () => {
    const id = (await queueMail(db, {
      key: `test:later:${stamp}`,
      kind: "test",
      to: `later.${stamp}@example.org`,
      subject: "Hello later",
      text: "Waited for a worker.",
    }))!;
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await db.mailOutbox.findUnique({ where: { id } }))!.status).toBe("QUEUED");
    await worker();
    await until(async () => (await db.mailOutbox.findUnique({ where: { id } }))?.status === "SENT");
    expect(smtp.received.some((mail) => mail.subject === "Hello later")).toBe(true);
  });

  it("gives a queued mail whose job was lost (a restored backup) a job again, and never a second one", async () => {
    const id = (await queueMail(db, {
      key: `test:sweep:${stamp}`,
      kind: "test",
      to: `sweep.${stamp}@example.org`,
      subject: "Hello sweep",
      text: "Found again.",
    }))!;
    await db.$executeRaw`SELECT graphile_worker.remove_job(${`mail:${id}`}::text)`;
    expect(await jobsFor(id)).toBe(0n);
    expect(await sweepOutbox()).toBeGreaterThanOrEqual(1);
    await sweepOutbox();
    expect(await jobsFor(id)).toBe(1n);
    await worker();
    await until(async () => (await db.mailOutbox.findUnique({ where: { id } }))?.status === "SENT");
    expect(smtp.received.filter((mail) => mail.subject === "Hello sweep")).toHaveLength(1);
  });

  it("holds mail to one address past the hourly limit until a slot is free", async () => {
    const to = `busy.${stamp}@example.org`;
    const ids: number[] = [];
    for (const n of [1, 2, 3])
      ids.push(
        (await queueMail(db, {
          key: `test:busy:${stamp}:${n}`,
          kind: "test",
          to,
          subject: `Busy ${n}`,
          text: "x",
        }))!,
      );
    await worker();
    await until(
      async () => (await db.mailOutbox.count({ where: { id: { in: ids }, status: "SENT" } })) === 2,
    );
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const waiting = await db.mailOutbox.findMany({ where: { id: { in: ids }, status: "QUEUED" } });
    expect(waiting).toHaveLength(1);
    const [job] = await db.$queryRaw<{ run_at: Date }[]>`
      SELECT run_at FROM graphile_worker.jobs WHERE key = ${`mail:${waiting[0]!.id}`}`;
    expect(job!.run_at.getTime()).toBeGreaterThan(Date.now() + 55 * 60_000);
    expect(smtp.received.filter((mail) => mail.subject?.startsWith("Busy"))).toHaveLength(2);
  });
});
