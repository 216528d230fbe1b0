// The Big List of Naughty Strings as comment names, websites and bodies (e2e/fixtures.ts puts
// them on one archive story): every page of its comments renders, no script runs, and no link
// or image on the page points anywhere but an http(s) address or this site.
import { expect, test } from "@playwright/test";
import { ARCHIVE_SECTION, NAUGHTY } from "./fixtures";

test("485 naughty strings as comments: nothing executes, no javascript:/data: link", async ({ page }) => {
  test.setTimeout(240_000);
  expect(NAUGHTY.strings.length).toBeGreaterThanOrEqual(480);
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  // Anything the strings might call, and a marker no script of ours sets.
  await page.addInitScript(() => {
    const trap = (name: string) => () =>
      void ((window as unknown as Record<string, string[]>).__ran ??= []).push(name);
    Object.assign(window, { alert: trap("alert"), confirm: trap("confirm"), prompt: trap("prompt") });
  });

  const base = `/${ARCHIVE_SECTION.slug}/${NAUGHTY.slug}`;
  let seen = 0;
  for (let number = 1; ; number += 1) {
    const response = await page.goto(number === 1 ? base : `${base}/comments/${number}`);
    if (response?.status() === 404) break;
    expect(response?.status(), `comment page ${number}`).toBe(200);
    const found = await page.locator("article[id^='comment-']").count();
    if (found === 0) break;
    seen += found;
    const unsafe = await page.evaluate(() => {
      const bad: string[] = [];
      for (const element of document.querySelectorAll(
        "[href], [src], [action], [formaction], [xlink\\:href]",
      )) {
        for (const name of ["href", "src", "action", "formaction", "xlink:href"]) {
          const value = element.getAttribute(name);
          if (value === null) continue;
          const url = new URL(value, location.href);
          if (!["http:", "https:"].includes(url.protocol)) bad.push(`${element.tagName} ${name}=${value}`);
        }
      }
      for (const script of document.querySelectorAll("script[src]"))
        if (!script.getAttribute("src")!.startsWith("/_next/"))
          bad.push(`script src=${script.getAttribute("src")}`);
      return { bad, ran: (window as unknown as { __ran?: string[] }).__ran ?? [] };
    });
    expect(unsafe.bad, `comment page ${number}`).toEqual([]);
    expect(unsafe.ran, `comment page ${number}`).toEqual([]);
    if (number > 20) break;
  }
  // Every string is on one of the pages (a comment each).
  expect(seen).toBeGreaterThanOrEqual(NAUGHTY.strings.length);
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
});
