import { expect, test } from "@playwright/test";

const SEED_TITLE = "Les opinions se heurtent alors que Blinken et Lavrov discutent de l’Ukraine";
const READ_ALSO = [
  "Comment Biden a brisé l'OTAN",
  "Tour d'horizon de la WHL : Klassen domine alors que les Winterhawks battent les Chiefs 6-1",
  "Transports Canada affirme que l'administration portuaire est indépendante sur Ojibway Shores",
];

test("home → seed article: headline, source, French body and its Read-also links", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Recent News" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Editor's Pick" })).toBeVisible();
  await page.getByRole("link", { name: SEED_TITLE }).first().click();

  await expect(page.getByRole("heading", { level: 1 })).toContainText(SEED_TITLE);
  await expect(page.locator(".article-header .source")).toHaveText("– POLITICO");
  const body = page.locator(".article-body");
  await expect(body).toHaveAttribute("lang", "fr");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(body).toContainText("Le meilleur moyen d’éviter une crise est la diplomatie.");

  // Each "Lire aussi" line sits right after the paragraph the seed page had it after.
  const readAlso = body.locator(".read-also");
  await expect(readAlso).toHaveCount(3);
  await expect(readAlso.nth(0)).toContainText(`Lire aussi ${READ_ALSO[0]}`);
  const previous = (index: number) =>
    readAlso.nth(index).evaluate((node) => node.previousElementSibling?.lastElementChild?.textContent ?? "");
  expect(await previous(0)).toContain("crée un autre canal de dialogue directement avec le Kremlin");
  expect(await previous(1)).toContain("J’attends avec impatience des éclaircissements");
  expect(await previous(2)).toContain("si elle prend de nouvelles mesures agressives contre l’Ukraine");

  await readAlso.nth(1).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(READ_ALSO[1]!);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the article page renders fully", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: SEED_TITLE }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(SEED_TITLE);
    await expect(page.locator(".read-also")).toHaveCount(3);
    await expect(page.getByRole("heading", { name: "Recent News" })).toBeVisible();
    await expect(page.locator(".sidebar .story-list li").first()).toBeVisible();
  });
});

test("drafts and unknown articles are not found", async ({ page }) => {
  for (const path of ["/politics/draft-city-council-budget-vote", "/culture/scheduled-weekend-cultural-agenda", "/world/no-such-story"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
});
