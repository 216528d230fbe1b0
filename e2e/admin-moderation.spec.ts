// The moderation queue as a moderator uses it: with the keyboard only (j/k, a, s, ?), the
// decision reaching the public article and the spam filter; and without JavaScript.
import { randomBytes } from "node:crypto";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { emailHash } from "@/lib/comments/identity";
import { db, quietArticle, readerContext, signInAs } from "./support";

const unique = () => `${Date.now().toString(36)}${randomBytes(2).toString("hex")}`;
/** A made-up lower-case word the filter has never seen (short: no character n-grams). */
const word = () => `qu${Array.from(randomBytes(6), (byte) => "bcdfghjklmnprstvz"[byte % 17]).join("")}`;

let staffState: Awaited<ReturnType<BrowserContext["storageState"]>>;
let article: { id: number; href: string };

test.beforeAll(async ({ browser }) => {
  // One sign-in for the whole file (sign-in attempts are rate limited per account).
  const context = await browser.newContext();
  await signInAs(await context.newPage(), "MODERATOR", "/admin/comments");
  staffState = await context.storageState();
  await context.close();

  // A recent article open for comments, with few comments (all on the first comment page).
  article = await quietArticle();
});

function staffContext(browser: Browser, javaScriptEnabled = true) {
  return browser.newContext({ storageState: staffState, javaScriptEnabled });
}

/** A comment waiting in the queue, as the pipeline would have stored it. */
async function pendingComment(body: string, offsetMs = 0) {
  const email = `queue-${unique()}@example.org`;
  const created = await db.comment.create({
    data: {
      articleId: article.id,
      authorName: "Queue Reader",
      authorEmail: email,
      emailHash: emailHash(email),
      body,
      status: "PENDING",
      reasons: ["first comment from this author"],
      spamScore: 0.12,
      ipHash: `e2e-${unique()}`,
      userAgent: "Mozilla/5.0 (e2e)",
      createdAt: new Date(Date.now() + offsetMs),
      statusChanges: { create: { toStatus: "PENDING", reason: "first comment from this author" } },
    },
  });
  return db.comment.update({ where: { id: created.id }, data: { threadId: created.id } });
}

/** Opens a queue view and waits for its script (the select-all box only appears with it). */
async function openQueue(page: Page, path = "/admin/comments?tab=pending") {
  await page.goto(path);
  await expect(page.getByLabel("Select all on this page")).toBeVisible();
}

const focusedId = (page: Page) =>
  page.locator("[data-queue-row][data-focused]").getAttribute("data-comment-id");

/** Posts a comment through the public form, as a new reader, and returns it as stored. */
async function postAsReader(browser: Browser, body: string) {
  const context = await readerContext(browser);
  const page = await context.newPage();
  await page.goto(article.href);
  const respond = page.locator("#respond");
  await respond.locator("[data-ready]").waitFor(); // hydrated: React will not reset what is typed
  await respond.getByRole("textbox", { name: "Comment", exact: true }).fill(body);
  await respond.getByRole("textbox", { name: "Name", exact: true }).fill("Curious Cook");
  await respond.getByRole("textbox", { name: "Email", exact: true }).fill(`cook-${unique()}@example.org`);
  await page.waitForTimeout(1100); // a person takes more than the minimum time to submit
  await respond.getByRole("button", { name: "Post Comment" }).click();
  await expect(page.locator(".comment-posted")).toContainText(body);
  await context.close();
  return db.comment.findFirstOrThrow({ where: { body } });
}

test("with the keyboard only: move with j/k, approve with a, and the comment is on the article", async ({
  browser,
}) => {
  const older = await pendingComment(`Older pending comment ${unique()}`, -1000);
  const newest = await pendingComment(`A thoughtful reader comment awaiting approval ${unique()}`);
  const context = await staffContext(browser);
  const page = await context.newPage();
  await openQueue(page);
  const rows = page.locator("[data-queue-row]");
  await expect(rows.first()).toHaveAttribute("data-comment-id", String(newest.id));
  await expect(rows.nth(1)).toHaveAttribute("data-comment-id", String(older.id));

  await page.keyboard.press("j");
  expect(await focusedId(page)).toBe(String(newest.id));
  await expect(rows.first()).toBeFocused();
  await page.keyboard.press("j");
  expect(await focusedId(page)).toBe(String(older.id));
  await page.keyboard.press("k");
  expect(await focusedId(page)).toBe(String(newest.id));

  await page.keyboard.press("a");
  await expect(page.getByTestId("moderation-result")).toHaveText("Approved: 1 comment.");
  await expect(page.locator(`[data-queue-row][data-comment-id="${newest.id}"]`)).toHaveCount(0);
  // The focus moves on to the comment that took its place.
  await expect(page.locator("[data-queue-row][data-focused]")).toHaveAttribute(
    "data-comment-id",
    String(older.id),
  );
  const stored = await db.comment.findUniqueOrThrow({
    where: { id: newest.id },
    include: { statusChanges: { orderBy: { id: "desc" }, take: 1 } },
  });
  expect(stored.status).toBe("APPROVED");
  expect(stored.statusChanges[0]).toMatchObject({ fromStatus: "PENDING", toStatus: "APPROVED" });
  expect(
    await db.auditEntry.count({ where: { action: "comment.approve", targetId: String(newest.id) } }),
  ).toBe(1);

  // The public article shows it on the next request.
  await page.goto(article.href);
  await expect(page.locator(`#comment-${newest.id}`)).toContainText(newest.body);
  await context.close();
});

