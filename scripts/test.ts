// npm test — every test, on DATABASE_URL's server or the embedded database:
//   0. lint (ESLint and Prettier, check mode) and the type check;
//   1. Vitest unit and integration tests (their own fresh database, see tests/support);
//   2. Playwright end-to-end tests against a production build (.next-e2e) of a fresh, seeded
//      database, and the French journeys (e2e/*.fr.spec.ts) against a second build made with
//      SITE_LOCALE=fr (.next-e2e-fr, on the next port), since the language is fixed at build time.
// `--unit` or `--e2e` runs one half. Test databases are dropped afterwards.
import { migrate } from "../lib/db/migrate";
import { createPrismaClient } from "../lib/db/client";
import { applyLocalDefaults } from "../lib/server/local-defaults";
import { seedDemoContent } from "../prisma/seed";
import { createTestDatabase } from "../tests/support/database";
import { seedEndToEndFixtures } from "../e2e/fixtures";
import { NEXT_BIN, run } from "./lib/process";

const only = process.argv.includes("--unit") ? "unit" : process.argv.includes("--e2e") ? "e2e" : "all";
const log = (message: string) => console.log(`[test] ${message}`);

const server = await applyLocalDefaults(log);
let failed = false;
try {
  if (only === "all") {
    log("Lint (ESLint, Prettier) and type check");
    await run(process.execPath, ["node_modules/eslint/bin/eslint.js", "--max-warnings", "0", "."]);
    await run(process.execPath, [
      "node_modules/prettier/bin/prettier.cjs",
      "--check",
      "--log-level",
      "warn",
      ".",
    ]);
    await run(process.execPath, ["node_modules/typescript/bin/tsc", "--noEmit"]);
  }
  if (only !== "e2e") {
    log("Unit and integration tests (Vitest)");
    await run(process.execPath, ["node_modules/vitest/vitest.mjs", "run"]);
  }
  if (only !== "unit") await endToEnd();
} catch (error) {
  console.error(`\n[test] ${error instanceof Error ? error.message : String(error)}`);
  failed = true;
} finally {
  await server.stop();
}
process.exit(failed ? 1 : 0);

async function endToEnd() {
  const database = await createTestDatabase(server.url, "e2e");
  try {
    log(`End-to-end tests: preparing ${database.name}`);
    await migrate(database.url);
    const db = createPrismaClient(database.url);
    await seedDemoContent(db, () => {});
    await seedEndToEndFixtures(db);
    await db.$disconnect();
    // Prerendered pages (feeds, sitemaps) carry absolute URLs: build for the test server's origin.
    // E2E_PORT and E2E_DIST_DIR let two end-to-end runs share a machine.
    const port = process.env.E2E_PORT ?? "3100";
    const distDir = process.env.E2E_DIST_DIR ?? ".next-e2e";
    const env = {
      ...process.env,
      DATABASE_URL: database.url,
      NEXT_DIST_DIR: distDir,
      E2E_DIST_DIR: distDir,
      E2E_PORT: port,
      SITE_URL: `http://localhost:${port}`,
      SITE_LOCALE: "en",
    };
    // Arguments after `--` go to Playwright (e.g. npm run test:e2e -- e2e/comments.spec.ts).
    const extra = process.argv
      .slice(2)
      .filter((arg) => !arg.startsWith("--") || arg.startsWith("--grep") || arg.startsWith("--project"));
    log("Production build for the end-to-end tests");
    await run(process.execPath, [NEXT_BIN, "build"], env);
    // The French build costs a second build: made when French specs are part of the run (all
    // specs, a *.fr.spec.ts file, or --project=fr).
    const specs = extra.filter((arg) => !arg.startsWith("--"));
    const french =
      extra.includes("--project=fr") || specs.length === 0 || specs.some((arg) => /\.fr\.spec/.test(arg));
    const frenchPort = process.env.E2E_FR_PORT ?? String(Number(port) + 1);
    const frenchDistDir = process.env.E2E_FR_DIST_DIR ?? `${distDir}-fr`;
    if (french) {
      log("French production build (SITE_LOCALE=fr) for the French journeys");
      await run(process.execPath, [NEXT_BIN, "build"], {
        ...env,
        NEXT_DIST_DIR: frenchDistDir,
        SITE_URL: `http://localhost:${frenchPort}`,
        SITE_LOCALE: "fr",
      });
    }
    log("Playwright");
    await run(process.execPath, ["node_modules/@playwright/test/cli.js", "test", ...extra], {
      ...env,
      E2E_DATABASE_URL: database.url,
      E2E_FR_PORT: frenchPort,
      E2E_FR_DIST_DIR: french ? frenchDistDir : "",
    });
  } finally {
    await database.drop();
  }
}
