// Comment posts under load, as browsers without JavaScript send them, and what became of each:
// the answer the reader got (after the redirect) against what the database holds afterwards.
// Used by `npm run loadtest:comments` and by the end-to-end test that runs a small version.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { commentFormFields, pageAfterPost, postCommentForm } from "./form-posts";

export type LoadOptions = {
  origin: string;
  articlePath: string;
  count: number;
  concurrency: number;
  /** Runs once `startAfter` posts have been sent (e.g. restart the database). */
  during?: { startAfter: number; run: () => Promise<void> };
};

export type LoadReport = {
  posted: number;
  accepted: number;
  stored: number;
  acceptedButLost: number;
  refusedButStored: number;
  refusedWithMessage: number;
  refusedKeptText: number;
  bare5xx: number;
  other: number;
  seconds: number;
  /** What the refused readers were told, and what the other answers were, by message. */
  messages: Map<string, number>;
};

type Outcome = "accepted" | "refused" | "bare5xx" | "other";

// By markup, not wording: the page's inline data carries the form's messages (both answers'
// texts are on every page), and the wording follows the site's language.
const ACCEPTED = /class="comment-posted"/;
const REFUSED = /class="(?:form-error|field-error)"/;

/** Sorts the page a reader got: accepted, refused with a message, or a bare server error. */
export function classify(status: number, html: string): Outcome {
  if (status >= 500 && !/<link[^>]+stylesheet/.test(html)) return "bare5xx";
  if (/Internal Server Error/.test(html)) return "bare5xx";
  if (REFUSED.test(html) || status === 503) return "refused";
  if (ACCEPTED.test(html)) return "accepted";
  return "other";
}

export async function runCommentLoad(db: PrismaClient, options: LoadOptions): Promise<LoadReport> {
  const { origin, articlePath, count, concurrency } = options;
  const hidden = await commentFormFields(origin, articlePath);
  // The form's minimum time before posting (the too-fast bot check) starts when it was read.
  await new Promise((resolve) => setTimeout(resolve, 1_100));
  const run = `load-${Date.now().toString(36)}`;
  const outcomes = new Map<number, { outcome: Outcome; keptText: boolean; message?: string }>();
  let next = 0;
  let during: Promise<void> | null = null;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const n = next++;
        if (options.during && n === options.during.startAfter) during = options.during.run();
        const body = `Comment ${n} of ${run}: an ordinary remark about this story, nothing more.`;
        // Each post from its own client address (benchmark range), given by the trusted proxy.
        const from = { "x-forwarded-for": `198.18.${n >> 8}.${n & 255}` };
        try {
          const answer = await postCommentForm(
            origin,
            articlePath,
            hidden,
            { authorName: `Reader ${n}`, authorEmail: `reader-${n}-${run}@example.org`, body },
            { headers: from },
          );
          const page = answer.status === 303 ? await pageAfterPost(origin, answer) : answer;
          const outcome =
            answer.status >= 500 ? classify(answer.status, answer.text) : classify(page.status, page.text);
          const message = /class="(?:form-error|field-error)"[^>]*>([^<]*)</.exec(page.text)?.[1];
          const title = /<title>([^<]*)</.exec(page.text)?.[1];
          outcomes.set(n, {
            outcome,
            keptText: page.text.includes(body),
            message:
              message ?? `HTTP ${answer.status}${page === answer ? "" : ` then ${page.status}`}: ${title}`,
          });
        } catch (error) {
          // The connection itself failed.
          outcomes.set(n, { outcome: "other", keptText: false, message: String(error) });
        }
      }
    }),
  );
  await during;
  const seconds = (Date.now() - started) / 1000;
  const stored = new Set(
    (await db.comment.findMany({ where: { body: { contains: run } }, select: { body: true } })).map(
      (comment) => Number(/^Comment (\d+) of /.exec(comment.body)?.[1]),
    ),
  );
  const report: LoadReport = {
    posted: count,
    accepted: 0,
    stored: stored.size,
    acceptedButLost: 0,
    refusedButStored: 0,
    refusedWithMessage: 0,
    refusedKeptText: 0,
    bare5xx: 0,
    other: 0,
    seconds,
    messages: new Map(),
  };
  for (const [n, { outcome, keptText, message }] of outcomes) {
    if (outcome === "accepted") {
      report.accepted++;
      if (!stored.has(n)) report.acceptedButLost++;
    } else if (outcome === "refused") {
      report.refusedWithMessage++;
      report.messages.set(message!, (report.messages.get(message!) ?? 0) + 1);
      if (keptText) report.refusedKeptText++;
      if (stored.has(n)) report.refusedButStored++;
    } else if (outcome === "bare5xx") report.bare5xx++;
    else {
      report.other++;
      report.messages.set(message!, (report.messages.get(message!) ?? 0) + 1);
    }
  }
  return report;
}

export function formatReport(report: LoadReport): string {
  const rows: [string, number | string][] = [
    ["posted", report.posted],
    ["accepted", report.accepted],
    ["stored", report.stored],
    ["accepted but lost", report.acceptedButLost],
    ["refused but stored", report.refusedButStored],
    ["refused with a message", report.refusedWithMessage],
    ["  of which kept the typed text", report.refusedKeptText],
    ["bare 5xx", report.bare5xx],
    ["other (no answer / unexpected page)", report.other],
    ["seconds", report.seconds.toFixed(1)],
    ...[...report.messages].map(([message, times]): [string, number] => [`answer: ${message}`, times]),
  ];
  return rows.map(([label, value]) => `${label.padEnd(38)} ${value}`).join("\n");
}
