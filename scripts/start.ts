// npm start — the one command for a fresh machine: database (embedded unless DATABASE_URL is
// set), migrations, demo content on the embedded database's first run, a production build
// when the sources, SITE_URL or SITE_LOCALE (the interface language, fixed at build time)
// changed (in its own directory, see scripts/lib/builds.ts), then the server
// (server.ts: Next behind lib/server/http) on PORT (default 3000). `npm run dev` runs the same
// preparation and then the server in Next's development mode; `npm run build` only builds.
import { spawn } from "node:child_process";
import { holdBuild } from "./lib/builds";
import { prepare } from "./lib/prepare";
import { serverCommand } from "./lib/process";

const mode = process.argv.includes("--dev")
  ? "dev"
  : process.argv.includes("--build-only")
    ? "build"
    : "serve";
const log = (message: string) => console.log(`[lede] ${message}`);

let prepared: Awaited<ReturnType<typeof prepare>>;
try {
  prepared = await prepare(log, { build: mode !== "dev" });
} catch (error) {
  console.error(`\n[lede] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const { database } = prepared;
// Development uses Next's own .next/dev; production serves the build directory just prepared.
const distDir = prepared.distDir ?? process.env.NEXT_DIST_DIR ?? ".next";
let exiting = false;
const shutdown = async (code: number) => {
  if (exiting) return;
  exiting = true;
  await database.stop();
  process.exit(code);
};

if (mode === "build") {
  log(`Build ready in ${distDir}.`);
  await shutdown(0);
}

const port = process.env.PORT || "3000";
log(`${mode === "dev" ? "Development server" : "Serving"} on http://localhost:${port}`);
const server = spawn(process.execPath, serverCommand(mode === "dev"), {
  stdio: "inherit",
  env: { ...process.env, NEXT_DIST_DIR: distDir, AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true" },
});
if (mode === "serve" && server.pid) await holdBuild(distDir, server.pid);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code) => void shutdown(code ?? 0));
