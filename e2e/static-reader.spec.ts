// Reader pages served as cached static HTML: one comment form and one report dialog per page,
// per-visitor parts fetched after load, cache headers a CDN can use, lean markup, feed links.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { db, readerContext } from "./support";

const SEED_PATH = "/world/les-opinions-se-heurtent-alors-que-blinken-et-lavrov-discutent-de-lukraine";

test("one comment form: Reply moves it under the comment and Cancel brings it back, focus following", async ({
  browser,
}) => {
  const context = await readerContext(browser);
  const page = await context.newPage();
  await page.goto(SEED_PATH);
  await expect(page.locator("form.comment-form")).toHaveCount(1);
  await expect(page.locator("form.report-form")).toHaveCount(0);
  await page.locator("#respond [data-ready]").waitFor(); // interactive
  const comment = page.locator(".comment-list > li > article").nth(1);
  const reply = comment.getByRole("link", { name: "Reply" });
  await reply.click();
  await expect(page).toHaveURL(SEED_PATH); // no navigation: the form moved
  await expect(page.locator("form.comment-form")).toHaveCount(1);
  const form = comment.locator("form.comment-form");
  await expect(form.getByRole("textbox", { name: "Comment", exact: true })).toBeFocused();
  const name = (await comment.locator(".comment-author").first().textContent())!;
  await expect(form).toContainText(`Replying to ${name}`);
  await expect(form.getByRole("button", { name: "Post Reply" })).toBeVisible();
  // What was typed stays when the form moves again.
  await form.getByRole("textbox", { name: "Name", exact: true }).fill("Kept Name");
  await form.getByRole("button", { name: "Cancel reply" }).click();
  await expect(reply).toBeFocused();
  const respond = page.locator("#respond");
  await expect(respond.locator("form.comment-form")).toHaveCount(1);
  await expect(respond.getByRole("button", { name: "Post Comment" })).toBeVisible();
  await expect(respond.locator('input[name="parentId"]')).toHaveCount(0);
  await expect(respond.getByRole("textbox", { name: "Name", exact: true })).toHaveValue("Kept Name");
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);
  await context.close();
});

test("what a reader types before the page's scripts have run is kept when the form comes alive", async ({
  browser,
}) => {
  const context = await readerContext(browser);
  const page = await context.newPage();
  // Hold the page's scripts back, as a slow connection does, while the reader starts typing.
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_next\/static\/chunks\//, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(SEED_PATH, { waitUntil: "commit" });
  const respond = page.locator("#respond");
  await respond.getByRole("textbox", { name: "Comment", exact: true }).fill("Typed before the scripts ran");
  await respond.getByRole("textbox", { name: "Name", exact: true }).fill("Early Reader");
  await respond.getByRole("textbox", { name: "Email", exact: true }).fill("early@example.org");
  await expect(respond.locator("[data-ready]")).toHaveCount(0);
  release();
  await respond.locator("[data-ready]").waitFor();
  await expect(respond.getByRole("textbox", { name: "Comment", exact: true })).toHaveValue(
    "Typed before the scripts ran",
  );
  await expect(respond.getByRole("textbox", { name: "Name", exact: true })).toHaveValue("Early Reader");
  const email = respond.getByRole("textbox", { name: "Email", exact: true });
  await expect(email).toHaveValue("early@example.org");
  await expect(email).toBeFocused(); // the caret stays where the reader was typing
  await context.close();
});

