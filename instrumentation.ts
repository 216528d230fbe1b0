// Runs once when a Next.js server starts: without configuration it uses the embedded database
// and a local secret, then checks the environment so a bad value fails at start-up, and starts
// the clock that makes scheduled publications appear on time (lib/articles/going-live.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { applyLocalDefaults } = await import("./lib/server/local-defaults");
  await applyLocalDefaults((message) => console.log(message));
  const { env } = await import("./lib/env");
  env();
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { MAX_TICK_MS, TICK_PATH, tickToken } = await import("./lib/articles/going-live");
  const url = `http://127.0.0.1:${env().PORT}${TICK_PATH}`;
  const tick = async () => {
    let delay = MAX_TICK_MS;
    try {
      const response = await fetch(url, { method: "POST", headers: { "x-lede-tick": tickToken() } });
      const { nextInMs } = (await response.json()) as { nextInMs: number | null };
      // Wake up just after the next scheduled change.
      if (nextInMs !== null) delay = Math.min(MAX_TICK_MS, Math.max(50, nextInMs + 50));
    } catch {
      // The server may still be starting: try again later.
    }
    setTimeout(tick, delay).unref();
  };
  setTimeout(tick, 1_000).unref();
}
