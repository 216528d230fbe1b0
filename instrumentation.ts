// Runs once when a Next.js server starts: without configuration it uses the embedded database
// and a local secret, then checks the environment so a bad value fails at start-up, and starts
// the job worker and the cache-tag expiry listener (lib/jobs/start.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { applyLocalDefaults } = await import("./lib/server/local-defaults");
  await applyLocalDefaults((message) => console.log(message));
  const { env } = await import("./lib/env");
  env();
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startServerBackground } = await import("./lib/jobs/start");
  await startServerBackground();
}
