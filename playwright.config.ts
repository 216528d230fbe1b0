import { existsSync } from "node:fs";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// scripts/test.ts prepares a seeded database and a production build in .next-e2e, then runs
// this config. Debian's Chromium is used when installed (it is in CI), else Playwright's own.
// The interface language is fixed at build time (SITE_LOCALE), so the French journeys
// (e2e/*.fr.spec.ts) run against a second build, in E2E_FR_DIST_DIR, served on E2E_FR_PORT; that
// project and its server exist only when scripts/test.ts built it (a run of English specs only
// skips the second build).
const port = Number(process.env.E2E_PORT ?? 3100);
const frenchDistDir = process.env.E2E_FR_DIST_DIR;
const frenchPort = Number(process.env.E2E_FR_PORT ?? port + 1);
const debianChromium = "/usr/bin/chromium";
// Mail is written as .eml files here by the server's job worker (no SMTP_URL); specs read them.
// Every server of the run shares the database, so any of their job workers may send a mail: one
// folder for all (the specs' extra servers inherit MAIL_DIR too).
process.env.E2E_MAIL_DIR ??= path.resolve(`test-results/mail-${port}`);
process.env.MAIL_DIR ??= process.env.E2E_MAIL_DIR;

/** The same server as npm start (server.ts), for one build. */
function server(serverPort: number, distDir: string, locale: "en" | "fr") {
  return {
    // The same server as npm start (server.ts), so client addresses, request ids and error
    // pages behave as in production. Specs fake client addresses with X-Forwarded-For, which
    // the server believes only from a trusted proxy: here, the loopback peer of the test.
    command: "node --import tsx server.ts",
    url: `http://localhost:${serverPort}/`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      NEXT_DIST_DIR: distDir,
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
      AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-secret-e2e-secret-e2e-secret-012345",
      AUTH_TRUST_HOST: "true",
      SITE_URL: `http://localhost:${serverPort}`,
      SITE_LOCALE: locale,
      PORT: String(serverPort),
      TRUSTED_PROXIES: "127.0.0.1,::1",
      MAIL_DIR: process.env.E2E_MAIL_DIR!,
    },
  };
}

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "off",
    ...devices["Desktop Chrome"],
    launchOptions: existsSync(debianChromium)
      ? {
          executablePath: debianChromium,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        }
      : {},
  },
  projects: [
    { name: "en", testIgnore: /\.fr\.spec\.ts$/ },
    ...(frenchDistDir
      ? [{ name: "fr", testMatch: /\.fr\.spec\.ts$/, use: { baseURL: `http://localhost:${frenchPort}` } }]
      : []),
  ],
  webServer: [
    server(port, process.env.E2E_DIST_DIR ?? ".next-e2e", "en"),
    ...(frenchDistDir ? [server(frenchPort, frenchDistDir, "fr")] : []),
  ],
});
