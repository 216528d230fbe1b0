import { expect, test } from "@playwright/test";
import { db, signInAs } from "./support";

const SEED_PATH = "/world/les-opinions-se-heurtent-alors-que-blinken-et-lavrov-discutent-de-lukraine";
const ENGLISH_PATH = "/world/blinken-and-lavrov-clash-over-ukraine-in-stockholm";

// Pages rendered on their first visit can be slow on a busy machine.
test.describe.configure({ timeout: 90_000 });

test("the footer links the site pages; the legal notice names publisher, director of publication and host", async ({
  page,
  request,
}) => {
  await page.goto("/");
  const footer = page.locator(".site-footer");
  for (const name of ["About", "Contact", "Legal notice"])
    await expect(footer.getByRole("link", { name })).toBeVisible();
  await footer.getByRole("link", { name: "Legal notice" }).click();
  await expect(page).toHaveURL("/pages/legal-notice");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Legal notice");
  for (const heading of [
    "Publisher (éditeur)",
    "Director of publication (directeur de la publication)",
    "Host (hébergeur)",
  ])
    await expect(page.getByRole("heading", { name: heading })).toBeVisible();
  // Static like articles: served from the cache, never per request.
  const response = await request.get("/pages/legal-notice");
  expect(response.headers()["cache-control"] ?? "").not.toMatch(/no-store|private/);
  expect((await request.get("/pages/no-such-page")).status()).toBe(404);
});

test("an editor edits a site page in the dashboard and readers see the change at once", async ({ page }) => {
  await signInAs(page, "EDITOR", "/admin/pages");
  await page.getByRole("link", { name: "Contact" }).click();
  const text = `Write to us any time (${Date.now()}).`;
  await page.getByLabel("Text (Markdown)").fill(text);
  await page.getByLabel("Address").fill("Contact Us");
  await page.getByRole("button", { name: "Save page" }).click();
  // A bad address: the message next to the field, the typed text kept.
  await expect(page.locator("#page-slug-error")).toContainText("lower-case letters");
  await expect(page.getByLabel("Text (Markdown)")).toHaveValue(text);
  await page.getByLabel("Address").fill("contact");
  await page.getByRole("button", { name: "Save page" }).click();
  await expect(page.getByTestId("page-message")).toHaveText("Page saved.");
  await page.goto("/pages/contact");
  await expect(page.locator(".article-body")).toContainText(text);
});

test("a translated pair: Read in English / Lire en français and hreflang alternates", async ({ page }) => {
  await page.goto(SEED_PATH);
  const toEnglish = page.locator(".translations").getByRole("link", { name: "Read in English" });
  await expect(toEnglish).toHaveAttribute("hreflang", "en");
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
    "href",
    new RegExp(`${ENGLISH_PATH}$`),
  );
  await expect(page.locator('link[rel="alternate"][hreflang="fr"]')).toHaveAttribute(
    "href",
    new RegExp(`${SEED_PATH}$`),
  );
  await toEnglish.click();
  await page.waitForURL(ENGLISH_PATH, { timeout: 30_000 });
  await expect(page.locator(".translations").getByRole("link", { name: "Lire en français" })).toHaveAttribute(
    "href",
    SEED_PATH,
  );
});

test("an editor links and unlinks a translation from the article editor", async ({ page }) => {
  const english = await db.article.findUniqueOrThrow({
    where: { slug: "blinken-and-lavrov-clash-over-ukraine-in-stockholm" },
  });
  await signInAs(page, "EDITOR", `/admin/articles/${english.id}`);
  const panel = page.locator(".translations-panel");
  await expect(panel).toContainText("French:");
  await panel.getByRole("button", { name: "Unlink this article from its translations" }).click();
  await expect(page.getByTestId("translation-message")).toHaveText("Translation link removed.");
  await expect(panel).toContainText("No translation linked.");
  await panel.getByLabel("Link a translation (its id or its address)").fill(SEED_PATH);
  await panel.getByRole("button", { name: "Link translation" }).click();
  await expect(page.getByTestId("translation-message")).toHaveText("Translation linked.");
  await expect(panel).toContainText("French:");
  await page.goto(ENGLISH_PATH);
  await expect(page.locator(".translations").getByRole("link", { name: "Lire en français" })).toBeVisible();
});
