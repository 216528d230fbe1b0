import { spawnSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { db } from "./support";
import { anchorExport } from "../tests/support/wordpress-fixture";

// The real WordPress export (shared folder beside the project) imported into the running site's
// database: its old links must lead to the imported articles and their comments. This file
// runs last (alphabetical order), so the imported posts (dated 2021) disturb no other journey.

const SEED_PERMALINK =
  "/2021/12/02/les-opinions-se-heurtent-alors-que-blinken-et-lavrov-discutent-de-lukraine/";
let seedHref = "";

// Pages rendered on their first visit can be slow on a busy machine.
test.describe.configure({ timeout: 90_000 });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  // The real command, on the end-to-end database.
  const run = spawnSync(
    process.execPath,
    ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/import-wxr.ts", anchorExport()],
    {
      encoding: "utf8",
      env: {
        ...process.env,
        DATABASE_URL: process.env.E2E_DATABASE_URL,
        AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-secret-e2e-secret-e2e-secret-012345",
      },
    },
  );
  expect(run.status, run.stderr).toBe(0);
  expect(run.stdout).toMatch(/articles: +(24 created, 0|0 created, 24) already there/);
  expect(run.stdout).toMatch(/comments: +(200 created|0 created)/);
  const seed = await db.article.findUniqueOrThrow({ where: { wordpressId: 7 }, include: { section: true } });
  seedHref = `/${seed.section.slug}/${seed.slug}`;
});

test("the seed post's WordPress permalink redirects (308) to the imported article, which shows its comments", async ({
  page,
  request,
}) => {
  const first = await request.get(SEED_PERMALINK, { maxRedirects: 0 });
  expect(first.status()).toBe(308);
  const response = await page.goto(SEED_PERMALINK);
  expect(response?.ok()).toBe(true);
  expect(new URL(page.url()).pathname).toBe(seedHref);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Les opinions se heurtent/);
  await expect(page.getByRole("article", { name: "Comment by Julien Martin" }).first()).toBeVisible();
  // The Lire aussi links point to the imported articles, not to the old site.
  const readAlso = page.getByRole("link", { name: "Comment Biden a brisé l'OTAN" }).first();
  await expect(readAlso).toHaveAttribute("href", /^\/monde\/comment-biden-a-brise-lotan$/);
});

test("/?p=<id> redirects to the article; the home page itself stays static", async ({ page, request }) => {
  const old = await request.get("/?p=7", { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  expect(old.headers().location).toBe(seedHref);
  await page.goto("/?p=7");
  expect(new URL(page.url()).pathname).toBe(seedHref);
  const home = await request.get("/");
  expect(home.status()).toBe(200);
  expect(home.headers()["cache-control"] ?? "").not.toMatch(/no-store|private/);
  expect((await request.get("/2021/01/01/never-published", { maxRedirects: 0 })).status()).toBe(404);
});

test("#comment-<WordPress id> lands on the comment, also when it is on a later comments page", async ({
  page,
}) => {
  const article = await db.article.findUniqueOrThrow({ where: { wordpressId: 7 } });
  const onFirstPage = await db.comment.findUniqueOrThrow({ where: { wordpressId: 2 } });
  await page.goto(`${SEED_PERMALINK}#comment-2`);
  await expect(page.locator("#comment-2")).toBeAttached();
  await expect(page.locator(`#comment-${onFirstPage.id}`)).toContainText("Julien Martin");

  const last = await db.comment.findFirstOrThrow({
    where: { articleId: article.id, parentId: null, wordpressId: { not: null } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  await page.goto(`${SEED_PERMALINK}#comment-${last.wordpressId}`);
  await page.waitForURL((url) => /\/comments\/\d+$/.test(url.pathname));
  expect(new URL(page.url()).hash).toBe(`#comment-${last.id}`);
  await expect(page.locator(`#comment-${last.id}`)).toBeVisible();
});
