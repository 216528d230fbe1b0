// npm run bench:pages — how fast a production build serves an article with 200 approved comments,
// next to the app's own fully prerendered home page, in one run on the same machine.
//   1. a scratch database (DATABASE_URL's server, or the embedded one) with the demo content, the
//      seed article topped up to 200 approved comments;
//   2. a production build into .next-bench, served by the app's server (server.ts, as npm start)
//      on BENCH_PORT (default 3400);
//   3. wrk (or autocannon when wrk is missing) on loopback: each page plain and with
//      Accept-Encoding: gzip; req/s, p50, p99, and the article/home ratios.
// Not a test: it prints figures and never fails on a slow machine. No REDIS_URL is passed on.
// Options (environment): BENCH_PORT, BENCH_DURATION (seconds, default 10), BENCH_CONNECTIONS (50).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { createPrismaClient } from "../lib/db/client";
import { emailHash } from "../lib/comments/identity";
import { migrate } from "../lib/db/migrate";
import { applyLocalDefaults } from "../lib/server/local-defaults";
import { seedDemoContent } from "../prisma/seed";
import { createTestDatabase } from "../tests/support/database";
import { NEXT_BIN, run, serverCommand } from "../scripts/lib/process";

const SEED_PATH = "/world/les-opinions-se-heurtent-alors-que-blinken-et-lavrov-discutent-de-lukraine";
const APPROVED_TARGET = 200;
const port = process.env.BENCH_PORT ?? "3400";
const seconds = Number(process.env.BENCH_DURATION ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const distDir = ".next-bench";
const base = `http://127.0.0.1:${port}`;
const log = (message: string) => console.log(`[bench] ${message}`);

type Result = { rps: number; p50: number; p99: number; bytes: number };

const server = await applyLocalDefaults(log);
const database = await createTestDatabase(server.url, "bench_pages");
let app: ChildProcess | undefined;
try {
  log(`Preparing ${database.name}`);
  await migrate(database.url);
  const db = createPrismaClient(database.url);
  await seedDemoContent(db, () => {});
  const approved = await topUpComments(db, APPROVED_TARGET);
  await db.$disconnect();
  log(`Seed article: ${approved} approved comments`);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    NEXT_DIST_DIR: distDir,
    SITE_URL: `http://localhost:${port}`,
    AUTH_TRUST_HOST: "true",
    NODE_ENV: "production",
  };
  delete env.REDIS_URL;
  log("Production build (.next-bench)");
  await run(process.execPath, [NEXT_BIN, "build"], env);
  // The app's own server (server.ts), as `npm start` runs it: its ETags and page handling count.
  app = spawn(process.execPath, serverCommand(), {
    env: { ...env, PORT: port, HOSTNAME: "127.0.0.1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitForServer(`${base}/`);

  const targets = [
    { name: "seed article, page 1", path: SEED_PATH },
    { name: "home (fully prerendered)", path: "/" },
  ];
  for (const target of targets) await describe(target.name, target.path);

  const tool = existsSync("/usr/bin/wrk") || whichWrk() ? "wrk" : "autocannon";
  log(`Load: ${tool}, ${connections} connections, ${seconds} s per run, loopback`);
  const rows: { target: string; encoding: string; result: Result }[] = [];
  for (const gzip of [false, true]) {
    for (const target of targets) {
      const result = await load(tool, target.path, gzip);
      rows.push({ target: target.name, encoding: gzip ? "gzip" : "identity", result });
    }
  }
  console.log("\n| page | encoding | req/s | p50 | p99 |\n|---|---|---|---|---|");
  for (const { target, encoding, result } of rows)
    console.log(
      `| ${target} | ${encoding} | ${Math.round(result.rps).toLocaleString("en")} | ${ms(result.p50)} | ${ms(result.p99)} |`,
    );
  console.log("");
  for (const encoding of ["identity", "gzip"]) {
    const [article, home] = rows.filter((row) => row.encoding === encoding).map((row) => row.result);
    console.log(
      `${encoding}: article/home req/s ${((article!.rps / home!.rps) * 100).toFixed(0)} %, ` +
        `p50 ${(article!.p50 / home!.p50).toFixed(2)}× the home's`,
    );
  }
} catch (error) {
  console.error(`\n[bench] ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  // The server must be gone before its database is dropped.
  if (app && app.exitCode === null) {
    const exited = new Promise((resolve) => app!.once("exit", resolve));
    app.kill("SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  }
  await database.drop().catch(() => {});
  await server.stop();
}

/** Adds approved comments (threads and replies) to the seed article until it has `target`. */
async function topUpComments(db: ReturnType<typeof createPrismaClient>, target: number): Promise<number> {
  const article = await db.article.findFirstOrThrow({
    where: { slug: SEED_PATH.split("/")[2] },
    select: { id: true },
  });
  const where = { articleId: article.id, status: "APPROVED" as const };
  let count = await db.comment.count({ where });
  const last = await db.comment.findFirst({
    where,
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  let at = (last?.createdAt ?? new Date(Date.now() - 86_400_000)).getTime();
  let previous: { id: number; threadId: number; depth: number } | null = null;
  for (let index = 0; count < target; index++, count++) {
    at += 60_000;
    const parent: { id: number; threadId: number; depth: number } | null =
      previous && index % 3 === 1 ? previous : null;
    const name = `Reader ${index + 1}`;
    const email = `bench-reader-${index + 1}@example.org`;
    const comment: { id: number; depth: number } = await db.comment.create({
      data: {
        articleId: article.id,
        parentId: parent?.id ?? null,
        threadId: parent?.threadId ?? null,
        depth: parent ? parent.depth + 1 : 0,
        authorName: name,
        authorEmail: email,
        emailHash: emailHash(email),
        authorUrl: index % 10 === 0 ? `https://reader-${index + 1}.example.net` : null,
        body:
          `Comment ${index + 1}: a reader's view on the talks, long enough to look like a real ` +
          `comment, with a second sentence about what the article leaves out.`,
        status: "APPROVED",
        reasons: ["Benchmark content"],
        ipHash: `bench-${index % 50}`,
        createdAt: new Date(Math.min(at, Date.now() - 1000)),
      },
    });
    const threadId: number = parent?.threadId ?? comment.id;
    if (!parent) await db.comment.update({ where: { id: comment.id }, data: { threadId } });
    previous = { id: comment.id, threadId, depth: comment.depth };
  }
  return count;
}

