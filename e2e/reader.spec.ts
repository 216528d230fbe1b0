import { expect, test } from "@playwright/test";
import { xml2js, type Element } from "xml-js";
import { ARCHIVE_SECTION } from "./fixtures";

const SEED_TITLE = "Les opinions se heurtent alors que Blinken et Lavrov discutent de l’Ukraine";
const SEED_PATH = "/world/les-opinions-se-heurtent-alors-que-blinken-et-lavrov-discutent-de-lukraine";
const READ_ALSO = [
  "Comment Biden a brisé l'OTAN",
  "Tour d'horizon de la WHL : Klassen domine alors que les Winterhawks battent les Chiefs 6-1",
  "Transports Canada affirme que l'administration portuaire est indépendante sur Ojibway Shores",
];

test("home → seed article: headline, source, French body and its Read-also links", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Recent News" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Editor's Pick" })).toBeVisible();
  await expect(page.locator(".sidebar .picks li")).not.toHaveCount(0);
  await page.getByRole("link", { name: SEED_TITLE }).first().click();

  await expect(page).toHaveURL(SEED_PATH);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(SEED_TITLE);
  await expect(page.locator(".article-header .source")).toHaveText("– POLITICO");
  const body = page.locator(".article-body");
  await expect(body).toHaveAttribute("lang", "fr");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(body).toContainText("Le meilleur moyen d’éviter une crise est la diplomatie.");
  await expect(page.locator(".article time").first()).toHaveAttribute("datetime", /^\d{4}-\d\d-\d\dT/);

  // Each "Lire aussi" line sits right after the paragraph the seed page had it after.
  const readAlso = body.locator(".read-also");
  await expect(readAlso).toHaveCount(3);
  for (const [index, title] of READ_ALSO.entries())
    await expect(readAlso.nth(index)).toContainText(`Lire aussi ${title}`);
  const previous = (index: number) =>
    readAlso.nth(index).evaluate((node) => node.previousElementSibling?.lastElementChild?.textContent ?? "");
  expect(await previous(0)).toContain("crée un autre canal de dialogue directement avec le Kremlin");
  expect(await previous(1)).toContain("J’attends avec impatience des éclaircissements");
  expect(await previous(2)).toContain("si elle prend de nouvelles mesures agressives contre l’Ukraine");

  // Recent News leaves out the article being read.
  await expect(page.locator(".sidebar").getByRole("link", { name: SEED_TITLE })).toHaveCount(0);
  await expect(page.locator(".sidebar .story-list li")).not.toHaveCount(0);

  await readAlso.nth(1).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(READ_ALSO[1]!);
});

