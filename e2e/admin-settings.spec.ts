// An admin changes a discussion rule: the preview shows what it would have done to the latest
// comments (with and without JavaScript), then the saved value persists. Put back afterwards
// through the dashboard, for the specs that run after this one.
import { randomInt } from "node:crypto";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { db, signInAs } from "./support";

// "d’accord" is in several of the seeded French comments, most of them approved.
const KEY = "accord";

let staffState: Awaited<ReturnType<BrowserContext["storageState"]>>;
const headers = { "x-forwarded-for": `198.51.100.${randomInt(1, 254)}` };

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: headers });
  await signInAs(await context.newPage(), "ADMIN", "/admin/settings");
  staffState = await context.storageState();
  await context.close();
});

// Should a test fail half-way, the key is removed (through the dashboard, so the cached
// settings follow) for the specs that run after this file.
test.afterAll(async ({ browser }) => {
  if ((await db.discussionSettings.findUniqueOrThrow({ where: { id: 1 } })).moderationKeys.length === 0)
    return;
  const context = await adminContext(browser);
  const page = await context.newPage();
  await page.goto("/admin/settings");
  await page.getByLabel("Moderation keys").fill("");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByTestId("settings-message")).toContainText("Saved");
  await context.close();
});

function adminContext(browser: Browser, javaScriptEnabled = true) {
  return browser.newContext({ storageState: staffState, javaScriptEnabled, extraHTTPHeaders: headers });
}

async function expectPreviewOfKey(page: Page) {
  const preview = page.getByTestId("settings-preview");
  await expect(preview).toBeVisible();
  await expect(page.getByTestId("preview-summary")).toContainText("because of the values you changed");
  const changed = page
    .getByTestId("preview-table")
    .getByRole("row")
    .filter({ hasText: `matched moderation key "${KEY}"` });
  await expect(changed.first()).toContainText("Approved");
  await expect(changed.first()).toContainText("Pending");
  // What was typed is still there, and nothing was saved.
  await expect(page.getByLabel("Moderation keys")).toHaveValue(KEY);
  expect((await db.discussionSettings.findUniqueOrThrow({ where: { id: 1 } })).moderationKeys).toEqual([]);
}

test("a new moderation key: preview on the latest comments, then save", async ({ browser }) => {
  // The precondition of this test: approved comments among the latest 200 contain the key.
  const latest = await db.comment.findMany({
    where: { staffAuthorId: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: { body: true, status: true },
  });
  expect(
    latest.filter((comment) => comment.status === "APPROVED" && comment.body.includes(KEY)).length,
  ).toBeGreaterThan(0);

  const context = await adminContext(browser);
  const page = await context.newPage();
  await page.goto("/admin/settings");
  await expect(page.getByLabel("Moderation keys")).toHaveValue("");
  await page.getByLabel("Moderation keys").fill(KEY);
  await page.getByRole("button", { name: /^Preview on the last 200 comments/ }).click();
  await expectPreviewOfKey(page);

  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByTestId("settings-message")).toHaveText("Saved. Changed: moderation keys.");
  await page.reload();
  await expect(page.getByLabel("Moderation keys")).toHaveValue(KEY);
  expect((await db.discussionSettings.findUniqueOrThrow({ where: { id: 1 } })).moderationKeys).toEqual([KEY]);

  // Back as it was.
  await page.getByLabel("Moderation keys").fill("");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByTestId("settings-message")).toHaveText("Saved. Changed: moderation keys.");
  await context.close();
});

test("the preview works without JavaScript and keeps what was typed", async ({ browser }) => {
  const context = await adminContext(browser, false);
  const page = await context.newPage();
  await page.goto("/admin/settings");
  await page.getByLabel("Moderation keys").fill(KEY);
  await page.getByLabel("Hold a comment with this many links or more").fill("7");
  await page.getByRole("button", { name: /^Preview on the last 200 comments/ }).click();
  await expect(page).toHaveURL(/\/admin\/settings$/);
  await expectPreviewOfKey(page);
  await expect(page.getByLabel("Hold a comment with this many links or more")).toHaveValue("7");
  // A value the form refuses comes back with its message, still unsaved.
  await page.getByLabel("Hold threshold").fill("0.95");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(
    page.getByText("The hold threshold must not be above the spam threshold (0.92)."),
  ).toBeVisible();
  await expect(page.getByLabel("Hold threshold")).toHaveValue("0.95");
  expect((await db.discussionSettings.findUniqueOrThrow({ where: { id: 1 } })).holdThreshold).toBe(0.6);
  await context.close();
});
