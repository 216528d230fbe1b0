// Shared entry point for command-line scripts: resolves the database (DATABASE_URL, or the
// embedded one started on demand), runs the task, prints a clear error and stops the embedded
// server if this process started it.
import { applyLocalDefaults } from "../../lib/server/local-defaults";

export const log = (message: string) => console.log(message);

export async function runWithDatabase(task: (databaseUrl: string) => Promise<void>): Promise<void> {
  let stop = async () => {};
  let code = 0;
  try {
    const database = await applyLocalDefaults(log);
    stop = database.stop;
    await task(database.url);
  } catch (error) {
    console.error(`\nError: ${error instanceof Error ? error.message : String(error)}`);
    code = 1;
  } finally {
    await stop();
  }
  // Prisma pools and PGlite keep the event loop alive; the task is finished.
  process.exit(code);
}
