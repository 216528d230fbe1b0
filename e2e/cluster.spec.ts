// Two production instances of the same build on the same PostgreSQL and a Redis of their own
// (REDIS_URL): what one instance changes, the other serves at once. The delays are measured
// (polling B every 50 ms, up to 5 s) and printed. Starts and stops its own redis-server and
// instances on E2E_PORT+1..+3.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { expect, test, type Browser } from "@playwright/test";
import { emailHash } from "@/lib/comments/identity";
import { WENT_LIVE_ACTION } from "@/lib/articles/going-live";
import { db, signInAs } from "./support";

const base = Number(process.env.E2E_PORT ?? 3100);
const ports = { a: base + 1, b: base + 2, redis: base + 3 };
const urlA = `http://127.0.0.1:${ports.a}`;
const urlB = `http://127.0.0.1:${ports.b}`;
const unique = () => `${Date.now().toString(36)}${randomBytes(2).toString("hex")}`;
const children: ChildProcess[] = [];

// Serial, and generous timeouts: four servers share the machine during this file.
test.describe.configure({ mode: "serial", timeout: 120_000 });

function start(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const child = spawn(command, args, { env, stdio: ["ignore", "ignore", "pipe"] });
  child.stderr?.on("data", (chunk: Buffer) => process.stderr.write(`[cluster] ${chunk}`));
  children.push(child);
  return child;
}

async function waitFor(url: string, ms = 90_000) {
  const end = Date.now() + ms;
  for (;;) {
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    if (Date.now() > end) throw new Error(`${url} did not answer`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Polls `url` until its HTML contains `text`; returns the delay in ms (fails after 5 s). */
async function delayUntilServed(url: string, text: string, since: number) {
  const end = since + 5_000;
  for (;;) {
    const html = await fetch(url).then((response) => response.text());
    if (html.includes(text)) return Date.now() - since;
    if (Date.now() > end) throw new Error(`${url} did not show "${text}" within 5 s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  start("redis-server", ["--port", String(ports.redis), "--save", "", "--appendonly", "no"]);
  const env = (port: number) => ({
    ...process.env,
    DATABASE_URL: process.env.E2E_DATABASE_URL,
    NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? ".next-e2e",
    AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-secret-e2e-secret-e2e-secret-012345",
    AUTH_TRUST_HOST: "true",
    SITE_URL: `http://localhost:${base}`,
    PORT: String(port),
    REDIS_URL: `redis://127.0.0.1:${ports.redis}`,
  });
  for (const port of [ports.a, ports.b])
    start(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port)], env(port));
  await Promise.all([waitFor(`${urlA}/`), waitFor(`${urlB}/`)]);
});

test.afterAll(async () => {
  await Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode !== null) return resolve(null);
          child.once("exit", resolve);
          child.kill("SIGTERM");
        }),
    ),
  );
});

async function staffPage(browser: Browser, role: "MODERATOR" | "EDITOR", path: string) {
  const context = await browser.newContext({ baseURL: urlA });
  const page = await context.newPage();
  await signInAs(page, role, path);
  return { page, context };
}

test("a comment approved on instance A is on the article served by instance B", async ({ browser }) => {
  const article = await db.article.findFirstOrThrow({
    where: {
      status: "PUBLISHED",
      publishedAt: { lte: new Date() },
      commentsOpen: true,
      commentsCloseAt: null,
    },
    orderBy: { publishedAt: "desc" },
    select: { id: true, slug: true, section: { select: { slug: true } } },
  });
  const path = `/${article.section.slug}/${article.slug}`;
  const body = `Approved on A, read on B ${unique()}`;
  // B has the article cached before the approval.
  expect(await (await fetch(`${urlB}${path}`)).text()).not.toContain(body);
  const email = `cluster-${unique()}@example.org`;
  const created = await db.comment.create({
    data: {
      articleId: article.id,
      authorName: "Cluster Reader",
      authorEmail: email,
      emailHash: emailHash(email),
      body,
      status: "PENDING",
      reasons: ["first comment from this author"],
      spamScore: 0.1,
      ipHash: `e2e-${unique()}`,
      createdAt: new Date(Date.now() + 60_000),
      statusChanges: { create: { toStatus: "PENDING", reason: "first comment from this author" } },
    },
  });
  await db.comment.update({ where: { id: created.id }, data: { threadId: created.id } });

  const { page, context } = await staffPage(browser, "MODERATOR", "/admin/comments");
  await page.goto("/admin/comments?tab=pending");
  await expect(page.getByLabel("Select all on this page")).toBeVisible();
  await expect(page.locator("[data-queue-row]").first()).toHaveAttribute(
    "data-comment-id",
    String(created.id),
  );
  await page.keyboard.press("j");
  await page.keyboard.press("a");
  await expect(page.getByTestId("moderation-result")).toHaveText("Approved: 1 comment.");
  const delay = await delayUntilServed(`${urlB}${path}`, body, Date.now());
  console.log(`[cluster] approve on A -> visible on B after ${delay} ms`);
  await context.close();
});

test("an article published on instance A is on instance B's home page", async ({ browser }) => {
  // B has its home page cached before the publication.
  await fetch(`${urlB}/`);
  const { page, context } = await staffPage(browser, "EDITOR", "/admin/articles/new");
  const title = `Published on A, on B's home ${unique()}`;
  const field = (label: string) => page.getByLabel(label, { exact: true }).filter({ visible: true });
  await field("Title").fill(title);
  await field("Dek").fill("Two instances, one truth.");
  await field("Body (Markdown)").fill("The first paragraph.\n\nThe second paragraph.");
  await field("Section").selectOption({ label: "World" });
  await page.getByRole("button", { name: "Publish now" }).click();
  await page.waitForURL(/\/admin\/articles\/\d+\?notice=created$/);
  const delay = await delayUntilServed(`${urlB}/`, title, Date.now());
  console.log(`[cluster] publish on A -> on B's home after ${delay} ms`);
  await context.close();
});

test("a scheduled article goes live once, on time, with both instances running", async () => {
  const section = await db.section.findFirstOrThrow({ where: { slug: "world" } });
  const title = `Scheduled with two instances ${unique()}`;
  const at = new Date(Date.now() + 3_000);
  const article = await db.article.create({
    data: {
      slug: `cluster-${unique()}`,
      title,
      body: "Scheduled.",
      status: "PUBLISHED",
      publishedAt: at,
      sectionId: section.id,
    },
  });
  // As the article form does: the going-live job is added with the schedule.
  const { scheduleGoingLive } = await import("@/lib/articles/going-live");
  await scheduleGoingLive(db, article);
  await fetch(`${urlB}/`); // cached before
  const delay = await delayUntilServed(`${urlB}/`, title, at.getTime());
  console.log(`[cluster] scheduled article on B's home ${delay} ms after its time`);
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  expect(
    await db.auditEntry.count({ where: { action: WENT_LIVE_ACTION, targetId: String(article.id) } }),
  ).toBe(1);
});
