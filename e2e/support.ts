import { randomInt } from "node:crypto";
import type { Browser, BrowserContextOptions } from "@playwright/test";
import { createPrismaClient } from "@/lib/db/client";

/** The end-to-end database (scripts/test.ts creates and seeds it). */
export const db = createPrismaClient(process.env.E2E_DATABASE_URL!);

/** A browser context that looks like a different reader: its own IP address (rate limits, flood check). */
export function readerContext(browser: Browser, options: BrowserContextOptions = {}) {
  const ip = `198.51.100.${randomInt(1, 254)}`;
  return browser.newContext({ ...options, extraHTTPHeaders: { "x-forwarded-for": ip, ...options.extraHTTPHeaders } });
}
