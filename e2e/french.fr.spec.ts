// The key reader and comment journeys on a site built with SITE_LOCALE=fr (project "fr" in
// playwright.config.ts: a second build, its own server). The interface speaks French; the
// articles keep their own language.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { db, readerContext, STAFF } from "./support";

const SEED_PATH = "/world/les-opinions-se-heurtent-alors-que-blinken-et-lavrov-discutent-de-lukraine";
const FRENCH_MONTH = "(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)";
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  expect(
    results.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    ),
  ).toEqual([]);
}

test("the home page is in French, with French sidebars and dates, and stays prerendered", async ({
  page,
}) => {
  const response = await page.goto("/");
  // Static as in English: the language comes from the build, never from the request.
  expect(response?.headers()["cache-control"] ?? "").not.toContain("no-store");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { name: "Actualités récentes" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Le choix de la rédaction" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Aller au contenu" })).toBeAttached();
  await expect(page.getByRole("navigation", { name: "Rubriques" })).toBeVisible();
  await expect(page.locator(".sidebar time").first()).toHaveText(
    /^\d{1,2} (janv\.|févr\.|mars|avr\.|mai|juin|juil\.|août|sept\.|oct\.|nov\.|déc\.) \d{4}$/,
  );
  await expect(page.getByText("Recent News")).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("an article: French chrome and date, its own language kept, comment form in French", async ({
  page,
}) => {
  await page.goto(SEED_PATH);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  // The article says in which language it is written, whatever the interface's.
  await expect(page.locator(".article-body")).toHaveAttribute("lang", /^(fr|en)$/);
  await expect(page.locator(".article .meta").first()).toContainText(
    new RegExp(`Publié le \\d{1,2} ${FRENCH_MONTH} \\d{4} à \\d{2}:\\d{2}`),
  );
  await expect(page.getByRole("heading", { name: "Laisser un commentaire" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Actualités récentes" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Le choix de la rédaction" })).toBeVisible();
  const respond = page.locator("#respond");
  await expect(respond.getByRole("button", { name: "Publier le commentaire" })).toBeVisible();
  await expect(respond.getByRole("textbox", { name: "Commentaire", exact: true })).toBeVisible();
  await expect(page.locator(".comment-list .reply-link").first()).toHaveText("Répondre");
  await expect(page.locator(".comment-list time").first()).toHaveText(
    new RegExp(`^\\d{1,2} ${FRENCH_MONTH} \\d{4} à \\d{2}:\\d{2}$`),
  );
  await expectNoAxeViolations(page);
});

