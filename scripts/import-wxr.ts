// npm run import:wxr -- <export.xml> [--train-spam] [--lang fr|en]
//
// Imports a WordPress export (Tools › Export › All content) into the database: see
// lib/wordpress/import.ts. Streams the file (bounded memory whatever its size), shows a
// progress bar with items per second and the time left, and prints a summary. Safe to run
// again: what was imported before is recognised by its WordPress id and left alone.
import { createReadStream, statSync } from "node:fs";
import { parseArgs } from "node:util";
import { createPrismaClient } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import type { ImportSummary } from "../lib/wordpress/import";
import { log, runWithDatabase } from "./lib/run";

const USAGE = `Usage: npm run import:wxr -- <export.xml> [--train-spam] [--lang fr|en]

  --train-spam  teach the spam filter with the imported comments marked spam or approved
  --lang        language of posts whose text does not tell (default: the export's <language>)`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { "train-spam": { type: "boolean" }, lang: { type: "string" }, help: { type: "boolean" } },
});
const file = positionals[0];
if (values.help || !file || (values.lang && !["fr", "en"].includes(values.lang))) {
  console.error(USAGE);
  process.exit(values.help ? 0 : 1);
}

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return "--:--";
  const s = Math.max(0, Math.round(seconds));
  const two = (n: number) => String(n).padStart(2, "0");
  return s >= 3600
    ? `${Math.floor(s / 3600)}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`
    : `${two(Math.floor(s / 60))}:${two(s % 60)}`;
}

function progressReporter(total: number) {
  const started = Date.now();
  const tty = process.stderr.isTTY;
  let last = 0;
  return {
    update({ bytes, items }: { bytes: number; items: number }, force = false) {
      const now = Date.now();
      // A terminal redraws 10 times a second; a log file gets a line every 5 seconds.
      if (!force && now - last < (tty ? 100 : 5000)) return;
      last = now;
      const elapsed = (now - started) / 1000;
      const share = total > 0 ? Math.min(1, bytes / total) : 0;
      const rate = elapsed > 0 ? items / elapsed : 0;
      const eta = share > 0 ? (elapsed * (1 - share)) / share : Infinity;
      const width = 30;
      const bar = "#".repeat(Math.round(share * width)).padEnd(width, "-");
      const line = `[${bar}] ${(share * 100).toFixed(1).padStart(5)}%  ${items} items  ${rate.toFixed(1)} items/s  ETA ${duration(eta)}`;
      process.stderr.write(tty ? `\r${line}` : `${line}\n`);
    },
    done() {
      if (tty) process.stderr.write("\n");
    },
  };
}

function printSummary(summary: ImportSummary, seconds: number) {
  const { articles, pages, comments } = summary;
  log(`\nImported in ${seconds.toFixed(1)} s (${summary.items} items read):`);
  log(`  articles:  ${articles.created} created, ${articles.existing} already there`);
  log(`  pages:     ${pages.created} created, ${pages.existing} already there`);
  log(
    `  comments:  ${comments.created} created (${Object.entries(comments.byStatus)
      .map(([status, count]) => `${count} ${status.toLowerCase()}`)
      .join(", ")}), ${comments.existing} already there`,
  );
  log(
    `  new sections: ${summary.sectionsCreated}, new tags: ${summary.tagsCreated}, new bylines: ${summary.authorsCreated}`,
  );
  log(
    `  featured images kept: ${summary.featuredImages}, links to the old site rewritten: ${summary.linksRewritten}`,
  );
  const skipped = Object.entries(summary.skipped);
  log(
    `  skipped: ${skipped.length ? skipped.map(([what, count]) => `${count} ${what}`).join(", ") : "nothing"}`,
  );
  if (summary.slugClashes.length) {
    log(`  slug clashes (${summary.slugClashes.length}), imported under a new slug:`);
    for (const clash of summary.slugClashes)
      log(`    WordPress ${clash.kind} ${clash.wordpressId}: "${clash.wanted}" is taken → "${clash.slug}"`);
  }
  log(
    "\nOld WordPress links (/YYYY/MM/DD/slug/, /?p=ID) now redirect to the imported articles. A running server shows the new articles in its lists when their cache expires (15 minutes at most) or at its next start.",
  );
}

void runWithDatabase(async (databaseUrl) => {
  await migrate(databaseUrl, { log });
  const total = statSync(file).size;
  // Loaded once the environment is complete (the spam filter's module reads it on import).
  const { importWxr } = await import("../lib/wordpress/import");
  const client = createPrismaClient(databaseUrl);
  const progress = progressReporter(total);
  const started = Date.now();
  try {
    const summary = await importWxr(client, createReadStream(file, { highWaterMark: 256 * 1024 }), {
      trainSpam: values["train-spam"] ?? false,
      defaultLang: values.lang as "fr" | "en" | undefined,
      onProgress: (state) => progress.update(state),
    });
    progress.update({ bytes: total, items: summary.items }, true);
    progress.done();
    printSummary(summary, (Date.now() - started) / 1000);
  } catch (error) {
    progress.done();
    throw error;
  } finally {
    await client.$disconnect();
  }
});
