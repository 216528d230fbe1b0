// The dashboard's data-protection, DSA and staff-mail tools in a browser: erase a commenter
// (their thread still renders), a reader's notice of illegal content decided with a statement
// of reasons (and counted on /transparency), an invitation by mail, and the admin's mail list.
import { randomBytes } from "node:crypto";
import { expect, test, type Browser } from "@playwright/test";
import { emailHash } from "@/lib/comments/identity";
import { db, quietArticle, readerContext, signInAs } from "./support";

const unique = () => `${Date.now().toString(36)}${randomBytes(2).toString("hex")}`;

async function approvedComment(
  articleId: number,
  name: string,
  email: string,
  body: string,
  parentId?: number,
) {
  const row = await db.comment.create({
    data: {
      articleId,
      parentId: parentId ?? null,
      depth: parentId ? 1 : 0,
      authorName: name,
      authorEmail: email,
      emailHash: emailHash(email),
      body,
      status: "APPROVED",
      ipHash: randomBytes(32).toString("hex"),
    },
  });
  await db.comment.update({ where: { id: row.id }, data: { threadId: parentId ?? row.id } });
  return row;
}

async function staffPage(browser: Browser, role: "MODERATOR" | "ADMIN", path: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, role, path);
  return { context, page };
}

test("a moderator finds, exports and erases a commenter; the thread still renders", async ({ browser }) => {
  const article = await quietArticle();
  const email = `erase-me-${unique()}@example.org`;
  const name = `Ephemeral ${unique()}`;
  const own = await approvedComment(article.id, name, email, `A comment to forget ${unique()}`);
  const answer = await approvedComment(
    article.id,
    "Neighbour",
    `n-${unique()}@example.org`,
    `An answer that stays ${unique()}`,
    own.id,
  );

  const { context, page } = await staffPage(browser, "MODERATOR", "/admin/commenters");
  await page.getByLabel("Email or email hash").fill(email);
  await page.getByRole("button", { name: "Find" }).click();
  await expect(page.getByTestId("commenter-comments")).toContainText(own.body);
  const exported = await page.request.get(`/admin/commenters/${emailHash(email)}/export`);
  expect(exported.headers()["content-disposition"]).toContain("attachment");
  expect((await exported.json()).emails).toEqual([email]);

  await page.getByRole("button", { name: "Erase this commenter" }).click();
  await expect(page.getByText("Tick the box to confirm the erasure.")).toBeVisible();
  expect(await db.comment.count({ where: { emailHash: emailHash(email) } })).toBe(1);
  await page.getByLabel(/I understand/).check();
  await page.getByRole("button", { name: "Erase this commenter" }).click();
  // The page shows the commenter's data no more, and says what was done.
  await expect(page.getByTestId("commenter-empty")).toBeVisible();
  await expect(page.getByTestId("erase-message")).toContainText("Erased: 1 comment(s)");
  expect(await db.comment.count({ where: { emailHash: emailHash(email) } })).toBe(0);
  expect(
    await db.auditEntry.count({
      where: { action: "commenter.erase", details: { path: ["comments"], equals: 1 } },
    }),
  ).toBeGreaterThan(0);

  const reader = await readerContext(browser);
  const articlePage = await reader.newPage();
  await articlePage.goto(`/comment/${answer.id}`);
  await expect(articlePage.locator(`#comment-${answer.id}`)).toContainText(answer.body);
  await expect(articlePage.locator(`#comment-${own.id}`)).toContainText("Anonymous");
  await expect(articlePage.locator("body")).not.toContainText(name);
  await reader.close();
  await context.close();
});