for (const javaScriptEnabled of [true, false]) {
  test(`report a comment ${javaScriptEnabled ? "in the page's one dialog" : "on its own page without JavaScript"}`, async ({
    browser,
  }) => {
    const context = await readerContext(browser, { javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(SEED_PATH);
    if (javaScriptEnabled) await page.locator("#respond [data-ready]").waitFor();
    const comment = page.locator(".comment-list > li > article").nth(2);
    const commentId = Number((await comment.getAttribute("id"))!.replace("comment-", ""));
    const report = comment.getByRole("link", { name: "Report" });
    // Each variant is another reader (another address): its report is one more row.
    const reportsBefore = await db.commentReport.count({ where: { commentId, reason: "OFF_TOPIC" } });
    await report.click();
    const scope = javaScriptEnabled ? page.getByRole("dialog") : page.locator("main");
    if (javaScriptEnabled) {
      await expect(scope).toBeVisible();
      await expect(page).toHaveURL(SEED_PATH);
      await expect(scope.getByRole("radio", { name: "Spam" })).toBeFocused();
      const axe = await new AxeBuilder({ page }).include("dialog").analyze();
      expect(axe.violations.map((violation) => violation.id)).toEqual([]);
    } else {
      await expect(page.getByRole("heading", { name: "Report a comment" })).toBeVisible();
    }
    await scope.getByRole("radio", { name: "Off-topic" }).check();
    await scope.getByRole("button", { name: "Send report" }).click();
    await expect(scope.getByText("Thank you. A moderator will review this comment.")).toBeVisible();
    expect(await db.commentReport.count({ where: { commentId, reason: "OFF_TOPIC" } })).toBe(
      reportsBefore + 1,
    );
    if (javaScriptEnabled) {
      await page.keyboard.press("Escape");
      await expect(scope).toBeHidden();
      await expect(report).toBeFocused();
    }
    await context.close();
  });
}

test("article pages are shared cached HTML: s-maxage, a validator answered with 304, no cookies", async ({
  request,
}) => {
  const first = await request.get(SEED_PATH);
  expect(first.status()).toBe(200);
  expect(first.headers()["cache-control"]).toMatch(/s-maxage=\d+/);
  expect(first.headers()["cache-control"]).not.toMatch(/private|no-store/);
  expect(first.headers()["set-cookie"]).toBeUndefined();
  const etag = first.headers()["etag"];
  expect(etag).toBeTruthy();
  const again = await request.get(SEED_PATH, { headers: { "if-none-match": etag! } });
  expect(again.status()).toBe(304);

  // The per-visitor endpoint is never stored by a shared cache.
  const own = await request.get("/comments/own?article=1");
  expect(own.headers()["cache-control"]).toBe("private, no-store");
  expect(await own.json()).toEqual({ comments: [] });
});

test("a reader without own comments causes no request for them; an author's hint cookie holds nothing personal", async ({
  browser,
}) => {
  const context = await readerContext(browser);
  const page = await context.newPage();
  const asked: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/comments/own")) asked.push(request.url());
  });
  await page.goto(SEED_PATH);
  await page.waitForLoadState("networkidle");
  expect(asked).toEqual([]);

  const respond = page.locator("#respond");
  const body = `Mon avis ${Date.now()}`;
  await respond.getByRole("textbox", { name: "Comment", exact: true }).fill(body);
  await respond.getByRole("textbox", { name: "Name", exact: true }).fill("Hint Tester");
  await respond.getByRole("textbox", { name: "Email", exact: true }).fill(`hint-${Date.now()}@example.org`);
  await page.waitForTimeout(1100);
  await respond.getByRole("button", { name: "Post Comment" }).click();
  await expect(page.locator(".comment-posted")).toContainText(body);
  const stored = await db.comment.findFirstOrThrow({ where: { body } });
  // Measured in the browser: more than the time the test waited, and not a render-time token.
  expect(stored.status).not.toBe("SPAM");
  const hint = (await context.cookies()).find((cookie) => cookie.name === "lede_has_own");
  expect(hint).toMatchObject({ value: "1", httpOnly: false });
  await page.reload();
  await expect(page.locator(".own-comments")).toContainText(body);
  expect(asked.length).toBeGreaterThan(0);
  await context.close();
});

test("lean markup: bytes per rendered comment and DOM size on the seed article", async ({
  page,
  request,
}) => {
  const html = await (await request.get(SEED_PATH)).text();
  const anchors = [...html.matchAll(/id="comment-\d+"/g)];
  expect(anchors.length).toBeGreaterThan(40);
  const perComment = (anchors.at(-1)!.index - anchors[0]!.index) / (anchors.length - 1);
  expect(perComment).toBeLessThanOrEqual(900);
  await page.goto(SEED_PATH);
  const elements = await page.evaluate(() => document.getElementsByTagName("*").length);
  expect(elements).toBeLessThanOrEqual(1500);
});

test("feed autodiscovery: site feeds everywhere, the section's feeds on section and article pages", async ({
  request,
}) => {
  const links = async (path: string) =>
    [...(await (await request.get(path)).text()).matchAll(/<link[^>]*rel="alternate"[^>]*>/g)]
      .map((match) => [/type="([^"]+)"/.exec(match[0])?.[1], /href="([^"]+)"/.exec(match[0])?.[1]])
      .filter(([type, href]) => type && href)
      .map(([type, href]) => `${type} ${new URL(href!, "http://x").pathname}`);
  for (const path of ["/", "/world", SEED_PATH, "/privacy"]) {
    const found = await links(path);
    expect(found).toContain("application/rss+xml /feed.xml");
    expect(found).toContain("application/atom+xml /atom.xml");
  }
  for (const path of ["/world", SEED_PATH]) {
    const found = await links(path);
    expect(found).toContain("application/rss+xml /world/feed.xml");
    expect(found).toContain("application/atom+xml /world/atom.xml");
  }
});
