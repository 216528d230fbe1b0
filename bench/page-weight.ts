// Reports what a reader downloads for a page: HTML and the JavaScript it loads, raw and gzipped.
//   npx tsx bench/page-weight.ts http://localhost:3000 /world/some-article
import { gzipSync } from "node:zlib";

const [base = "http://localhost:3000", ...paths] = process.argv.slice(2);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

for (const path of paths.length ? paths : ["/"]) {
  const html = await (await fetch(new URL(path, base))).text();
  // Legacy polyfills (noModule) are skipped by every modern browser: not counted.
  const scripts = [...html.matchAll(/<script([^>]+)>/g)]
    .filter((match) => !/noModule/i.test(match[1]!))
    .map((match) => /src="([^"]+)"/.exec(match[1]!)?.[1])
    .filter((src): src is string => Boolean(src));
  let raw = 0;
  let gzipped = 0;
  for (const src of new Set(scripts)) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    raw += body.length;
    gzipped += gzipSync(body, { level: 9 }).length;
  }
  console.log(
    `${path}\n  HTML ${kb(Buffer.byteLength(html))} (${kb(gzipSync(html).length)} gzipped)\n  JS   ${scripts.length} files, ${kb(raw)} (${kb(gzipped)} gzipped)`,
  );
}
