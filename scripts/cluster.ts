// npm run start:cluster [-- --instances N] — tries the shipped front locally: the same
// preparation as npm start, then N app instances (server.ts) on loopback ports PORT+1…PORT+N
// and nginx (Debian's; installed with apt-get when missing and possible) on PORT (default
// 3000) with deploy/nginx.conf. Ctrl-C stops everything. Files under .data/cluster/.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { dataDirectory } from "../lib/db/embedded";
import { holdBuild, SHARED_STATIC_ROOT } from "./lib/builds";
import { prepare } from "./lib/prepare";
import { serverCommand } from "./lib/process";

const log = (message: string) => console.log(`[cluster] ${message}`);
const option = (name: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : undefined;
};
const instances = Number(option("instances") ?? process.env.CLUSTER_INSTANCES ?? 2);
const port = Number(process.env.PORT || 3000);
if (!Number.isInteger(instances) || instances < 1 || instances > 16) {
  console.error("[cluster] --instances must be between 1 and 16");
  process.exit(1);
}
process.env.SITE_URL ??= `http://localhost:${port}`;

const nginx = findNginx();
const { database, distDir } = await prepare(log, { build: true }).catch((error: unknown) => {
  console.error(`\n[cluster] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

const children: ChildProcess[] = [];
let stopping = false;
const stopAll = async (code: number) => {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  await Promise.all(
    children.map((child) =>
      child.exitCode === null ? new Promise((resolve) => child.once("exit", resolve)) : null,
    ),
  );
  await database.stop();
  process.exit(code);
};
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stopAll(0));

const ports = Array.from({ length: instances }, (_, index) => port + 1 + index);
for (const instancePort of ports) {
  const child = spawn(process.execPath, serverCommand(), {
    stdio: "inherit",
    env: {
      ...process.env,
      PORT: String(instancePort),
      HOSTNAME: "127.0.0.1",
      NEXT_DIST_DIR: distDir!,
      TRUSTED_PROXIES: "127.0.0.1",
      AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true",
    },
  });
  children.push(child);
  if (child.pid) await holdBuild(distDir!, child.pid);
  child.on("exit", (code) => {
    if (!stopping) {
      log(`instance on port ${instancePort} exited (${code}); stopping the cluster`);
      void stopAll(1);
    }
  });
}

const runDir = path.join(dataDirectory(), "cluster");
await rm(path.join(runDir, "cache"), { recursive: true, force: true });
await mkdir(runDir, { recursive: true });
const config = await renderNginxConfig({
  listen: `127.0.0.1:${port}`,
  upstreams: ports.map((instancePort) => `127.0.0.1:${instancePort}`),
  staticRoot: path.resolve(SHARED_STATIC_ROOT),
  cacheDir: path.join(runDir, "cache"),
  runDir,
});
const configFile = path.join(runDir, "nginx.conf");
await writeFile(configFile, config);

await Promise.all(ports.map((instancePort) => waitForReady(instancePort)));
const proxy = spawn(
  nginx,
  ["-p", runDir, "-c", configFile, "-e", path.join(runDir, "error.log"), "-g", "daemon off;"],
  { stdio: "inherit" },
);
children.push(proxy);
proxy.on("exit", (code) => {
  if (!stopping) {
    log(`nginx exited (${code}); see ${path.join(runDir, "error.log")}`);
    void stopAll(1);
  }
});
log(`${instances} instances behind nginx on http://localhost:${port} (config: ${configFile})`);

/** Fills deploy/nginx.conf's placeholders. */
async function renderNginxConfig(values: {
  listen: string;
  upstreams: string[];
  staticRoot: string;
  cacheDir: string;
  runDir: string;
}): Promise<string> {
  const template = await readFile(path.join("deploy", "nginx.conf"), "utf8");
  return template
    .replaceAll("@@LISTEN@@", values.listen)
    .replaceAll(
      "@@UPSTREAM_SERVERS@@",
      values.upstreams.map((address) => `server ${address};`).join("\n        "),
    )
    .replaceAll("@@STATIC_ROOT@@", values.staticRoot)
    .replaceAll("@@CACHE_DIR@@", values.cacheDir)
    .replaceAll("@@RUN_DIR@@", values.runDir);
}

function findNginx(): string {
  const candidates = ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx"];
  const found = () => candidates.find((candidate) => existsSync(candidate));
  if (found()) return found()!;
  if (process.getuid?.() === 0) {
    log("nginx is not installed: apt-get install -y nginx");
    spawnSync("apt-get", ["install", "-y", "nginx"], { stdio: "inherit" });
  }
  if (found()) return found()!;
  console.error("[cluster] nginx is needed: `sudo apt-get install -y nginx` (Debian/Ubuntu).");
  process.exit(1);
}

async function waitForReady(instancePort: number) {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    const ok = await fetch(`http://127.0.0.1:${instancePort}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`instance on port ${instancePort} did not start`);
}
