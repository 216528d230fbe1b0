// The hardened surface as a browser sees it: a Content-Security-Policy on reader, admin and API
// responses (nonce-based scripts in the dashboard), pages that still work under it (no CSP
// violation reported on the console), and real status codes for every dashboard route and role,
// generated from the route table proxy.ts uses.
import { expect, test, type Page } from "@playwright/test";
import { FORBIDDEN_HEADING } from "@/lib/auth/forbidden-page";
import { ADMIN_ROUTES } from "@/lib/auth/route-access";
import { can, ROLES } from "@/lib/auth/roles";
import { db, readerContext, signInAs } from "./support";

const ARTICLE = "/world/les-opinions-se-heurtent-alors-que-blinken-et-lavrov-discutent-de-lukraine";

/** Collects the console's CSP violation reports of a page. */
function cspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text()))
      violations.push(message.text());
  });
  return violations;
}

test("every kind of response carries the policy; the dashboard's scripts need a nonce", async ({
  request,
}) => {
  for (const path of ["/", ARTICLE, "/feed.xml", "/api/auth/session", "/no-such-page"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    const policy = response.headers()["content-security-policy"] ?? "";
    for (const directive of [
      "default-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "form-action 'self'",
      "img-src 'self' blob:",
    ])
      expect(policy, path).toContain(directive);
    expect(policy, path).not.toContain("unsafe-eval");
    expect(policy, path).toContain("script-src 'self' 'unsafe-inline'");
  }
  for (const path of ["/admin/sign-in", "/admin", "/admin/users"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    const policy = response.headers()["content-security-policy"] ?? "";
    expect(policy, path).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'(;|$)/);
    expect(policy, path).not.toContain("unsafe-eval");
    expect(policy, path).toContain("object-src 'none'");
  }
  // Served over http here: no HSTS (it is sent when SITE_URL is https).
  expect((await request.get("/")).headers()["strict-transport-security"]).toBeUndefined();
});

test("reader pages work under the policy, without a violation", async ({ page }) => {
  test.setTimeout(60_000);
  const violations = cspViolations(page);
  await page.goto("/");
  // Next's inline scripts ran (the router's data) and the client router navigates.
  await page.waitForFunction(() => "__next_f" in window);
  await page.locator(`a[href="${ARTICLE}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(ARTICLE), { timeout: 15_000 });
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Blinken");
  await page.goto(ARTICLE);
  await expect(page.getByRole("heading", { name: "Leave a Reply" })).toBeVisible();
  expect(violations).toEqual([]);
});

test("dashboard pages work under the nonce policy, without a violation", async ({ browser }) => {
  test.setTimeout(90_000);
  const context = await readerContext(browser);
  const page = await context.newPage();
  const violations = cspViolations(page);
  await signInAs(page, "ADMIN", "/admin/comments");
  // Client navigation, the editor with its live preview, the users page.
  await page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Articles" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Articles" })).toBeVisible();
  await page.goto("/admin/articles/new");
  const field = (label: string) => page.getByLabel(label, { exact: true }).filter({ visible: true });
  await field("Body (Markdown)").fill("A paragraph with a [link](https://example.org).");
  await expect(page.locator(".body-preview .article-body a")).toHaveText("link");
  // The chosen hero image is previewed from a blob: URL before any upload.
  await field("Upload an image").setInputFiles({
    name: "pixel.png",
    mimeType: "image/png",
    buffer: Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
      "base64",
    ),
  });
  await expect
    .poll(() => page.locator('img[src^="blob:"]').evaluate((image: HTMLImageElement) => image.naturalWidth))
    .toBe(1);
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  expect(violations).toEqual([]);
  await context.close();
});

test("every dashboard route answers each role with its real status", async ({ browser }) => {
  test.setTimeout(180_000);
  const draft = await db.article.findFirstOrThrow({ where: { status: "DRAFT" } });
  const pathOf = (prefix: string) => (prefix === "/admin/preview" ? `/admin/preview/${draft.id}` : prefix);
  const routes = ADMIN_ROUTES.filter((route) => route.capability !== "public");

  const anonymous = await readerContext(browser);
  for (const route of routes) {
    const path = pathOf(route.prefix);
    const page = await anonymous.request.get(path, { maxRedirects: 0 });
    expect(page.status(), `anonymous ${path}`).toBe(307);
    expect(page.headers().location, `anonymous ${path}`).toContain("/admin/sign-in?from=");
    const call = await anonymous.request.post(path, {
      headers: { "next-action": "0".repeat(42) },
      data: "[]",
    });
    expect(call.status(), `anonymous action call on ${path}`).toBe(401);
  }
  await anonymous.close();

  for (const role of ROLES) {
    const context = await readerContext(browser);
    const page = await context.newPage();
    await signInAs(page, role, "/admin");
    for (const route of routes) {
      const path = pathOf(route.prefix);
      const allowed = route.capability !== "public" && can(role, route.capability);
      const response = await context.request.get(path, { maxRedirects: 0 });
      expect(response.status(), `${role} ${path}`).toBe(allowed ? 200 : 403);
      if (!allowed) {
        expect(await response.text(), `${role} ${path}`).toContain(FORBIDDEN_HEADING);
        const call = await context.request.post(path, {
          headers: { "next-action": "0".repeat(42) },
          data: "[]",
        });
        expect(call.status(), `${role} action call on ${path}`).toBe(403);
      }
    }
    expect((await context.request.get("/admin/no-such-page")).status(), `${role} unknown page`).toBe(404);
    await context.close();
  }
});

test("20 wrong passwords from one address do not keep the owner out from another", async ({ browser }) => {
  test.setTimeout(240_000);
  const email = `signin-owner-${Date.now()}@lede.test`;
  const password = "the-owners-password-2026";
  const { hash } = await import("@node-rs/argon2");
  await db.user.create({
    data: { email, name: "Sign-in owner", role: "MODERATOR", passwordHash: await hash(password) },
  });

  const signIn = async (page: Page, typed: string) => {
    await page.goto("/admin/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(typed);
    await page.getByRole("button", { name: "Sign in" }).click();
  };
  // Made-up client addresses (documentation range) in X-Forwarded-For, as a proxy would send.
  const stranger = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.66" } });
  const strangerPage = await stranger.newPage();
  for (let attempt = 1; attempt <= 20; attempt += 1) {
    await signIn(strangerPage, `guess-${attempt}`);
    await expect(strangerPage.getByTestId("sign-in-error")).toBeVisible();
  }
  await expect(strangerPage.getByTestId("sign-in-error")).toContainText("Too many failed sign-ins");
  await stranger.close();

  const owner = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.77" } });
  const ownerPage = await owner.newPage();
  await signIn(ownerPage, password);
  await ownerPage.waitForURL((url) => url.pathname === "/admin", { timeout: 20_000 });
  await expect(ownerPage.getByRole("navigation", { name: "Dashboard" })).toBeVisible();
  await owner.close();
});
