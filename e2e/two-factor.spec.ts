// Two-factor sign-in for a staff member, from their account page to the next sign-ins: a code
// from an authenticator app after the password, a recovery code accepted once.
import AxeBuilder from "@axe-core/playwright";
import { hash } from "@node-rs/argon2";
import { expect, test, type Page } from "@playwright/test";
import { TOTP } from "otpauth";
import { db } from "./support";

const PASSWORD = "a long enough password 2026";
const codeAt = (secret: string, offsetMs = 0) =>
  new TOTP({ secret, digits: 6, period: 30 }).generate({ timestamp: Date.now() + offsetMs });

async function signIn(page: Page, email: string) {
  await page.goto("/admin/sign-in?from=%2Fadmin%2Faccount");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("turn on two-factor sign-in, then sign in with a code, and once with a recovery code", async ({
  page,
}) => {
  const email = `two-factor-${Date.now().toString(36)}@lede.test`;
  await db.user.create({
    data: { email, name: "Two Factor", passwordHash: await hash(PASSWORD), role: "MODERATOR" },
  });
  await signIn(page, email);
  await page.waitForURL("**/admin/account");
  const panel = page.getByTestId("two-factor");
  await panel.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  const secret = (await panel.getByTestId("two-factor-key").textContent())!.trim();
  await expect(panel.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  await panel.getByLabel("Code from the app").fill("000000");
  await panel.getByRole("button", { name: "Turn on", exact: true }).click();
  await expect(page.getByTestId("two-factor-message")).toContainText("That code is not right");
  await panel.getByLabel("Code from the app").fill(codeAt(secret));
  await panel.getByRole("button", { name: "Turn on", exact: true }).click();
  await expect(page.getByTestId("two-factor-message")).toContainText("Two-factor sign-in is on");
  const recovery = await page.getByTestId("recovery-codes").locator("code").allTextContents();
  expect(recovery).toHaveLength(10);
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);
  const stored = await db.user.findUniqueOrThrow({ where: { email } });
  expect(stored.totpSecret).not.toContain(secret); // encrypted at rest
  expect(stored.recoveryCodes.join(" ")).not.toContain(recovery[0]!); // hashed

  // Next sign-in: the password alone is not enough.
  await page.context().clearCookies();
  await signIn(page, email);
  const code = page.getByLabel("Authentication code");
  await expect(code).toBeFocused();
  await code.fill("123456");
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByTestId("sign-in-error")).toContainText("That code is not right");
  // The code of the next 30-second step (one step of drift is allowed; the current one was used).
  await page.getByLabel("Authentication code").fill(codeAt(secret, 30_000));
  await page.getByRole("button", { name: "Verify" }).click();
  await page.waitForURL("**/admin/account");
  await expect(page.getByTestId("two-factor")).toContainText("10 recovery codes left.");

  // A recovery code signs in once.
  for (const expected of ["signed in", "refused"] as const) {
    await page.context().clearCookies();
    await signIn(page, email);
    await page.getByLabel("Authentication code").fill(recovery[0]!);
    await page.getByRole("button", { name: "Verify" }).click();
    if (expected === "signed in") {
      await page.waitForURL("**/admin/account");
      await expect(page.getByTestId("two-factor")).toContainText("9 recovery codes left.");
    } else await expect(page.getByTestId("sign-in-error")).toContainText("That code is not right");
  }
  const audit = await db.auditEntry.findMany({
    where: { targetType: "user", targetId: String(stored.id), action: { startsWith: "auth." } },
    select: { action: true },
  });
  expect(audit.map((entry) => entry.action)).toEqual(
    expect.arrayContaining(["auth.two-factor-on", "auth.sign-in", "auth.sign-in-failed"]),
  );
});