async function waitForServer(url: string) {
  for (let attempt = 0; attempt < 120; attempt++) {
    const ok = await fetch(url)
      .then((response) => response.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the server did not answer at ${url}`);
}

/** Warms a page (its first visit may render it) and prints its size and caching headers. */
async function describe(name: string, path: string) {
  let response: Response | undefined;
  for (let attempt = 0; attempt < 3; attempt++) response = await fetch(`${base}${path}`);
  const html = await response!.text();
  const anchors = [...html.matchAll(/id="comment-\d+"/g)];
  const perComment =
    anchors.length > 1
      ? ` · ${Math.round((anchors.at(-1)!.index - anchors[0]!.index) / (anchors.length - 1))} B markup per comment (${anchors.length} comments)`
      : "";
  log(
    `${name}: ${response!.status}, ${(Buffer.byteLength(html) / 1024).toFixed(1)} kB ` +
      `(${(gzipSync(html).length / 1024).toFixed(1)} kB gzipped)${perComment}\n` +
      `        cache-control: ${response!.headers.get("cache-control")} · x-nextjs-cache: ${response!.headers.get("x-nextjs-cache")} · etag: ${response!.headers.get("etag") ? "yes" : "no"}`,
  );
}

function whichWrk(): boolean {
  return spawnSync("sh", ["-c", "command -v wrk"]).status === 0;
}

async function load(tool: "wrk" | "autocannon", path: string, gzip: boolean): Promise<Result> {
  const url = `${base}${path}`;
  if (tool === "wrk") {
    const args = ["-t1", `-c${connections}`, `-d${seconds}s`, "--timeout", "10s", "--latency"];
    if (gzip) args.push("-H", "Accept-Encoding: gzip");
    const out = spawnSync("wrk", [...args, url], { encoding: "utf8" });
    if (out.status !== 0) throw new Error(`wrk failed: ${out.stderr}`);
    const text = out.stdout;
    const latency = (label: string) => {
      const match = new RegExp(`^\\s*${label}%\\s+([\\d.]+)(us|ms|s)`, "m").exec(text);
      if (!match) return NaN;
      const value = Number(match[1]);
      return match[2] === "us" ? value / 1000 : match[2] === "s" ? value * 1000 : value;
    };
    const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(text)?.[1]);
    const transfer = /Transfer\/sec:\s+([\d.]+)(\w+)/.exec(text);
    const errors = /Non-2xx or 3xx responses: (\d+)/.exec(text);
    if (errors) log(`${path}: ${errors[1]} non-2xx responses`);
    if (!(rps > 0)) log(`wrk output for ${path}:\n${text}${out.stderr}`);
    return { rps, p50: latency("50"), p99: latency("99"), bytes: transfer ? Number(transfer[1]) : 0 };
  }
  // Fallback when wrk is not installed: autocannon, if present in node_modules.
  const modulePath = "autocannon";
  const { default: autocannon } = (await import(modulePath).catch(() => {
    throw new Error("neither wrk (apt-get install wrk) nor autocannon (npm i -D autocannon) is installed");
  })) as {
    default: (options: object) => Promise<{ requests: { average: number }; latency: Record<string, number> }>;
  };
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    headers: gzip ? { "accept-encoding": "gzip" } : {},
  });
  return { rps: result.requests.average, p50: result.latency.p50!, p99: result.latency.p99!, bytes: 0 };
}

function ms(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(1)} ms`;
}
