// npm run db:seed — migrates, then adds the demo content (safe to run twice), and expires the
// caches of running servers.
import { createPrismaClient } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { EVERYTHING, expireOnRunningServers } from "../lib/cache/command-line";
import { seedDemoContent } from "../prisma/seed";
import { log, runWithDatabase } from "./lib/run";

await runWithDatabase(async (databaseUrl) => {
  await migrate(databaseUrl, { log });
  const db = createPrismaClient(databaseUrl);
  try {
    await seedDemoContent(db, log);
    // Servers already running show the new content at once.
    await expireOnRunningServers(db, EVERYTHING, log);
  } finally {
    await db.$disconnect();
  }
});
