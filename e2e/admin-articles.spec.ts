import { expect, test, type Page } from "@playwright/test";
import { toNewsroomDateTimeInput } from "@/lib/site/newsroom-time";
import { slugify } from "@/lib/text/slug";
import { db, signInAs } from "./support";

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
// A 1×1 PNG.
const PIXEL = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

// Next keeps recently visited pages in the document (hidden) for back/forward: look at the shown one.
const message = (page: Page) => page.getByTestId("editor-message").filter({ visible: true });
const field = (page: Page, label: string | RegExp) =>
  page.getByLabel(label, { exact: true }).filter({ visible: true });
const badge = (page: Page) => page.locator(".editor-workflow .status-badge").filter({ visible: true });

/** Fills the essentials of a new article (the editor's own byline is preselected). */
async function fillNewArticle(page: Page, title: string) {
  await field(page, "Title").fill(title);
  await field(page, "Dek").fill("An end-to-end story.");
  await field(page, "Body (Markdown)").fill(
    "The first paragraph.\n\nThe second paragraph, with **bold** words.",
  );
  await field(page, "Section").selectOption({ label: "World" });
  await field(page, "Tags").fill("Trains, Alps");
}

const articleIdFrom = (page: Page) => Number(new URL(page.url()).pathname.split("/").at(-1));

test("an editor writes an article, schedules it seconds ahead, and it reaches the home page on time", async ({
  page,
  browser,
}) => {
  test.setTimeout(60_000);
  await signInAs(page, "EDITOR", "/admin/articles/new");
  const title = `Night trains return to the Alps ${unique()}`;
  await fillNewArticle(page, title);
  await expect(field(page, "Slug")).toHaveValue(slugify(title));
  await expect(field(page, "Camille Dubois")).toBeChecked();
  // The live preview renders the Markdown like the article page.
  await expect(page.locator(".body-preview .article-body strong")).toHaveText("bold");

  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.waitForURL(/\/admin\/articles\/\d+\?notice=created$/);
  await expect(message(page)).toHaveText("Article created.");
  await expect(badge(page)).toHaveText("Draft");
  const id = articleIdFrom(page);

  // A time with seconds (the browser drops ":00", so avoid a round minute).
  let at = new Date(Date.now() + 6_000);
  if (at.getSeconds() === 0) at = new Date(at.getTime() + 1_000);
  at.setMilliseconds(0);
  await field(page, "Publish at (Paris time)").fill(toNewsroomDateTimeInput(at, "Europe/Paris", true));
  await page.getByRole("button", { name: "Schedule" }).click();
  await expect(message(page)).toContainText("Scheduled: it goes live at");
  await expect(badge(page)).toContainText("Scheduled for");
  const stored = await db.article.findUniqueOrThrow({ where: { id } });
  expect(stored.status).toBe("PUBLISHED");
  expect(stored.publishedAt?.getTime()).toBe(at.getTime());

  const readerContext = await browser.newContext();
  const reader = await readerContext.newPage();
  // Soft: whatever happens here, the test goes on past the publication time, so a scheduled
  // article a few seconds from going live is not left behind for the next tests.
  expect
    .soft((await reader.goto("/"))?.status(), "home page while an article is scheduled seconds ahead")
    .toBe(200);
  await expect.soft(reader.getByRole("link", { name: title })).toHaveCount(0);
  expect
    .soft((await reader.goto(`/world/${stored.slug}`))?.status(), "article page before its publication time")
    .toBe(404);

  // Nobody acts: once the time has passed, the next visit shows it.
  await reader.waitForTimeout(Math.max(0, at.getTime() - Date.now()) + 1_000);
  expect((await reader.goto("/"))?.status()).toBe(200);
  await reader.getByRole("link", { name: title }).first().click();
  await expect(reader).toHaveURL(`/world/${stored.slug}`);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(reader.locator(".article-body strong")).toHaveText("bold");
  await readerContext.close();
});

test("an editor edits a published article and restores an earlier revision", async ({ page }) => {
  await signInAs(page, "EDITOR", "/admin/articles/new");
  const original = `Harbour strike ends after talks ${unique()}`;
  await fillNewArticle(page, original);
  await page.getByRole("button", { name: "Publish now" }).click();
  await page.waitForURL(/\/admin\/articles\/\d+\?notice=created$/);
  const id = articleIdFrom(page);
  await expect(badge(page)).toHaveText("Published");
  const publicPath = `/world/${slugify(original)}`;

  // Edit the title and add a Read-also link found by title, after the second paragraph.
  const edited = `${original} (updated)`;
  await field(page, "Title").fill(edited);
  await field(page, "Find a published article").fill("Blinken et Lavrov");
  await page.getByRole("button", { name: /^Add “Les opinions se heurtent/ }).click();
  await page.locator(".read-also-rows select").filter({ visible: true }).selectOption("2");
  const previewLine = page.locator(".body-preview .read-also").filter({ visible: true });
  await expect(previewLine).toContainText("Read also Les opinions se heurtent");
  expect(await previewLine.evaluate((node) => node.previousElementSibling?.textContent ?? "")).toContain(
    "The second paragraph",
  );
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(message(page)).toHaveText("Saved: readers see the changes now.");
  await page.goto(publicPath);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(edited);
  await expect(page.locator(".article-body .read-also")).toContainText("Read also Les opinions se heurtent");

  await page.goto(`/admin/articles/${id}/revisions`);
  await expect(page.locator("tbody tr")).toHaveCount(2);
  await page.getByRole("link", { name: "View version 1" }).click();
  await expect(page.locator(".revision-fields tr.changed th")).toContainText(["Title"]);
  await page.getByRole("button", { name: "Restore this revision" }).click();
  await page.waitForURL(new RegExp(`/admin/articles/${id}\\?notice=restored&from=1$`));
  await expect(message(page)).toHaveText("Revision 1 restored: it is now version 3.");
  await expect(field(page, "Title")).toHaveValue(original);

  await page.goto(publicPath);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(original);
  expect(
    await db.auditEntry.count({
      where: {
        targetType: "article",
        targetId: String(id),
        action: { in: ["article.create", "article.publish", "article.restore"] },
      },
    }),
  ).toBe(3);
});

