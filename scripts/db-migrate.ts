// npm run db:migrate — applies pending migrations (offline `prisma migrate deploy`).
import { migrate } from "../lib/db/migrate";
import { log, runWithDatabase } from "./lib/run";

await runWithDatabase(async (databaseUrl) => {
  const applied = await migrate(databaseUrl, { log });
  if (applied.length) log(`Applied ${applied.length} migration(s).`);
});
