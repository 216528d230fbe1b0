// Who sees what in the dashboard: each demo role signs in and finds only the links and pages
// its role allows (the others show the 403 page); a wrong password; anonymous visitors; signing out.
import { expect, test, type Browser } from "@playwright/test";
import { readerContext, signInAs, STAFF } from "./support";

const PAGES = [
  { path: "/admin/comments", link: "Comments", heading: "Comments" },
  { path: "/admin/commenters", link: "Commenters", heading: "Commenters" },
  { path: "/admin/articles", link: "Articles", heading: "Articles" },
  { path: "/admin/picks", link: "Editor's Pick", heading: "Editor's Pick" },
  { path: "/admin/pages", link: "Site pages", heading: "Site pages" },
  { path: "/admin/settings", link: "Discussion settings", heading: "Discussion settings" },
  { path: "/admin/users", link: "Users", heading: "Users" },
  { path: "/admin/audit", link: "Audit log", heading: "Audit log" },
  { path: "/admin/mail", link: "Mail", heading: "Mail" },
] as const;

const ALLOWED: Record<keyof typeof STAFF, string[]> = {
  ADMIN: PAGES.map((page) => page.path),
  EDITOR: [
    "/admin/comments",
    "/admin/commenters",
    "/admin/articles",
    "/admin/picks",
    "/admin/pages",
    "/admin/audit",
  ],
  MODERATOR: ["/admin/comments", "/admin/commenters"],
};

const FORBIDDEN_HEADING = "Your role does not give access to this page";

/** A browser of its own (own IP address: sign-in attempts are rate limited per IP). */
async function staffPage(browser: Browser, role: keyof typeof STAFF) {
  const context = await readerContext(browser);
  const page = await context.newPage();
  await signInAs(page, role, "/admin");
  return { context, page };
}

for (const role of Object.keys(ALLOWED) as (keyof typeof STAFF)[]) {
  test(`${role.toLowerCase()} sees only the dashboard pages the role allows`, async ({ browser }) => {
    const { context, page } = await staffPage(browser, role);
    const allowed = PAGES.filter((entry) => ALLOWED[role].includes(entry.path));
    await expect(page.getByRole("navigation", { name: "Dashboard" }).getByRole("link")).toHaveText(
      allowed.map((entry) => entry.link),
    );

    for (const entry of PAGES) {
      const response = await page.goto(entry.path);
      if (ALLOWED[role].includes(entry.path)) {
        expect(response?.status(), entry.path).toBe(200);
        await expect(page.getByRole("heading", { level: 1, name: entry.heading })).toBeVisible();
      } else {
        // The 403 page, with its real status: proxy.ts decides from the session's role before
        // anything is rendered.
        expect(response?.status(), entry.path).toBe(403);
        await expect(page.getByRole("heading", { name: FORBIDDEN_HEADING }), entry.path).toBeVisible();
        await expect(
          page.getByRole("heading", { level: 1, name: entry.heading, exact: true }),
          entry.path,
        ).toHaveCount(0);
      }
    }

    // Signing out ends the session: the dashboard sends back to the sign-in page.
    await page.goto("/admin");
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL((url) => url.pathname === "/admin/sign-in");
    await page.goto("/admin/picks");
    await expect(page).toHaveURL(/\/admin\/sign-in\?from=%2Fadmin%2Fpicks$/);
    await context.close();
  });
}

for (const javaScriptEnabled of [true, false]) {
  test(`a wrong password says so and keeps the email (${javaScriptEnabled ? "with" : "without"} JavaScript)`, async ({
    browser,
  }) => {
    const context = await readerContext(browser, { javaScriptEnabled });
    const page = await context.newPage();
    await page.goto("/admin/sign-in");
    await page.getByLabel("Email").fill(STAFF.MODERATOR.email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("sign-in-error")).toHaveText("Wrong email or password.");
    await expect(page.getByLabel("Email")).toHaveValue(STAFF.MODERATOR.email);
    await expect(page.getByLabel("Password")).toHaveValue("");
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/admin\/sign-in/);
    await context.close();
  });
}

test("anonymous visitors are sent to sign in, and come back where they were going", async ({ browser }) => {
  const context = await readerContext(browser);
  const page = await context.newPage();
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/sign-in\?from=%2Fadmin$/);
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/admin\/sign-in\?from=%2Fadmin%2Fusers$/);
  await page.getByLabel("Email").fill(STAFF.ADMIN.email);
  await page.getByLabel("Password").fill(STAFF.ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === "/admin/users");
  await expect(page.getByTestId("users-table")).toContainText(STAFF.EDITOR.email);
  await context.close();
});
