// Without SMTP_URL every mail is written as an .eml file in the mail folder, named by id and
// kind only, with the same parts and headers an SMTP server would get.
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import { afterAll, beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { reloadEnv } from "@/lib/env";
import { startJobWorker } from "@/lib/jobs/runner";
import { mailTasks, queueMail } from "@/lib/mail/outbox";
import { header, until } from "./support";

let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "lede-mail-"));
  delete process.env.SMTP_URL;
  process.env.MAIL_DIR = folder;
  reloadEnv();
});

afterAll(async () => {
  delete process.env.MAIL_DIR;
  reloadEnv();
  await rm(folder, { recursive: true, force: true });
});

it("writes the mail as an .eml file when no SMTP server is configured", async () => {
  const to = `files.${Date.now()}@example.org`;
  const id = (await queueMail(db, {
    key: `test:file:${to}`,
    kind: "test",
    to,
    subject: "On disk",
    text: "Kept in a file.",
  }))!;
  const worker = await startJobWorker({
    databaseUrl: process.env.DATABASE_URL!,
    tasks: mailTasks as never[],
    pollIntervalMs: 200,
  });
  try {
    const row = await until(async () => {
      const mail = await db.mailOutbox.findUnique({ where: { id } });
      return mail?.status === "SENT" && mail;
    });
    expect(row.file).toBe(`${String(id).padStart(8, "0")}-test.eml`);
    // Mail queued by other test files may land here too: every name is an id and a kind only.
    const names = await readdir(folder);
    expect(names).toContain(row.file);
    for (const name of names) expect(name).toMatch(/^\d{8}-[a-z-]+\.eml$/);
    const parsed = await simpleParser(await readFile(path.join(folder, row.file!)));
    expect(parsed.subject).toBe("On disk");
    expect(parsed.messageId).toBe(row.messageId);
    expect(parsed.text).toContain("Kept in a file.");
    expect(header(parsed, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect((parsed.to as { text: string }).text).toBe(to);
  } finally {
    await worker.stop();
  }
});
