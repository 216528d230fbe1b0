// Readers' mail on the embedded default (no SMTP_URL: .eml files written by the server's job
// worker): "Email me when someone replies" → a confirmation mail whose link opens a page with a
// button; a held reply sends nothing; the moderator's approval sends a notification with the
// reply's permalink; its unsubscribe link works with one click on the page's button.
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { simpleParser, type ParsedMail } from "mailparser";
import { emailHash } from "@/lib/comments/identity";
import { db, quietArticle, readerContext, signInAs } from "./support";

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const folder = process.env.E2E_MAIL_DIR!;

/** The mails to an address written so far, oldest first, waiting until `count` are there. */
async function mailsTo(email: string, count: number): Promise<ParsedMail[]> {
  let rows: { file: string | null }[] = [];
  await expect
    .poll(
      async () => {
        rows = await db.mailOutbox.findMany({
          where: { toHash: emailHash(email), status: "SENT" },
          orderBy: { id: "asc" },
          select: { file: true },
        });
        return rows.length;
      },
      { timeout: 20_000 },
    )
    .toBe(count);
  expect(await readdir(folder)).toEqual(expect.arrayContaining(rows.map((row) => row.file)));
  return Promise.all(rows.map(async (row) => simpleParser(await readFile(path.join(folder, row.file!)))));
}

const link = (mail: ParsedMail, kind: string) =>
  mail.text!.match(new RegExp(`(http://localhost:\\d+/mail/${kind}/[\\w.-]+)`))![1]!;

test("confirm by mail, no notice of a held reply, a notice with the permalink once approved, one-click unsubscribe", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const quiet = await quietArticle();
  const href = quiet.href;

  // A reader asks to hear of replies.
  const reader = await readerContext(browser);
  const page = await reader.newPage();
  await page.goto(href);
  await page.locator("#respond [data-ready]").waitFor();
  const email = `subscriber-${unique()}@example.org`;
  const body = `Worth a reply ${unique()}`;
  const respond = page.locator("#respond");
  await respond.getByRole("textbox", { name: "Comment", exact: true }).fill(body);
  await respond.getByRole("textbox", { name: "Name", exact: true }).fill("Subscriber");
  await respond.getByRole("textbox", { name: "Email", exact: true }).fill(email);
  await respond.getByRole("checkbox", { name: "Email me when someone replies" }).check();
  await page.waitForTimeout(3100);
  await respond.getByRole("button", { name: "Post Comment" }).click();
  await expect(page.getByTestId("notify-note")).toBeVisible();

  const [confirmation] = await mailsTo(email, 1);
  expect(confirmation!.subject).toMatch(/confirm/i);
  // Opening the link changes nothing; the button does.
  await page.goto(link(confirmation!, "confirm"));
  expect(
    (await db.mailRecipient.findUniqueOrThrow({ where: { emailHash: emailHash(email) } })).confirmedAt,
  ).toBeNull();
  await page.getByRole("button", { name: "Yes, email me about replies" }).click();
  await expect(page.getByTestId("mail-link-result")).toContainText("Thank you");

  // The reader's own comment is approved (the moderator's queue is exercised below).
  const own = await db.comment.findFirstOrThrow({ where: { body } });
  await db.comment.update({ where: { id: own.id }, data: { status: "APPROVED" } });

  // Another reader replies through the reply page; it is held (a first comment).
  const replier = await readerContext(browser, { javaScriptEnabled: false });
  const replyPage = await replier.newPage();
  await replyPage.goto(`/comments/respond?article=${quiet.id}&replyTo=${own.id}`);
  const replyBody = `A held reply ${unique()}`;
  const replyForm = replyPage.locator("#respond");
  await replyForm.getByRole("textbox", { name: "Comment", exact: true }).fill(replyBody);
  await replyForm.getByRole("textbox", { name: "Name", exact: true }).fill("Replier");
  await replyForm
    .getByRole("textbox", { name: "Email", exact: true })
    .fill(`replier-${unique()}@example.org`);
  await replyPage.waitForTimeout(3100);
  await replyForm.getByRole("button", { name: "Post Reply" }).click();
  await expect(replyPage.locator(".comment-posted")).toContainText("awaiting moderation");
  const reply = await db.comment.findFirstOrThrow({ where: { body: replyBody } });
  expect(reply.status).toBe("PENDING");
  await page.waitForTimeout(2000);
  expect(await db.mailOutbox.count({ where: { toHash: emailHash(email), kind: "reply" } })).toBe(0);

  // The moderator approves it from the queue.
  const staff = await browser.newContext();
  const queue = await staff.newPage();
  await signInAs(queue, "MODERATOR", "/admin/comments");
  await queue.locator(`[data-queue-row][data-comment-id="${reply.id}"]`).waitFor();
  await queue.locator(`[data-queue-row][data-comment-id="${reply.id}"]`).click({ position: { x: 5, y: 5 } });
  await queue.keyboard.press("a");
  await expect(queue.getByTestId("moderation-result")).toHaveText("Approved: 1 comment.");

  const [, notification] = await mailsTo(email, 2);
  expect(notification!.subject).toContain("Replier replied to your comment");
  expect(notification!.text).toContain(`/comment/${reply.id}`);
  expect(notification!.text).not.toContain("replier-");
  // The permalink leads to the reply.
  const permalink = notification!.text!.match(/(http:\/\/localhost:\d+\/comment\/\d+)/)![1]!;
  await page.goto(permalink);
  await expect(page.locator(`#comment-${reply.id}`)).toContainText(replyBody);

  // Unsubscribe from this conversation: the page, then one click.
  await page.goto(link(notification!, "unsubscribe"));
  await page.getByRole("button", { name: "Unsubscribe from this conversation" }).click();
  await expect(page.getByTestId("mail-link-result")).toContainText("no more emails about this conversation");
  expect((await db.replySubscription.findUniqueOrThrow({ where: { commentId: own.id } })).active).toBe(false);
  await staff.close();
  await replier.close();
  await reader.close();
});