for (const javaScriptEnabled of [true, false]) {
  const mode = javaScriptEnabled ? "with JavaScript" : "without JavaScript";

  test(`French validation errors, then a posted comment, ${mode}`, async ({ browser }) => {
    const context = await readerContext(browser, { javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(SEED_PATH);
    const respond = page.locator("#respond");
    if (javaScriptEnabled) await respond.locator("[data-ready]").waitFor();
    await respond.getByRole("textbox", { name: "Nom", exact: true }).fill(`Lectrice ${unique()}`);
    await respond.getByRole("textbox", { name: "E-mail", exact: true }).fill("pas-une-adresse");
    await respond.getByRole("button", { name: "Publier le commentaire" }).click();
    await expect(respond.getByText("Veuillez écrire votre commentaire.")).toBeVisible();
    await expect(
      respond.getByText("Saisissez une adresse e-mail valide, comme nom@exemple.fr."),
    ).toBeVisible();
    await expect(respond.getByTestId("comment-form-error")).toHaveText(
      "Veuillez corriger les champs signalés.",
    );
    await expect(respond.getByRole("textbox", { name: "Nom", exact: true })).toHaveValue(/^Lectrice /);
    // axe runs as a script in the page: only where scripts run.
    if (javaScriptEnabled) await expectNoAxeViolations(page);

    const body = `Merci pour cet article ${unique()}`;
    await respond.getByRole("textbox", { name: "Commentaire", exact: true }).fill(body);
    await respond
      .getByRole("textbox", { name: "E-mail", exact: true })
      .fill(`lectrice-${unique()}@example.org`);
    await page.waitForTimeout(1100); // a person takes more than the minimum time to submit
    await respond.getByRole("button", { name: "Publier le commentaire" }).click();
    const posted = page.locator(".comment-posted");
    await expect(posted).toContainText("Merci. Votre commentaire est en attente de modération.");
    await expect(posted).toContainText(body);
    const stored = await db.comment.findFirstOrThrow({ where: { body } });
    expect(stored.status).toBe("PENDING");
    // Its author sees it, in French, on the article (JavaScript) or the respond page.
    await page.goto(javaScriptEnabled ? SEED_PATH : `/comments/respond?article=${stored.articleId}`);
    await expect(page.getByRole("heading", { name: "Vos commentaires" })).toBeVisible();
    await expect(
      page.locator(".own-comments").getByText("Votre commentaire est en attente de modération."),
    ).toBeVisible();
    await context.close();
  });
}

test("the report dialog and the search page speak French", async ({ page }) => {
  await page.goto(SEED_PATH);
  await page.locator("#respond [data-ready]").waitFor();
  await page.locator(".comment-list .report-link").first().click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("heading")).toContainText("Signaler un commentaire de");
  await expect(
    dialog.getByRole("group", { name: "Pourquoi les modérateurs devraient-ils examiner ce commentaire ?" }),
  ).toBeVisible();
  await expect(dialog.getByRole("radio", { name: "Hors sujet" })).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Envoyer le signalement" })).toBeVisible();
  await dialog.getByRole("button", { name: "Fermer" }).click();

  await page.goto("/search?q=%C3%A9lection");
  await expect(page.getByRole("heading", { level: 1, name: "Recherche" })).toBeVisible();
  await expect(page.locator(".search-count")).toContainText(/résultats? pour « élection »/);
  await expectNoAxeViolations(page);
});

test("a notice of illegal content in French, then the transparency figures", async ({ page }) => {
  await page.goto(SEED_PATH);
  await expect(
    page.locator("#respond").getByRole("checkbox", { name: "M’avertir par e-mail des réponses" }),
  ).toBeVisible();
  await page.locator("#respond [data-ready]").waitFor();
  await page.locator(".comment-list .report-link").first().click();
  await page.getByRole("dialog").getByRole("link", { name: "Signaler un contenu illicite" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Signaler un contenu illicite" })).toBeVisible();
  await expect(page.locator("main")).toContainText("règlement européen sur les services numériques");
  await page.getByRole("textbox", { name: "Fondement juridique" }).fill("x");
  await page
    .getByRole("textbox", { name: "Pourquoi ce commentaire est illicite" })
    .fill("Ce commentaire m’accuse à tort.");
  await page.getByRole("button", { name: "Envoyer la notification" }).click();
  await expect(page.locator(".notice-form")).toContainText(
    "Indiquez la loi ou la règle que le commentaire enfreint",
  );
  await page
    .getByRole("textbox", { name: "Fondement juridique" })
    .fill("diffamation (art. 29 de la loi de 1881)");
  await page.getByRole("checkbox", { name: /Je confirme de bonne foi/ }).check();
  await page.getByRole("button", { name: "Envoyer la notification" }).click();
  await expect(page.getByTestId("notice-result")).toHaveText(
    "Merci. Votre notification a bien été reçue ; un modérateur va examiner le commentaire.",
  );

  await page.goto("/transparency");
  await expect(
    page.getByRole("heading", { level: 1, name: "Transparence : notifications de contenus illicites" }),
  ).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Délai médian de traitement" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("an unknown address: the 404 page in French", async ({ page }) => {
  const response = await page.goto("/world/cet-article-n-existe-pas");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Cette page est introuvable" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Derniers articles" })).toBeVisible();
});

test("the dashboard in French: sign in, the moderation queue, approve a comment", async ({ browser }) => {
  // A reader's first comment waits for moderation.
  const reader = await readerContext(browser);
  const readerPage = await reader.newPage();
  await readerPage.goto(SEED_PATH);
  const respond = readerPage.locator("#respond");
  await respond.locator("[data-ready]").waitFor();
  const body = `Un avis à modérer ${unique()}`;
  await respond.getByRole("textbox", { name: "Commentaire", exact: true }).fill(body);
  await respond.getByRole("textbox", { name: "Nom", exact: true }).fill(`Lecteur ${unique()}`);
  await respond.getByRole("textbox", { name: "E-mail", exact: true }).fill(`lecteur-${unique()}@example.org`);
  await readerPage.waitForTimeout(1100);
  await respond.getByRole("button", { name: "Publier le commentaire" }).click();
  await expect(readerPage.locator(".comment-posted")).toContainText("en attente de modération");
  await reader.close();

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/admin/sign-in?from=%2Fadmin%2Fcomments");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await page.getByLabel("E-mail").fill(STAFF.MODERATOR.email);
  await page.getByLabel("Mot de passe").fill(STAFF.MODERATOR.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.waitForURL((url) => url.pathname === "/admin/comments");
  await expect(page.getByRole("heading", { level: 1, name: "Commentaires" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Statut des commentaires" })).toContainText("En attente");
  await expect(page.getByRole("button", { name: "Se déconnecter" })).toBeVisible();
  const row = page.locator("[data-queue-row]", { hasText: body });
  await expect(row).toBeVisible();
  await row.getByRole("button", { name: "Approuver", exact: true }).click();
  await expect(page.getByTestId("moderation-result")).toHaveText("Approuvés : 1 commentaire.");
  await expect(page.locator("[data-queue-row]", { hasText: body })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await context.close();
});
