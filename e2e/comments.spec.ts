import { expect, test, type Page } from "@playwright/test";
import { ARCHIVE_SECTION, XSS } from "./fixtures";
import { db, readerContext } from "./support";

const SEED_PATH = "/world/les-opinions-se-heurtent-alors-que-blinken-et-lavrov-discutent-de-lukraine";
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function fillComment(
  page: Page,
  scope: ReturnType<Page["locator"]>,
  values: { body: string; name: string; email: string; url?: string },
) {
  await scope.getByRole("textbox", { name: "Comment", exact: true }).fill(values.body);
  await scope.getByRole("textbox", { name: "Name", exact: true }).fill(values.name);
  await scope.getByRole("textbox", { name: "Email", exact: true }).fill(values.email);
  if (values.url) await scope.getByRole("textbox", { name: "Website", exact: true }).fill(values.url);
  await page.waitForTimeout(1100); // a person takes more than the minimum time to submit
}

for (const javaScriptEnabled of [true, false]) {
  const mode = javaScriptEnabled ? "with JavaScript" : "without JavaScript";

  test(`post a comment and a reply ${mode}; only their authors see them awaiting moderation`, async ({
    browser,
  }) => {
    const author = await readerContext(browser, { javaScriptEnabled });
    const page = await author.newPage();
    await page.goto(SEED_PATH);
    const body = `Analyse intéressante, merci ${unique()} — élan 🇫🇷`;
    const email = `author-${unique()}@example.org`;
    await fillComment(page, page.locator("#respond"), { body, name: "Nouvelle Lectrice", email });
    await page.locator("#respond").getByRole("button", { name: "Post Comment" }).click();
    const posted = page.locator(".comment-posted");
    await expect(posted).toContainText("Thank you. Your comment is awaiting moderation.");
    await expect(posted).toContainText(body);
    const stored = await db.comment.findFirstOrThrow({ where: { body } });
    expect(stored.status).toBe("PENDING");
    expect(stored.reasons.join(" ")).toContain("first comment from this author");
    expect(stored.ipHash).not.toContain("198.19.");

    // Another reader replies to an approved comment (one comment per 15 s per person).
    const replier = await readerContext(browser, { javaScriptEnabled });
    const replierPage = await replier.newPage();
    await replierPage.goto(SEED_PATH);
    const parent = replierPage.locator(".comment-list > li > article").first();
    const parentId = Number((await parent.getAttribute("id"))!.replace("comment-", ""));
    if (javaScriptEnabled) await replierPage.locator("#respond [data-ready]").waitFor();
    await parent.getByRole("link", { name: "Reply" }).click();
    // With JavaScript the page's one form moves under the comment; without, Reply leads to the
    // reply page, whose form posts the same action.
    const replyScope = javaScriptEnabled ? parent : replierPage.locator("#respond");
    if (!javaScriptEnabled) await expect(replyScope).toContainText("Reply to");
    const replyBody = `Je réponds ${unique()}`;
    await fillComment(replierPage, replyScope, {
      body: replyBody,
      name: "Répondeur",
      email: `reply-${unique()}@example.org`,
    });
    await replyScope.getByRole("button", { name: "Post Reply" }).click();
    await expect(replierPage.locator(".comment-posted")).toContainText(replyBody);
    const reply = await db.comment.findFirstOrThrow({ where: { body: replyBody } });
    expect(reply.parentId).toBe(parentId);
    expect(reply.depth).toBe(1);

    // Across reloads, each author still sees their own comment, marked as awaiting moderation.
    const ownView = javaScriptEnabled ? SEED_PATH : `/comments/respond?article=${stored.articleId}`;
    for (const [own, text] of [
      [page, body],
      [replierPage, replyBody],
    ] as const) {
      await own.goto(ownView);
      await expect(own.locator(".own-comments")).toContainText(text);
      await expect(
        own.locator(".own-comments").getByText("Your comment is awaiting moderation."),
      ).toHaveCount(1);
    }

    // Nobody else sees them.
    const other = await readerContext(browser, { javaScriptEnabled });
    const otherPage = await other.newPage();
    for (const path of [SEED_PATH, ownView]) {
      await otherPage.goto(path);
      await expect(otherPage.getByText(body)).toHaveCount(0);
      await expect(otherPage.getByText(replyBody)).toHaveCount(0);
      await expect(otherPage.getByText("awaiting moderation")).toHaveCount(0);
      expect(await otherPage.content()).not.toContain(email);
    }
    await Promise.all([author.close(), replier.close(), other.close()]);
  });

  test(`validation errors are shown next to the fields and keep what was typed, ${mode}`, async ({
    browser,
  }) => {
    const context = await readerContext(browser, { javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(SEED_PATH);
    const respond = page.locator("#respond");
    // Hydrated first: React would reset fields typed into the server-rendered form.
    if (javaScriptEnabled) await respond.locator("[data-ready]").waitFor();
    await respond.getByRole("textbox", { name: "Name", exact: true }).fill("Typist");
    await respond.getByRole("textbox", { name: "Email", exact: true }).fill("not-an-email");
    await respond.getByRole("textbox", { name: "Website", exact: true }).fill("javascript:alert(1)");
    await respond.getByRole("button", { name: "Post Comment" }).click();
    await expect(respond.getByText("Please write your comment.")).toBeVisible();
    await expect(respond.getByText(/Please enter a valid email address/)).toBeVisible();
    await expect(respond.getByText(/Please enter a valid website address/)).toBeVisible();
    await expect(respond.getByRole("textbox", { name: "Name", exact: true })).toHaveValue("Typist");
    await expect(respond.getByRole("textbox", { name: "Email", exact: true })).toHaveValue("not-an-email");
    await expect(respond.getByRole("textbox", { name: "Comment", exact: true })).toHaveAttribute(
      "aria-invalid",
      "true",
    );

    const long = "Trop long. ".repeat(1000); // 11,000 characters
    await respond.getByRole("textbox", { name: "Comment", exact: true }).fill(long);
    await respond.getByRole("textbox", { name: "Email", exact: true }).fill("typist@example.org");
    await respond.getByRole("textbox", { name: "Website", exact: true }).fill("");
    await respond.getByRole("button", { name: "Post Comment" }).click();
    await expect(respond.getByText(/Your comment is too long/)).toBeVisible();
    await expect(respond.getByRole("textbox", { name: "Comment", exact: true })).toHaveValue(long);
    await expect(respond.getByRole("textbox", { name: "Name", exact: true })).toHaveValue("Typist");
    await context.close();
  });
}

test("XSS attempts in every field render as inert text", async ({ browser }) => {
  const context = await readerContext(browser);
  const page = await context.newPage();
  await page.goto(`/${ARCHIVE_SECTION.slug}/archive-story-01`);
  const comment = page.locator(".comment-list article").first();
  await expect(comment.locator(".comment-author")).toHaveText(XSS.name);
  await expect(comment.locator(".comment-text")).toContainText("<script>window.__xss=3</script>");
  await expect(comment.locator(".comment-text")).toContainText('<b onmouseover="window.__xss=4">bold</b>');
  await expect(comment.locator("script, img, b")).toHaveCount(0);
  const href = await comment.locator("a.comment-author").getAttribute("href");
  // The address as the URL parser normalises it (quotes and brackets percent-encoded).
  expect(href).toBe(new URL(XSS.url).href);
  await expect(comment.locator("a.comment-author")).toHaveAttribute("rel", "ugc nofollow noopener");
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

  // Through the form too: the author's own view of a held comment is inert as well.
  await page.goto(SEED_PATH);
  const respond = page.locator("#respond");
  await respond.locator("[data-ready]").waitFor(); // hydrated: React will not reset what is typed
  await respond
    .getByRole("textbox", { name: "Comment", exact: true })
    .fill(`<script>window.__xss=5</script> ${Date.now()}`);
  await respond
    .getByRole("textbox", { name: "Name", exact: true })
    .fill(`<img src=x onerror="window.__xss=6">`);
  await respond.getByRole("textbox", { name: "Email", exact: true }).fill(`x${Date.now()}@example.org`);
  await page.waitForTimeout(1100);
  await respond.getByRole("button", { name: "Post Comment" }).click();
  await expect(page.locator(".comment-posted")).toContainText("<script>window.__xss=5</script>");
  await expect(page.locator(".comment-posted img, .comment-posted script")).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await context.close();
});

test("a permalink to a comment on the second page lands on it", async ({ page }) => {
  const article = await db.article.findFirstOrThrow({ where: { slug: SEED_PATH.split("/")[2] } });
  const threads = await db.comment.findMany({
    where: { articleId: article.id, status: "APPROVED", parentId: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  expect(threads.length).toBeGreaterThan(50);
  const onPageTwo = threads[50]!;
  await page.goto(`/comment/${onPageTwo.id}`);
  await expect(page).toHaveURL(`${SEED_PATH}/comments/2#comment-${onPageTwo.id}`);
  const target = page.locator(`#comment-${onPageTwo.id}`);
  await expect(target).toBeInViewport();
  await expect(target).toContainText(onPageTwo.authorName);
  await expect(page.locator(".comment-pager")).toContainText("Page 2 of 2");
});

test("the page shows the approved count and never a commenter's email", async ({ request }) => {
  const article = await db.article.findFirstOrThrow({ where: { slug: SEED_PATH.split("/")[2] } });
  const approved = await db.comment.count({ where: { articleId: article.id, status: "APPROVED" } });
  const html = await (await request.get(SEED_PATH)).text();
  expect(html).toContain(`${approved} comments`);
  const emails = (
    await db.comment.findMany({ where: { articleId: article.id }, select: { authorEmail: true } })
  ).map((row) => row.authorEmail);
  for (const email of emails) expect(html).not.toContain(email);
  expect(html).not.toMatch(/[\w.+-]+@example\.com/);
});

test("closed comments: the form is replaced and the server refuses posts", async ({ browser }) => {
  const closed = await readerContext(browser);
  const closedPage = await closed.newPage();
  await closedPage.goto(`/${ARCHIVE_SECTION.slug}/archive-story-03`);
  await expect(closedPage.getByText("Comments are closed.")).toBeVisible();
  await expect(closedPage.locator("#respond")).toHaveCount(0);
  await closed.close();

  await db.article.update({ where: { slug: "archive-story-02" }, data: { commentsOpen: false } });
  const context = await readerContext(browser);
  const page = await context.newPage();
  // The page was cached while open: the server still refuses, with a clear message.
  await page.goto(`/${ARCHIVE_SECTION.slug}/archive-story-02`);
  const respond = page.locator("#respond");
  if (await respond.count()) {
    await fillComment(page, respond, { body: "Too late?", name: "Late", email: "late@example.org" });
    await respond.getByRole("button", { name: "Post Comment" }).click();
    await expect(page.getByTestId("comment-form-error")).toHaveText("Comments are closed on this article.");
    await expect(respond.getByRole("textbox", { name: "Comment", exact: true })).toHaveValue("Too late?");
  }
  expect(await db.comment.count({ where: { body: "Too late?" } })).toBe(0);
  await context.close();
});
