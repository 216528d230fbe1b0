// Two production instances of the same build on one PostgreSQL and one Redis (issue 9): what is
// done through instance A is what instance B serves, within a second or so, and a scheduled
// article goes live once for the whole cluster. The spec starts its own redis-server and both
// instances (server.ts, as npm start runs it) on ports beside the main test server.
import { spawn, type ChildProcess } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import { emailHash } from "@/lib/comments/identity";
import { toNewsroomDateTimeInput } from "@/lib/site/newsroom-time";
import { startServer, stop, type Server } from "./servers";
import { db, quietArticle, signInAs } from "./support";

const BASE_PORT = Number(process.env.E2E_PORT ?? 3100);
const REDIS_PORT = BASE_PORT + 80;
const [A, B] = [BASE_PORT + 81, BASE_PORT + 82].map((port) => `http://localhost:${port}`) as [string, string];
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

let redis: ChildProcess;
let instances: Server[] = [];

async function waitUntil(check: () => Promise<boolean>, what: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const shows = (origin: string, path: string, text: string) => async () =>
  (await (await fetch(`${origin}${path}`)).text()).includes(text);

/** Polls `check` every 50 ms for up to 5 s; returns how long it took to become true. */
async function delayUntil(check: () => Promise<boolean>): Promise<number | null> {
  const started = Date.now();
  while (Date.now() - started < 5_000) {
    if (await check()) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return null;
}

test.describe.configure({ mode: "serial" });
test.use({ baseURL: A });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  redis = spawn("redis-server", ["--port", String(REDIS_PORT), "--save", "", "--appendonly", "no"], {
    stdio: "ignore",
  });
  await waitUntil(async () => {
    const ping = spawn("redis-cli", ["-p", String(REDIS_PORT), "ping"]);
    return new Promise<boolean>((resolve) => ping.on("exit", (code) => resolve(code === 0)));
  }, "redis-server");
  instances = await Promise.all(
    [A, B].map((origin) =>
      startServer(
        Number(new URL(origin).port),
        { REDIS_URL: `redis://127.0.0.1:${REDIS_PORT}`, TRUSTED_PROXIES: "127.0.0.1,::1" },
        { waitFor: "/readyz" },
      ),
    ),
  );
});

test.afterAll(async () => {
  await Promise.all(instances.map(stop));
  if (redis && redis.exitCode === null) {
    const exited = new Promise((resolve) => redis.once("exit", resolve));
    redis.kill("SIGTERM");
    await exited;
  }
});

async function fillNewArticle(page: Page, title: string) {
  const field = (label: string) => page.getByLabel(label, { exact: true }).filter({ visible: true });
  await field("Title").fill(title);
  await field("Dek").fill("Written through instance A.");
  await field("Body (Markdown)").fill("A paragraph written on one instance and read on another.");
  await field("Section").selectOption({ label: "World" });
  return field;
}

test("a comment approved through instance A is on the article served by instance B", async ({ page }) => {
  const quiet = await quietArticle();
  const path = quiet.href;
  const body = `Approved on A, read on B ${unique()}`;
  const email = `cluster-${unique()}@example.org`;
  const created = await db.comment.create({
    data: {
      articleId: quiet.id,
      authorName: "Cluster Reader",
      authorEmail: email,
      emailHash: emailHash(email),
      body,
      status: "PENDING",
      reasons: ["first comment from this author"],
      ipHash: `e2e-${unique()}`,
      statusChanges: { create: { toStatus: "PENDING", reason: "first comment from this author" } },
    },
  });
  await db.comment.update({ where: { id: created.id }, data: { threadId: created.id } });
  // Both instances have the article cached without the comment.
  for (const origin of [A, B]) expect(await shows(origin, path, body)()).toBe(false);

  await signInAs(page, "MODERATOR", "/admin/comments");
  await page.goto("/admin/comments?tab=pending");
  const row = page.locator(`[data-queue-row][data-comment-id="${created.id}"]`);
  await row.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(page.getByTestId("moderation-result")).toHaveText("Approved: 1 comment.");
  const delay = await delayUntil(shows(B, path, body));
  console.log(`approved on A → on B's article after ${delay} ms`);
  expect(delay, "the approved comment reaches instance B within 5 s").not.toBeNull();
});

test("an article published through instance A is on instance B's home page", async ({ page }) => {
  const title = `Published on A ${unique()}`;
  expect(await shows(B, "/", title)()).toBe(false); // B's home is cached
  await signInAs(page, "EDITOR", "/admin/articles/new");
  await fillNewArticle(page, title);
  await page.getByRole("button", { name: "Publish now" }).click();
  await page.waitForURL(/\/admin\/articles\/\d+\?notice=created$/);
  await expect(page.locator(".editor-workflow .status-badge").filter({ visible: true })).toHaveText(
    "Published",
  );
  const delay = await delayUntil(shows(B, "/", title));
  console.log(`published on A → on B's home after ${delay} ms`);
  expect(delay, "the new article reaches instance B's home within 5 s").not.toBeNull();
});

test("a scheduled article goes live once, with both instances running", async ({ page }) => {
  test.setTimeout(60_000);
  const title = `Scheduled across the cluster ${unique()}`;
  await signInAs(page, "EDITOR", "/admin/articles/new");
  const field = await fillNewArticle(page, title);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.waitForURL(/\/admin\/articles\/\d+\?notice=created$/);
  const id = Number(new URL(page.url()).pathname.split("/").at(-1));
  let at = new Date(Date.now() + 6_000);
  if (at.getSeconds() === 0) at = new Date(at.getTime() + 1_000);
  at.setMilliseconds(0);
  await field("Publish at (Paris time)").fill(toNewsroomDateTimeInput(at, "Europe/Paris", true));
  await page.getByRole("button", { name: "Schedule" }).click();
  await expect(page.getByTestId("editor-message").filter({ visible: true })).toContainText("Scheduled");
  for (const origin of [A, B]) expect(await shows(origin, "/", title)()).toBe(false);

  await new Promise((resolve) => setTimeout(resolve, Math.max(0, at.getTime() - Date.now())));
  for (const origin of [A, B]) {
    const delay = await delayUntil(shows(origin, "/", title));
    console.log(`scheduled article on ${origin}'s home ${delay} ms after its time`);
    expect(delay, `${origin} shows the article once its time has come`).not.toBeNull();
  }
  await new Promise((resolve) => setTimeout(resolve, 1_500)); // any duplicate run would be done by now
  const wentLive = await db.auditEntry.count({
    where: { action: "article.went-live", targetType: "article", targetId: String(id) },
  });
  expect(wentLive).toBe(1);
});
