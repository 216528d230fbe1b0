// The Lede server: Next behind the in-process HTTP layer of lib/server/http/server.ts.
// Every way of running the app goes through it:
//   node --import tsx server.ts [--dev]
// Environment: PORT (3000), HOSTNAME (all interfaces), NEXT_DIST_DIR (the build to serve,
// default .next), DATABASE_URL (embedded database when unset), TRUSTED_PROXIES, REDIS_URL,
// LOG_LEVEL, SHUTDOWN_GRACE_MS. It serves an existing build: `npm start` prepares the database
// and the build first (scripts/start.ts). SIGTERM/SIGINT finish in-flight requests, then exit.
import { logger, routeConsoleToLogger } from "@/lib/server/logger";
import { applyLocalDefaults } from "@/lib/server/local-defaults";
import { startLedeServer } from "@/lib/server/http/server";

const dev = process.argv.includes("--dev");
if (!dev) {
  (process.env as Record<string, string>).NODE_ENV = "production";
  routeConsoleToLogger();
}

const database = await applyLocalDefaults((message) => logger.info(message));
let lede: Awaited<ReturnType<typeof startLedeServer>>;
try {
  lede = await startLedeServer({
    dev,
    port: Number(process.env.PORT || 3000),
    hostname: process.env.HOSTNAME || undefined,
    databaseUrl: process.env.DATABASE_URL!,
    redisUrl: process.env.REDIS_URL || undefined,
    trustedProxies: process.env.TRUSTED_PROXIES,
    shutdownGraceMs: process.env.SHUTDOWN_GRACE_MS ? Number(process.env.SHUTDOWN_GRACE_MS) : undefined,
  });
} catch (error) {
  logger.fatal({ err: error }, "The server could not start");
  await database.stop();
  process.exit(1);
}

let stopping = false;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void lede
      .close()
      .catch((error: unknown) => logger.error({ err: error }, "Shutdown failed"))
      .finally(async () => {
        await database.stop();
        process.exit(0);
      });
  });
}