test("the article's JSON-LD is a NewsArticle with the required fields and no private data", async ({
  page,
  request,
}) => {
  await page.goto(SEED_PATH);
  const raw = await page.locator('script[type="application/ld+json"]').textContent();
  const data = JSON.parse(raw!);
  expect(data["@type"]).toBe("NewsArticle");
  expect(data.headline).toBe(SEED_TITLE);
  expect(data.inLanguage).toBe("fr");
  expect(new Date(data.datePublished).toString()).not.toBe("Invalid Date");
  expect(new Date(data.dateModified).getTime()).toBeGreaterThanOrEqual(
    new Date(data.datePublished).getTime(),
  );
  expect(data.author[0]).toMatchObject({ "@type": "Person", name: expect.any(String) });
  expect(data.publisher).toMatchObject({
    "@type": "Organization",
    logo: { url: expect.stringMatching(/^https?:\/\//) },
  });
  expect(data.image[0]).toMatch(/^https?:\/\//);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`${SEED_PATH}$`));
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", /summary/);
  const html = await (await request.get(SEED_PATH)).text();
  // No commenter email address or hash reaches the page (the form field names aside).
  expect(html).not.toMatch(/[\w.+-]+@example\.(com|org|net)|ipHash|emailHash/);
});

test("section pages page through older stories by keyset", async ({ page }) => {
  await page.goto(`/${ARCHIVE_SECTION.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ARCHIVE_SECTION.name);
  // Client navigation keeps the previous page hidden in the DOM (React Activity): count what shows.
  const titles = async () => page.locator(".listing .story-link:visible").allTextContents();
  const older = async () => {
    const [topBefore] = await titles();
    await page.getByRole("link", { name: "Older stories →" }).click();
    await expect(page).toHaveURL(/\/archive\/older\//);
    await expect(page.locator(".listing .story-link:visible").first()).not.toHaveText(topBefore!);
    return titles();
  };
  const first = await titles();
  expect(first).toHaveLength(20);
  expect(first.slice(0, 3)).toEqual(["Archive story 02", "Archive story 01", "Archive story 04"]); // ties: higher id first
  const second = await older();
  expect(second).toHaveLength(20);
  expect(second[0]).toBe("Archive story 22");
  const third = await older();
  expect(third).toHaveLength(5);
  await expect(page.getByRole("link", { name: "Older stories →" })).toHaveCount(0);
  const all = [...first, ...second, ...third];
  expect(new Set(all).size).toBe(ARCHIVE_SECTION.count);
  await page.getByRole("link", { name: "Latest stories" }).click();
  await expect(page).toHaveURL(`/${ARCHIVE_SECTION.slug}`);
});

test("search finds French and English stories, with stemming and without accents", async ({ page }) => {
  await page.goto("/search");
  await page.getByRole("searchbox").fill("élection");
  await page.getByRole("searchbox").press("Enter");
  await expect(page).toHaveURL(/\/search\?q=/);
  const results = page.locator(".search-results li, .search-result");
  await expect(results.first()).toBeVisible();
  await expect(
    page
      .locator('[lang="fr"]')
      .filter({ hasText: /Élections/ })
      .first(),
  ).toBeVisible();
  await expect(page.locator("mark").first()).toBeVisible();

  await page.goto("/search?q=elections");
  await expect(page.locator('a[lang="en"]').first()).toBeVisible();
  await expect(page.locator('a[lang="fr"]').first()).toBeVisible(); // accent-insensitive: "Élections"

  await page.goto("/search?q=zzzxqv");
  await expect(page.getByText(/no (results|stories)/i).first()).toBeVisible();
});

function elements(node: Element, name: string): Element[] {
  return (node.elements ?? []).flatMap((child) => [
    ...(child.name === name ? [child] : []),
    ...elements(child, name),
  ]);
}
const text = (node: Element) =>
  (node.elements ?? []).map((child) => child.text ?? child.cdata ?? "").join("");

test("feeds and sitemaps are well-formed XML and list the seed article", async ({ request, baseURL }) => {
  const articleUrl = `${baseURL}${SEED_PATH}`;
  for (const path of ["/feed.xml", "/world/feed.xml"]) {
    const response = await request.get(path);
    expect(response.headers()["content-type"]).toContain("application/rss+xml");
    const doc = xml2js(await response.text()) as Element;
    expect(
      elements(doc, "item").some((item) => elements(item, "link").some((link) => text(link) === articleUrl)),
    ).toBe(true);
  }
  const atom = xml2js(await (await request.get("/atom.xml")).text()) as Element;
  expect(
    elements(atom, "entry").some((entry) =>
      elements(entry, "link").some((link) => link.attributes?.href === articleUrl),
    ),
  ).toBe(true);

  const index = xml2js(await (await request.get("/sitemap.xml")).text()) as Element;
  const sitemapUrls = elements(index, "loc").map(text);
  expect(sitemapUrls.length).toBeGreaterThan(0);
  const locs: string[] = [];
  for (const url of sitemapUrls)
    locs.push(...elements(xml2js(await (await request.get(url)).text()) as Element, "loc").map(text));
  expect(locs).toContain(articleUrl);
  expect(locs).toContain(`${baseURL}/world`);

  const news = xml2js(await (await request.get("/news-sitemap.xml")).text()) as Element;
  const entry = elements(news, "url").find((url) =>
    elements(url, "loc").some((loc) => text(loc) === articleUrl),
  );
  expect(entry).toBeDefined();
  expect(text(elements(entry!, "news:language")[0]!)).toBe("fr");

  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Sitemap: https?:\/\/\S+\/sitemap\.xml/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("home, article, section and search render fully", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: SEED_TITLE }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(SEED_TITLE);
    await expect(page.locator(".read-also")).toHaveCount(3);
    await expect(page.getByRole("heading", { name: "Recent News" })).toBeVisible();
    await expect(page.locator(".sidebar .story-list li").first()).toBeVisible();
    await page.goto(`/${ARCHIVE_SECTION.slug}`);
    await page.getByRole("link", { name: "Older stories →" }).click();
    await expect(page.locator(".listing .story-link:visible")).toHaveCount(20);
    await page.goto("/search?q=Lavrov");
    await expect(page.getByRole("link", { name: SEED_TITLE })).toBeVisible();
  });
});

test("drafts, future articles and unknown pages are 404 in the site's style", async ({ page }) => {
  for (const path of [
    "/politics/draft-city-council-budget-vote",
    "/culture/scheduled-weekend-cultural-agenda",
    "/world/no-such-story",
    "/no-such-section",
    "/tag/no-such-tag",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "We can’t find that page" })).toBeVisible();
  }
});