test("two editors saving the same article: the second is told, keeps their text, and may replace knowingly", async ({
  page,
  context,
}) => {
  await signInAs(page, "EDITOR", "/admin/articles/new");
  await fillNewArticle(page, `Council budget ${unique()}`);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.waitForURL(/\/admin\/articles\/\d+\?notice=created$/);
  const path = new URL(page.url()).pathname;
  const other = await context.newPage();
  await other.goto(path);

  await field(page, "Title").fill("First editor's title");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(message(page)).toHaveText("Saved.");

  await field(other, "Dek").fill("Second editor's dek");
  await other.getByRole("button", { name: "Save", exact: true }).click();
  await expect(message(other)).toContainText("This article was changed by Camille Dubois at");
  await expect(message(other)).toContainText("Your changes are kept below; reload to see theirs.");
  await expect(field(other, "Dek")).toHaveValue("Second editor's dek");
  expect((await db.article.findUniqueOrThrow({ where: { id: articleIdFrom(page) } })).title).toBe(
    "First editor's title",
  );

  await other
    .getByLabel(/Replace their version with mine/)
    .filter({ visible: true })
    .check();
  await other.getByRole("button", { name: "Save", exact: true }).click();
  await expect(message(other)).toHaveText("Saved.");
  expect((await db.article.findUniqueOrThrow({ where: { id: articleIdFrom(page) } })).dek).toBe(
    "Second editor's dek",
  );
});

test("without JavaScript: the editor form keeps what was typed (and the uploaded image) on error, then saves", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signInAs(page, "EDITOR", "/admin/articles/new");
  const title = `Mountain pass reopens ${unique()}`;
  await fillNewArticle(page, title);
  // A slug another article has: refused by the server.
  await field(page, "Slug").fill(
    "les-opinions-se-heurtent-alors-que-blinken-et-lavrov-discutent-de-lukraine",
  );
  await field(page, "Upload an image").setInputFiles({
    name: "pixel.png",
    mimeType: "image/png",
    buffer: PIXEL,
  });
  await page.getByRole("button", { name: "Save", exact: true }).click();

  await expect(page).toHaveURL(/\/admin\/articles\/new\?result=/);
  await expect(page.locator(".field-error", { hasText: "already used by" })).toBeVisible();
  await expect(
    page.locator(".field-error", { hasText: "Describe the image for readers who cannot see it." }),
  ).toBeVisible();
  await expect(field(page, "Title")).toHaveValue(title);
  await expect(field(page, "Tags")).toHaveValue("Trains, Alps");
  const imageUrl = await page.locator(".hero-thumb").getAttribute("src");
  expect(imageUrl).toMatch(/^\/media\/\d{4}\/\d\d\/[0-9a-f]+\.png$/);

  await field(page, "Slug").fill(slugify(title));
  await field(page, "Alternative text").fill("A mountain road");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+\?notice=created$/);
  await expect(message(page)).toHaveText("Article created.");
  const stored = await db.article.findUniqueOrThrow({ where: { slug: slugify(title) } });
  expect(stored).toMatchObject({
    heroImageUrl: imageUrl,
    heroImageWidth: 1,
    heroImageHeight: 1,
    heroImageAlt: "A mountain road",
    status: "DRAFT",
  });

  const image = await page.request.get(imageUrl!);
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");
  expect(image.headers()["cache-control"]).toContain("immutable");
  expect((await page.request.get("/media/..%2F..%2Fpackage.json")).status()).toBe(404);

  // Drafts are previewed only by staff, never indexed.
  await page.goto(`/admin/preview/${stored.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.locator(".preview-banner")).toContainText("Readers cannot see this draft.");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await context.close();
});

test("a moderator cannot open the article dashboard", async ({ page }) => {
  await signInAs(page, "MODERATOR", "/admin");
  const article = await db.article.findFirstOrThrow({ select: { id: true } });
  for (const path of [
    "/admin/articles",
    "/admin/articles/new",
    `/admin/articles/${article.id}`,
    `/admin/articles/${article.id}/revisions`,
    `/admin/preview/${article.id}`,
  ]) {
    await page.goto(path);
    // The 403 page (forbidden()). Its HTTP status stays 200: with Cache Components the page's
    // request-time check runs after the response has started (see Next's loading.md, "Status codes").
    await expect(
      page.getByRole("heading", { name: "Your role does not give access to this page" }),
      path,
    ).toBeVisible();
    await expect(page.locator("form.article-editor, table.article-table")).toHaveCount(0);
  }
  expect((await page.request.get("/admin/articles/targets?q=ukraine")).status()).toBe(403);
  await page.goto("/admin");
  await expect(page.getByRole("navigation", { name: "Dashboard" })).toContainText("Comments");
  await expect(page.getByRole("navigation", { name: "Dashboard" })).not.toContainText("Articles");
});