test("marking spam with s teaches the filter: a similar comment scores higher afterwards", async ({
  browser,
}) => {
  const [first, second] = [word(), word()];
  const before = await postAsReader(
    browser,
    `Has anyone tried the ${first} ${second} recipe from the market? The ${first} was lovely.`,
  );
  const tokenBefore = await db.spamToken.findUnique({ where: { token: first } });

  const spam = await pendingComment(`Order ${first} ${second} now, the best ${first} deal of the week.`);
  const context = await staffContext(browser);
  const page = await context.newPage();
  await openQueue(page);
  await expect(page.locator("[data-queue-row]").first()).toHaveAttribute("data-comment-id", String(spam.id));
  await page.keyboard.press("j");
  await page.keyboard.press("s");
  await expect(page.getByTestId("moderation-result")).toHaveText("Marked as spam: 1 comment.");
  await expect(page.locator(`[data-queue-row][data-comment-id="${spam.id}"]`)).toHaveCount(0);
  expect((await db.comment.findUniqueOrThrow({ where: { id: spam.id } })).status).toBe("SPAM");

  const tokenAfter = await db.spamToken.findUniqueOrThrow({ where: { token: first } });
  expect(tokenAfter.spamCount).toBe((tokenBefore?.spamCount ?? 0) + 1);

  const after = await postAsReader(
    browser,
    `Has anyone cooked the ${first} ${second} recipe from the market? The ${second} was lovely.`,
  );
  expect(before.spamScore).not.toBeNull();
  expect(after.spamScore!).toBeGreaterThan(before.spamScore!);

  // The Spam tab shows why: the score and its top signals.
  await page.goto(`/admin/comments?tab=spam&q=${encodeURIComponent(spam.body)}`);
  await expect(page.locator("[data-queue-row]")).toHaveCount(1);
  await expect(page.locator(".queue-spam")).toContainText("the filter learned it as spam");
  await context.close();
});

test("? shows the keyboard shortcuts and hides them again", async ({ browser }) => {
  const context = await staffContext(browser);
  const page = await context.newPage();
  await openQueue(page);
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toBeHidden();
  await page.keyboard.press("?");
  await expect(help).toBeVisible();
  await expect(help).toContainText("Mark as spam");
  await page.keyboard.press("?");
  await expect(help).toBeHidden();
  await page.keyboard.press("?");
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();
  await context.close();
});

test("without JavaScript: trash a selection, reply as staff, with the result shown", async ({ browser }) => {
  const [one, two] = [
    await pendingComment(`No-script one ${unique()}`, -2000),
    await pendingComment(`No-script two ${unique()}`, -3000),
  ];
  const context = await staffContext(browser, false);
  const page = await context.newPage();
  await page.goto("/admin/comments?tab=pending");
  for (const { id } of [one, two])
    await page.locator(`[data-queue-row][data-comment-id="${id}"] input[type="checkbox"]`).check();
  await page.locator("#moderation-bulk").getByRole("button", { name: "Trash" }).click();
  await expect(page).toHaveURL(/\/admin\/comments\?tab=pending$/);
  await expect(page.getByTestId("moderation-result")).toHaveText("Moved to the trash: 2 comments.");
  expect(
    (await db.comment.findMany({ where: { id: { in: [one.id, two.id] } } })).map((row) => row.status),
  ).toEqual(["TRASH", "TRASH"]);

  const parent = await pendingComment(`Question for the newsroom ${unique()}`);
  await page.goto("/admin/comments?tab=pending");
  const row = page.locator(`[data-queue-row][data-comment-id="${parent.id}"]`);
  await row.getByText("Reply as staff").click();
  const reply = `Thanks for asking, here is the answer ${unique()}`;
  await row.getByRole("textbox").fill(reply);
  await row.getByRole("button", { name: "Publish reply" }).click();
  await expect(page.getByTestId("moderation-result")).toHaveText("Comment approved and reply published.");
  const stored = await db.comment.findFirstOrThrow({ where: { body: reply } });
  const moderator = await db.user.findUniqueOrThrow({ where: { email: "moderator@lede.test" } });
  expect(stored).toMatchObject({
    parentId: parent.id,
    status: "APPROVED",
    ipHash: "staff",
    staffAuthorId: moderator.id,
    authorName: moderator.name,
  });
  expect((await db.comment.findUniqueOrThrow({ where: { id: parent.id } })).status).toBe("APPROVED");
  await context.close();
});
