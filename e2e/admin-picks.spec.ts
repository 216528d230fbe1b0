// An editor curates Editor's Pick and the home lead, and the public home page follows. Every
// change is put back through the dashboard (so the reader caches are refreshed) for the specs
// that run after this one.
import { randomInt } from "node:crypto";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { signInAs } from "./support";

const SEED_TITLE = "Les opinions se heurtent alors que Blinken et Lavrov discutent de l’Ukraine";
const NEW_LEAD = "Archive story 07";

let staffState: Awaited<ReturnType<BrowserContext["storageState"]>>;
// One address for this file's browsers (sign-in attempts are rate limited per IP).
const headers = { "x-forwarded-for": `198.51.100.${randomInt(1, 254)}` };

let originalOrder: string[] = [];

test.beforeAll(async ({ browser }) => {
  // One sign-in for the whole file.
  const context = await browser.newContext({ extraHTTPHeaders: headers });
  const page = await context.newPage();
  await signInAs(page, "EDITOR", "/admin/picks");
  originalOrder = await pickTitles(page).allTextContents();
  staffState = await context.storageState();
  await context.close();
});

// Should a test fail half-way, the demo curation is still put back (through the dashboard, so
// the reader caches follow) for the specs that run after this file.
test.afterAll(async ({ browser }) => {
  const context = await editorContext(browser);
  const page = await context.newPage();
  await page.goto("/admin/picks");
  if (!(await page.getByTestId("home-lead").textContent())?.includes(SEED_TITLE))
    await makeLead(page, "Blinken", SEED_TITLE);
  for (const [index, title] of originalOrder.entries()) {
    let current = (await pickTitles(page).allTextContents()).indexOf(title);
    while (current > index) {
      await page.getByRole("button", { name: `Move “${title}” up` }).click();
      await expect(pickTitles(page).nth(current - 1)).toHaveText(title);
      current--;
    }
  }
  await context.close();
});

function editorContext(browser: Browser, javaScriptEnabled = true) {
  return browser.newContext({ storageState: staffState, javaScriptEnabled, extraHTTPHeaders: headers });
}

/**
 * The public home page, loaded before a change. It also waits out any render of the page already
 * under way (e.g. started by the dashboard's prefetch of its "View site" link), which would
 * otherwise store what it read before the change after the change's cache refresh.
 */
async function readerHome(context: BrowserContext) {
  const home = await context.newPage();
  await home.goto("/");
  return home;
}

const pickTitles = (page: Page) => page.getByTestId("pick-list").locator(".pick-title");
const sidebarPicks = (page: Page) => page.locator(".sidebar .picks li .story-link");

test("reordering with the Up button moves the story up in the home page's sidebar", async ({ browser }) => {
  const context = await editorContext(browser);
  const page = await context.newPage();
  await page.goto("/admin/picks");
  const before = await pickTitles(page).allTextContents();
  expect(before.length).toBeGreaterThanOrEqual(3);
  const expected = [before[1]!, before[0]!, ...before.slice(2)];
  const home = await readerHome(context);
  await expect(sidebarPicks(home)).toHaveText(before.slice(0, 5));

  await page.getByRole("button", { name: `Move “${before[1]}” up` }).click();
  await expect(page.getByTestId("picks-message")).toHaveText(`Moved "${before[1]}" up to position 1.`);
  await expect(pickTitles(page)).toHaveText(expected);

  await home.reload();
  await expect(sidebarPicks(home)).toHaveText(expected.slice(0, 5));

  // Back as it was, with the Down button and without JavaScript (a plain form post).
  const plain = await editorContext(browser, false);
  const noScript = await plain.newPage();
  await noScript.goto("/admin/picks");
  await noScript.getByRole("button", { name: `Move “${before[1]}” down` }).click();
  await expect(noScript).toHaveURL(/\/admin\/picks$/);
  await expect(noScript.getByTestId("picks-message")).toHaveText(`Moved "${before[1]}" down to position 2.`);
  await expect(pickTitles(noScript)).toHaveText(before);
  await home.reload();
  await expect(sidebarPicks(home)).toHaveText(before.slice(0, 5));
  await plain.close();
  await context.close();
});

test("drag and drop reorders the list too", async ({ browser }) => {
  const context = await editorContext(browser);
  const page = await context.newPage();
  await page.goto("/admin/picks");
  const before = await pickTitles(page).allTextContents();
  const rows = page.getByTestId("pick-list").locator(".pick-row");
  await rows.nth(2).dragTo(rows.nth(0));
  const expected = [before[2]!, before[0]!, before[1]!, ...before.slice(3)];
  await expect(page.getByTestId("picks-message")).toHaveText("Saved the new order.");
  await page.reload();
  await expect(pickTitles(page)).toHaveText(expected);
  // Back as it was.
  await rows.nth(0).dragTo(rows.nth(2));
  await expect(page.getByTestId("picks-message")).toHaveText("Saved the new order.");
  await page.reload();
  await expect(pickTitles(page)).toHaveText(before);
  await context.close();
});

async function makeLead(page: Page, search: string, title: string) {
  await page.getByLabel("Published stories whose title contains").fill(search);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(
    (url) => url.pathname === "/admin/picks" && url.searchParams.get("q") === search,
  );
  await page
    .getByTestId("pick-candidates")
    .getByRole("button", { name: `Make “${title}” the home lead` })
    .click();
  await expect(page.getByTestId("picks-message")).toHaveText(`"${title}" now leads the home page.`);
  await expect(page.getByTestId("home-lead")).toContainText(title);
}

test("choosing the home lead changes the home page's lead story", async ({ browser }) => {
  const context = await editorContext(browser);
  const page = await context.newPage();
  await page.goto("/admin/picks");
  await expect(page.getByTestId("home-lead")).toContainText(SEED_TITLE);
  const home = await readerHome(context);
  await expect(home.locator(".lead-story h1")).toHaveText(SEED_TITLE);

  await makeLead(page, NEW_LEAD, NEW_LEAD);
  await home.reload();
  await expect(home.locator(".lead-story h1")).toHaveText(NEW_LEAD);

  // Back to the seed article.
  await makeLead(page, "Blinken", SEED_TITLE);
  await home.reload();
  await expect(home.locator(".lead-story h1")).toHaveText(SEED_TITLE);
  await context.close();
});
