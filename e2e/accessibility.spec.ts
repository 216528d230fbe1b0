import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const PAGES = {
  home: "/",
  article: "/world/les-opinions-se-heurtent-alors-que-blinken-et-lavrov-discutent-de-lukraine",
  section: "/world",
  search: "/search?q=%C3%A9lection",
  privacy: "/privacy",
};

for (const [name, path] of Object.entries(PAGES)) {
  test(`axe finds no accessibility violations on the ${name} page`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
      .analyze();
    expect(
      results.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
      ),
    ).toEqual([]);
  });
}

test("keyboard: the skip link is the first stop and moves focus to the content", async ({ page }) => {
  await page.goto(PAGES.article);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});
