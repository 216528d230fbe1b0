import { existsSync } from "node:fs";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// scripts/test.ts prepares a seeded database and a production build in .next-e2e, then runs
// this config. Debian's Chromium is used when installed (it is in CI), else Playwright's own.
const port = Number(process.env.E2E_PORT ?? 3100);
const debianChromium = "/usr/bin/chromium";
// Mail is written as .eml files here by the server's job worker (no SMTP_URL); specs read them.
process.env.E2E_MAIL_DIR ??= path.resolve(`test-results/mail-${port}`);

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
  webServer: {
    // The same server as npm start (server.ts), so client addresses, request ids and error
    // pages behave as in production. Specs fake client addresses with X-Forwarded-For, which
    // the server believes only from a trusted proxy: here, the loopback peer of the test.
    command: "node --import tsx server.ts",
    url: `http://localhost:${port}/`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? ".next-e2e",
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
      AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-secret-e2e-secret-e2e-secret-012345",
      AUTH_TRUST_HOST: "true",
      SITE_URL: `http://localhost:${port}`,
      PORT: String(port),
      TRUSTED_PROXIES: "127.0.0.1,::1",
      MAIL_DIR: process.env.E2E_MAIL_DIR,
    },
  },
});
