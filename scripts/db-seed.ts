// npm run db:seed — migrates, then adds the demo content (safe to run twice).
import { createPrismaClient } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { seedDemoContent } from "../prisma/seed";
import { log, runWithDatabase } from "./lib/run";

await runWithDatabase(async (databaseUrl) => {
  await migrate(databaseUrl, { log });
  const db = createPrismaClient(databaseUrl);
  try {
    await seedDemoContent(db, log);
  } finally {
    await db.$disconnect();
  }
});
