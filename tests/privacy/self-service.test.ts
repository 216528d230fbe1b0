// A reader's own data request from the privacy page, through the real actions: the answer is
// the same whether or not anything is stored; a mail with a link goes only to an address we
// hold data for; the link's page erases (export is a POST download), and a forged link does nothing.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/config", () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn(), handlers: {} }));
vi.mock("next/headers", () => ({
  headers: async () =>
    new Headers({
      host: "localhost:3000",
      origin: "http://localhost:3000",
      "x-lede-client-ip": "198.18.7.7",
      "next-action": "x",
    }),
  cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {} }),
}));

import { emailHash } from "@/lib/comments/identity";
import { db } from "@/lib/db";
import { reloadEnv } from "@/lib/env";
import { confirmErasureAction, requestPrivacyAction } from "@/lib/privacy/actions";
import { POST as download } from "@/app/(site)/mail/privacy/[token]/export/route";
import { commentFixtures } from "../comments/support";

const fixtures = commentFixtures("self-service");
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "lede-self-"));
  process.env.MAIL_DIR = folder;
  process.env.SITE_URL = "http://localhost:3000";
  reloadEnv();
  await fixtures.setup();
});

afterAll(async () => {
  await fixtures.teardown();
  delete process.env.MAIL_DIR;
  delete process.env.SITE_URL;
  reloadEnv();
  await rm(folder, { recursive: true, force: true });
});

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
};

it("answers alike for known and unknown addresses, mails only the known one, and erases on the confirmed link", async () => {
  const article = await fixtures.article("mine");
  const reader = fixtures.visitor("reader");
  await db.comment.create({
    data: {
      articleId: article.id,
      authorName: reader.name,
      authorEmail: reader.email,
      emailHash: emailHash(reader.email),
      body: "Mine.",
      status: "APPROVED",
      ipHash: "a".repeat(64),
    },
  });
  const stranger = `nobody.${Date.now()}@example.org`;
  const unknown = await requestPrivacyAction({ status: "idle" }, form({ email: stranger, act: "erase" }));
  const known = await requestPrivacyAction({ status: "idle" }, form({ email: reader.email, act: "erase" }));
  expect(known).toEqual(unknown);
  expect(await db.mailOutbox.count({ where: { toHash: emailHash(stranger) } })).toBe(0);
  const mail = await db.mailOutbox.findFirstOrThrow({
    where: { toHash: emailHash(reader.email), kind: "privacy-erase" },
  });
  const token = mail.text.match(/\/mail\/privacy\/([\w.-]+)/)![1]!;

  // An export link does not erase, and an erase link does not download.
  const notExport = await download(new Request("http://localhost:3000/x", { method: "POST" }), {
    params: Promise.resolve({ token }),
  });
  expect(notExport.status).toBe(400);
  expect(await confirmErasureAction({ status: "idle" }, form({ token: `${token}x` }))).toMatchObject({
    status: "error",
  });
  expect(await db.comment.count({ where: { emailHash: emailHash(reader.email) } })).toBe(1);

  expect(await confirmErasureAction({ status: "idle" }, form({ token }))).toMatchObject({ status: "ok" });
  expect(await db.comment.count({ where: { emailHash: emailHash(reader.email) } })).toBe(0);
  expect(await db.mailOutbox.count({ where: { toHash: emailHash(reader.email) } })).toBe(0);
  const entry = await db.auditEntry.findFirst({
    where: { action: "commenter.erase" },
    orderBy: { id: "desc" },
  });
  expect(entry?.details).toMatchObject({ via: "self-service", comments: 1 });

  // The export link downloads the JSON (here for a second reader).
  const other = fixtures.visitor("other");
  await db.comment.create({
    data: {
      articleId: article.id,
      authorName: other.name,
      authorEmail: other.email,
      emailHash: emailHash(other.email),
      body: "Theirs.",
      status: "APPROVED",
      ipHash: "b".repeat(64),
    },
  });
  await requestPrivacyAction({ status: "idle" }, form({ email: other.email, act: "export" }));
  const exportMail = await db.mailOutbox.findFirstOrThrow({ where: { toHash: emailHash(other.email) } });
  const exportToken = exportMail.text.match(/\/mail\/privacy\/([\w.-]+)/)![1]!;
  const response = await download(new Request("http://localhost:3000/x", { method: "POST" }), {
    params: Promise.resolve({ token: exportToken }),
  });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-disposition")).toContain("attachment");
  const json = await response.json();
  expect(json.emails).toEqual([other.email]);
  expect(json.comments[0].body).toBe("Theirs.");
});
