// Production builds that never change under a running server. Each source fingerprint
// (sources + SITE_URL + SITE_LOCALE) gets its own directory, .next-build-<fingerprint>; a server serves
// the directory it started with (NEXT_DIST_DIR), so starting another instance with other
// sources, another SITE_URL or another SITE_LOCALE builds next to it instead of over it. A build is made in
// .next-staging (one at a time, under a lock) and renamed into place when complete, so no
// server ever sees half a build. Static assets of every build are also hard-linked into
// .next-static/_next/static, which a front proxy serves with long-lived caching
// (deploy/nginx.conf): pages of the previous build keep finding their scripts after a deploy.
// Builds sit at the top of the project because Next links external packages from
// <distDir>/node_modules with relative links: a build keeps working when renamed at that depth.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { link, mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import lockfile from "proper-lockfile";
import { NEXT_BIN, run } from "./process";

const BUILD_PREFIX = ".next-build-";
export const STAGING_DIR = ".next-staging";
/** Root for a front proxy: holds _next/static/** of every build kept. */
export const SHARED_STATIC_ROOT = ".next-static";
const KEEP_BUILDS = 3;

/**
 * The directory of a complete production build of the current sources, building it first if
 * needed. With NEXT_DIST_DIR set, that exact directory is used, and it is rebuilt only when no
 * running server holds it.
 */
export async function ensureBuild(log: (message: string) => void): Promise<string> {
  const fingerprint = await sourceFingerprint();
  const explicit = process.env.NEXT_DIST_DIR;
  if (explicit) {
    if (await isBuilt(explicit, fingerprint)) return explicit;
    const users = await liveUsers(explicit);
    if (users.length > 0)
      throw new Error(
        `${explicit} holds an older build that a running server (pid ${users.join(", ")}) is serving; ` +
          `stop it or unset NEXT_DIST_DIR so the new build goes into its own directory.`,
      );
    log(`Building the site into ${explicit}…`);
    await build(explicit);
    await writeFile(path.join(explicit, "lede-source-fingerprint"), fingerprint);
    return explicit;
  }

  const target = `${BUILD_PREFIX}${fingerprint.slice(0, 16)}`;
  if (await isBuilt(target, fingerprint)) return target;
  const release = await lockfile.lock(STAGING_DIR, {
    realpath: false,
    lockfilePath: `${STAGING_DIR}.lock`,
    retries: { retries: 900, minTimeout: 1_000, maxTimeout: 1_000 },
  });
  try {
    // Another process may have built it while we waited for the lock.
    if (await isBuilt(target, fingerprint)) return target;
    log(`Building the site (first start or changed sources) into ${target}…`);
    await rm(STAGING_DIR, { recursive: true, force: true });
    await build(STAGING_DIR);
    await writeFile(path.join(STAGING_DIR, "lede-source-fingerprint"), fingerprint);
    await rm(target, { recursive: true, force: true });
    await rename(STAGING_DIR, target);
    await shareStaticAssets(target);
    await pruneOldBuilds(target, log);
  } finally {
    await release();
  }
  return target;
}

async function build(distDir: string) {
  await run(process.execPath, [NEXT_BIN, "build"], { ...process.env, NEXT_DIST_DIR: distDir });
}

async function isBuilt(distDir: string, fingerprint: string): Promise<boolean> {
  return (
    existsSync(path.join(distDir, "BUILD_ID")) &&
    (await readFile(path.join(distDir, "lede-source-fingerprint"), "utf8").catch(() => "")) === fingerprint
  );
}

/** Marks a build as served by this process until it exits (see liveUsers). */
export async function holdBuild(distDir: string, pid = process.pid): Promise<void> {
  await mkdir(path.join(distDir, "lede-servers"), { recursive: true });
  await writeFile(path.join(distDir, "lede-servers", String(pid)), "");
}

/** Pids of running processes serving this build. */
async function liveUsers(distDir: string): Promise<number[]> {
  const names = await readdir(path.join(distDir, "lede-servers")).catch(() => [] as string[]);
  return names.map(Number).filter((pid) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  });
}

/** Hard-links the build's static assets into the shared root (names carry content hashes). */
async function shareStaticAssets(distDir: string) {
  const copy = async (from: string, to: string): Promise<void> => {
    await mkdir(to, { recursive: true });
    for (const entry of await readdir(from, { withFileTypes: true })) {
      const source = path.join(from, entry.name);
      const destination = path.join(to, entry.name);
      if (entry.isDirectory()) await copy(source, destination);
      else if (!existsSync(destination)) await link(source, destination);
    }
  };
  const staticDir = path.join(distDir, "static");
  if (existsSync(staticDir)) await copy(staticDir, path.join(SHARED_STATIC_ROOT, "_next", "static"));
}

/** Keeps the newest builds and any build a running server uses; the shared assets stay. */
async function pruneOldBuilds(keep: string, log: (message: string) => void) {
  const entries = await readdir(".", { withFileTypes: true });
  const builds = await Promise.all(
    entries
      .filter((entry) => entry.isDirectory() && /^\.next-build-[0-9a-f]{16}$/.test(entry.name))
      .map(async (entry) => ({ dir: entry.name, mtime: (await stat(entry.name)).mtimeMs })),
  );
  builds.sort((a, b) => b.mtime - a.mtime);
  for (const { dir } of builds.slice(KEEP_BUILDS)) {
    if (dir === keep || (await liveUsers(dir)).length > 0) continue;
    log(`Removing an old build (${dir}).`);
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Hash of everything a build depends on: the sources (message catalogs included), the public
 * origin (SITE_URL) and the interface language (SITE_LOCALE).
 */
export async function sourceFingerprint(): Promise<string> {
  const digest = createHash("sha256");
  const roots = [
    "app",
    "components",
    "lib",
    "messages",
    "public",
    "next.config.js",
    "package-lock.json",
    "tsconfig.json",
    "instrumentation.ts",
    "proxy.ts",
  ];
  const files: string[] = [];
  const walk = async (entry: string): Promise<void> => {
    if (
      !existsSync(entry) ||
      entry === path.join("lib", "generated") ||
      entry === path.join("public", "uploads")
    )
      return;
    const children = await readdir(entry, { withFileTypes: true }).catch(() => null);
    if (!children) return void files.push(entry);
    for (const child of children) await walk(path.join(entry, child.name));
  };
  for (const root of roots) await walk(root);
  for (const file of files.sort()) digest.update(file).update(await readFile(file));
  // Prerendered pages (feeds, sitemaps) contain absolute URLs.
  digest.update(process.env.SITE_URL ?? `http://localhost:${process.env.PORT || 3000}`);
  // The interface language is inlined at build time (next.config.js): another language, another build.
  digest.update(`\0locale=${process.env.SITE_LOCALE || "en"}`);
  return digest.digest("hex");
}
