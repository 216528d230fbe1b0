// Throughput of a reader page through the shipped front (deploy/nginx.conf, micro-cache) against
// nginx serving the same HTML as a plain file, in the same run, with wrk (Debian's `wrk`).
//   npm run start:cluster            (in another terminal; or any front on FRONT_URL)
//   npm run bench:front -- [front-url] [path] [seconds]
// Loopback only. Prints both rates and their ratio (the goal: the front ≥ 50% of the file).
import { spawn, spawnSync } from "node:child_process";
import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

const [front = "http://localhost:3000", pagePath = "/", seconds = "10"] = process.argv.slice(2);
const frontUrl = new URL(pagePath, front);
if (!["localhost", "127.0.0.1", "[::1]"].includes(frontUrl.hostname)) {
  console.error("bench:front targets loopback only");
  process.exit(1);
}
const FILE_PORT = Number(process.env.BENCH_FILE_PORT ?? 3399);
const WRK = ["-t2", "-c50", `-d${seconds}s`, "--latency"];

const response = await fetch(frontUrl);
const html = await response.text();
if (!response.ok) throw new Error(`${frontUrl} answered ${response.status}`);
console.log(
  `${frontUrl}: ${response.status}, ${(html.length / 1024).toFixed(0)} kB, cache-control: ${response.headers.get("cache-control")}`,
);

const dir = await mkdtemp(path.join(tmpdir(), "lede-bench-front-"));
await writeFile(path.join(dir, "index.html"), html);
// nginx's workers run as an unprivileged user when started by root: mkdtemp's 0700 folder would
// answer every request with 403 (fast, and wrongly counted as the file's rate before).
await chmod(dir, 0o755);
// The same basics as deploy/nginx.conf, serving the page as a file.
await writeFile(
  path.join(dir, "nginx.conf"),
  `worker_processes auto;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  sendfile on; tcp_nopush on; keepalive_timeout 65s; keepalive_requests 10000;
  client_body_temp_path ${dir}/t1; proxy_temp_path ${dir}/t2; fastcgi_temp_path ${dir}/t3;
  uwsgi_temp_path ${dir}/t4; scgi_temp_path ${dir}/t5;
  server {
    listen 127.0.0.1:${FILE_PORT};
    location / { root ${dir}; try_files /index.html =404; default_type text/html; }
  }
}
`,
);
const nginx = spawn(
  "nginx",
  ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-e", path.join(dir, "error.log"), "-g", "daemon off;"],
  {
    stdio: "inherit",
  },
);
try {
  await new Promise((resolve) => setTimeout(resolve, 500));
  const fileUrl = `http://127.0.0.1:${FILE_PORT}/`;
  // Our nginx must be the one answering (a taken port leaves another server there), with the page.
  if (nginx.exitCode !== null) throw new Error(`nginx could not start on port ${FILE_PORT}`);
  const served = await fetch(fileUrl).then((answer) => answer.text());
  if (served !== html) throw new Error(`${fileUrl} does not serve the page`);
  const rate = (url: string) => {
    const result = spawnSync("wrk", [...WRK, url], { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`wrk failed: ${result.stderr || result.error}`);
    const requests = Number(/Requests\/sec:\s+([\d.]+)/.exec(result.stdout)?.[1]);
    const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(result.stdout)?.[1] ?? 0);
    const p99 = /99%\s+(\S+)/.exec(result.stdout)?.[1];
    // A rate made of error pages means nothing: refuse it instead of printing a ratio.
    if (non2xx > 0) throw new Error(`${url} answered ${non2xx} non-2xx responses:\n${result.stdout}`);
    return { requests, p99 };
  };
  // Warm the front's cache, then alternate so both see the same machine load.
  rate(frontUrl.href);
  const runs = [rate(frontUrl.href), rate(fileUrl), rate(frontUrl.href), rate(fileUrl)];
  const frontRate = (runs[0]!.requests + runs[2]!.requests) / 2;
  const fileRate = (runs[1]!.requests + runs[3]!.requests) / 2;
  console.log(
    `front (nginx micro-cache → app): ${frontRate.toFixed(0)} req/s (p99 ${runs[0]!.p99}, ${runs[2]!.p99})`,
  );
  console.log(
    `nginx serving the same HTML as a file: ${fileRate.toFixed(0)} req/s (p99 ${runs[1]!.p99}, ${runs[3]!.p99})`,
  );
  console.log(`ratio: ${((100 * frontRate) / fileRate).toFixed(1)}%`);
} finally {
  nginx.kill("SIGTERM");
  await new Promise((resolve) => nginx.once("exit", resolve));
  await rm(dir, { recursive: true, force: true });
}