test("a notice of illegal content is decided with a statement of reasons and counted on /transparency", async ({
  browser,
}) => {
  const article = await quietArticle();
  const author = `dsa-author-${unique()}@example.org`;
  const target = await approvedComment(article.id, "Accused", author, `Something questionable ${unique()}`);

  // Without JavaScript, the report page links to the notice form.
  const reader = await readerContext(browser, { javaScriptEnabled: false });
  const page = await reader.newPage();
  await page.goto(`/comment/${target.id}/report`);
  await page.getByRole("link", { name: "Report illegal content" }).click();
  await page.getByLabel("Legal ground").fill("Defamation");
  await page
    .getByLabel("Why the comment is illegal")
    .fill("It accuses a named person of fraud without any basis.");
  const notifier = `notifier-${unique()}@example.org`;
  await page.getByLabel(/Your email/).fill(notifier);
  await page.getByLabel(/I confirm in good faith/).check();
  await page.getByRole("button", { name: "Send the notice" }).click();
  await expect(page.getByTestId("notice-result")).toContainText("Your notice was received");
  const notice = await db.dsaNotice.findFirstOrThrow({ where: { commentId: target.id } });

  const { context, page: queue } = await staffPage(browser, "MODERATOR", "/admin/comments");
  await queue.getByRole("link", { name: /Illegal content/ }).click();
  const section = queue.getByTestId(`notice-${notice.id}`);
  await section.getByLabel("Remove the comment").check();
  await section
    .getByLabel(/Facts and circumstances/)
    .fill("The comment names a person and alleges fraud without evidence.");
  await section.getByRole("button", { name: "Decide and send the statement of reasons" }).click();
  // Decided: the notice leaves the open list for the decided one, with its statement of reasons.
  await expect(queue.getByTestId(`notice-${notice.id}`)).toHaveCount(0);
  await expect(queue.locator("table")).toContainText("alleges fraud without evidence");
  expect((await db.comment.findUniqueOrThrow({ where: { id: target.id } })).status).toBe("TRASH");
  expect(
    await db.mailOutbox.count({
      where: { toHash: { in: [emailHash(author), emailHash(notifier)] }, kind: "dsa-decision" },
    }),
  ).toBe(2);

  await page.goto("/transparency");
  const month = new Date().toISOString().slice(0, 7);
  await expect(
    page.getByTestId("transparency-table").getByRole("row", { name: new RegExp(month) }),
  ).toBeVisible();
  await reader.close();
  await context.close();
});

test("an admin invites a staff member, who sets their password from the mailed link; the mail is listed", async ({
  browser,
}) => {
  const { context, page } = await staffPage(browser, "ADMIN", "/admin/users");
  const email = `invitee-${unique()}@lede.test`;
  await page.locator("#new-name").fill("Invited Editor");
  await page.locator("#new-email").fill(email);
  await page.locator("#new-role").selectOption("EDITOR");
  await page.getByRole("button", { name: "Invite by email instead" }).click();
  await expect(page.getByTestId("users-message")).toContainText("Invited Invited Editor");
  const mail = await db.mailOutbox.findFirstOrThrow({ where: { toEmail: email, kind: "invite" } });
  const link = mail.text.match(/(http:\/\/localhost:\d+\/admin\/set-password\/[\w-]+)/)![1]!;

  await page.goto("/admin/mail");
  await expect(page.getByTestId("mail-table")).toContainText(email);

  const invitee = await browser.newContext();
  const own = await invitee.newPage();
  await own.goto(link);
  await own.getByLabel(/New password/).fill("invited-password-2026");
  await own.getByLabel("The same again").fill("invited-password-2026");
  await own.getByRole("button", { name: "Set my password" }).click();
  await expect(own.getByTestId("password-message")).toContainText("Your password is set");
  await own.goto("/admin/sign-in");
  await own.getByLabel("Email").fill(email);
  await own.getByLabel("Password").fill("invited-password-2026");
  await own.getByRole("button", { name: "Sign in" }).click();
  await own.waitForURL((url) => url.pathname === "/admin");
  // Used once: the link is dead now.
  await own.goto(link);
  await expect(own.getByTestId("password-message")).toContainText("expired or was already used");
  await invitee.close();
  await context.close();
});
