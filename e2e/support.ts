import { randomInt } from "node:crypto";
import type { Browser, BrowserContextOptions } from "@playwright/test";
import { createPrismaClient } from "@/lib/db/client";

/** The end-to-end database (scripts/test.ts creates and seeds it). */
export const db = createPrismaClient(process.env.E2E_DATABASE_URL!);

/** A browser context that looks like a different reader: its own IP address (rate limits, flood check). */
export function readerContext(browser: Browser, options: BrowserContextOptions = {}) {
  // One of 65,000 benchmark-range addresses: two readers of one run sharing an address would trip
  // the per-address limits (one comment per 15 s) of each other.
  const ip = `198.19.${randomInt(0, 256)}.${randomInt(1, 255)}`;
  return browser.newContext({
    ...options,
    extraHTTPHeaders: { "x-forwarded-for": ip, ...options.extraHTTPHeaders },
  });
}

export const STAFF = {
  ADMIN: { email: "admin@lede.test", password: "lede-admin-2026" },
  EDITOR: { email: "editor@lede.test", password: "lede-editor-2026" },
  MODERATOR: { email: "moderator@lede.test", password: "lede-moderator-2026" },
} as const;

/** Signs a page's context in to the dashboard as a demo staff member, then opens `path`. */
export async function signInAs(
  page: import("@playwright/test").Page,
  role: keyof typeof STAFF,
  path = "/admin",
) {
  await page.goto(`/admin/sign-in?from=${encodeURIComponent(path)}`);
  await page.getByLabel("Email").fill(STAFF[role].email);
  await page.getByLabel("Password").fill(STAFF[role].password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === path.split("?")[0]);
}

/**
 * A recent article open for comments with the fewest comments (so a new one is on its first
 * comment page): its id and reader address.
 */
export async function quietArticle(): Promise<{ id: number; href: string }> {
  const now = new Date();
  const article = (
    await db.article.findMany({
      where: {
        status: "PUBLISHED",
        publishedAt: { lte: now, gte: new Date(now.getTime() - 10 * 86_400_000) },
        commentsOpen: true,
        commentsCloseAt: null,
      },
      select: {
        id: true,
        slug: true,
        section: { select: { slug: true } },
        _count: { select: { comments: true } },
      },
    })
  ).sort((a, b) => a._count.comments - b._count.comments)[0]!;
  return { id: article.id, href: `/${article.section.slug}/${article.slug}` };
}
