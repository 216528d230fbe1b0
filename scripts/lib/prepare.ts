// What every production start needs first: the database (embedded unless DATABASE_URL is set),
// migrations, demo content on the embedded database's first run, and a build of the sources.
import { createPrismaClient } from "../../lib/db/client";
import type { DatabaseHandle } from "../../lib/db/embedded";
import { migrate } from "../../lib/db/migrate";
import { applyLocalDefaults } from "../../lib/server/local-defaults";
import { seedDemoContent } from "../../prisma/seed";
import { ensureBuild } from "./builds";

export async function prepare(
  log: (message: string) => void,
  { build }: { build: boolean },
): Promise<{ database: DatabaseHandle; distDir: string | null }> {
  const usesEmbeddedDatabase = !process.env.DATABASE_URL;
  const database = await applyLocalDefaults(log);
  try {
    await migrate(database.url, { log });
    if (usesEmbeddedDatabase) await seedOnFirstRun(database.url, log);
    return { database, distDir: build ? await ensureBuild(log) : null };
  } catch (error) {
    await database.stop();
    throw error;
  }
}

async function seedOnFirstRun(databaseUrl: string, log: (message: string) => void) {
  const db = createPrismaClient(databaseUrl);
  try {
    if ((await db.article.count()) > 0) return;
    log("First run on the embedded database: adding demo content.");
    await seedDemoContent(db, (message) => log(message));
  } finally {
    await db.$disconnect();
  }
}
