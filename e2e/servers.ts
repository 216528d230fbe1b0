// More servers of the end-to-end build (server.ts, as npm start runs it) beside the ones
// Playwright manages: for specs about the server's own life, several instances, or a database
// of their own. Each gets the run's settings, overridden by `env`, and its output is kept.
import { spawn, type ChildProcess } from "node:child_process";
import { PORT as BASE_PORT } from "./http";

export type Server = {
  process: ChildProcess;
  port: number;
  output: () => string;
  exited: Promise<number | null>;
};

/**
 * Starts a server on `port` and waits until `waitFor` answers 200: /healthz (the process is up,
 * whatever its database) or /readyz (its database, migrations and Redis answer too).
 */
export async function startServer(
  port: number,
  env: Record<string, string | undefined>,
  { waitFor = "/healthz" }: { waitFor?: "/healthz" | "/readyz" } = {},
): Promise<Server> {
  let output = "";
  const child = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    env: {
      ...process.env,
      NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? ".next-e2e",
      DATABASE_URL: process.env.E2E_DATABASE_URL!,
      AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-secret-e2e-secret-e2e-secret-012345",
      AUTH_TRUST_HOST: "true",
      SITE_URL: `http://localhost:${BASE_PORT}`,
      PORT: String(port),
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    const up = await fetch(`http://127.0.0.1:${port}${waitFor}`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) return { process: child, port, output: () => output, exited };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill("SIGKILL");
  throw new Error(`server did not start:\n${output}`);
}

/** SIGTERM, up to 30 s for its graceful shutdown, then SIGKILL. */
export async function stop(server: Server) {
  if (server.process.exitCode === null) server.process.kill("SIGTERM");
  await Promise.race([server.exited, new Promise((resolve) => setTimeout(resolve, 30_000))]);
  if (server.process.exitCode === null) server.process.kill("SIGKILL");
}
