// Scheduled publication through the job runner: one "went live" audit entry per scheduled
// article however many workers run, catch-up after downtime, and the tag expiry broadcast that
// reaches every listening server.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  goingLiveTasks,
  recordWentLive,
  scheduleGoingLive,
  sweepSchedules,
  WENT_LIVE_ACTION,
} from "@/lib/articles/going-live";
import { broadcastTagExpiry, listenForTagExpiry, type Listener } from "@/lib/cache/broadcast";
import { isExpiryToken, expiryToken } from "@/lib/cache/local-expiry";
import { startJobWorker, type JobWorker } from "@/lib/jobs/runner";

const databaseUrl = process.env.DATABASE_URL!;
let sectionId: number;
let tagId: number;
const created: number[] = [];
const running: (JobWorker | Listener)[] = [];

beforeAll(async () => {
  sectionId = (await db.section.create({ data: { slug: "live-clock", name: "Clock" } })).id;
  tagId = (await db.tag.create({ data: { slug: "live-clock-tag", name: "Clock tag" } })).id;
});

afterEach(async () => {
  await Promise.all(running.splice(0).map((thing) => thing.stop()));
});

afterAll(async () => {
  await db.article.deleteMany({ where: { id: { in: created } } });
  await db.tag.delete({ where: { id: tagId } });
  await db.section.delete({ where: { id: sectionId } });
});

let counter = 0;
async function article(status: "PUBLISHED" | "DRAFT", publishedAt: Date) {
  const slug = `live-${++counter}-${Date.now().toString(36)}`;
  const row = await db.article.create({
    data: { slug, title: slug, body: "x", status, publishedAt, sectionId, tags: { create: { tagId } } },
  });
  created.push(row.id);
  return row;
}

const wentLiveEntries = (articleId: number) =>
  db.auditEntry.count({
    where: { action: WENT_LIVE_ACTION, targetType: "article", targetId: String(articleId) },
  });

async function worker() {
  const started = await startJobWorker({
    databaseUrl,
    tasks: goingLiveTasks as never[],
    pollIntervalMs: 200,
  });
  running.push(started);
  return started;
}

function listen() {
  const received: { tags: string[]; at: number }[] = [];
  running.push(
    listenForTagExpiry(databaseUrl, async (tags) => {
      received.push({ tags, at: Date.now() });
    }),
  );
  return received;
}

async function until<T>(check: () => Promise<T | undefined | false> | T | undefined | false, ms = 20_000) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("recording that a scheduled article went live", () => {
  it("records once, and names its pages and the pages linking to it", async () => {
    const at = new Date(Date.now() - 1_000);
    const due = await article("PUBLISHED", at);
    const referrer = await article("PUBLISHED", new Date(Date.now() - 100_000));
    await db.readAlso.create({ data: { articleId: referrer.id, targetId: due.id, afterParagraph: 1 } });

    const runs = await Promise.all([1, 2, 3, 4].map(() => recordWentLive(due.id, at)));
    expect(await wentLiveEntries(due.id)).toBe(1);
    for (const tags of runs)
      expect(tags).toEqual(
        expect.arrayContaining([
          `article:${due.id}`,
          `article-slug:${due.slug}`,
          "section:live-clock",
          "tag:live-clock-tag",
          "home",
          "feeds",
          `article:${referrer.id}`,
          `comments:${due.id}`,
        ]),
      );
    expect(await recordWentLive(due.id, at)).not.toBeNull();
    expect(await wentLiveEntries(due.id)).toBe(1);
  });

  it("does nothing for a future time, a moved schedule or a draft", async () => {
    const future = new Date(Date.now() + 60_000);
    const scheduled = await article("PUBLISHED", future);
    expect(await recordWentLive(scheduled.id, future)).toBeNull();
    const moved = await article("PUBLISHED", new Date(Date.now() - 1_000));
    expect(await recordWentLive(moved.id, new Date(Date.now() - 5_000))).toBeNull();
    const draftAt = new Date(Date.now() - 1_000);
    const draft = await article("DRAFT", draftAt);
    expect(await recordWentLive(draft.id, draftAt)).toBeNull();
    expect(await wentLiveEntries(scheduled.id)).toBe(0);
    expect(await wentLiveEntries(moved.id)).toBe(0);
    expect(await wentLiveEntries(draft.id)).toBe(0);
  });
});

describe("the going-live job", () => {
  it("goes live on time, once, with two workers running, and every listener gets the tags", async () => {
    const listenerA = listen();
    const listenerB = listen();
    await Promise.all([worker(), worker()]);
    const at = new Date(Date.now() + 3_000);
    const scheduled = await article("PUBLISHED", at);
    await db.$transaction((tx) => scheduleGoingLive(tx, scheduled, new Date()));

    const tag = `article:${scheduled.id}`;
    const gotA = await until(() => listenerA.find((message) => message.tags.includes(tag)));
    const gotB = await until(() => listenerB.find((message) => message.tags.includes(tag)));
    expect(gotA.at).toBeGreaterThanOrEqual(at.getTime());
    expect(gotA.at - at.getTime()).toBeLessThan(2_000);
    expect(gotB.at - at.getTime()).toBeLessThan(2_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await wentLiveEntries(scheduled.id)).toBe(1);
    expect(listenerA.filter((message) => message.tags.includes(tag))).toHaveLength(1);
  });

  it("a rescheduled article goes live at its new time only; an unscheduled one never", async () => {
    await worker();
    const first = new Date(Date.now() + 3_000);
    const moved = await article("PUBLISHED", first);
    const dropped = await article("PUBLISHED", first);
    await scheduleGoingLive(db, moved);
    await scheduleGoingLive(db, dropped);
    const later = new Date(Date.now() + 60_000);
    await db.article.update({ where: { id: moved.id }, data: { publishedAt: later } });
    await scheduleGoingLive(db, { ...moved, publishedAt: later });
    await db.article.update({ where: { id: dropped.id }, data: { status: "DRAFT" } });
    await scheduleGoingLive(db, { ...dropped, status: "DRAFT" });
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, first.getTime() + 1_500 - Date.now())));
    expect(await wentLiveEntries(moved.id)).toBe(0);
    expect(await wentLiveEntries(dropped.id)).toBe(0);
    const [job] = await db.$queryRaw<{ run_at: Date }[]>`
      SELECT run_at FROM graphile_worker.jobs WHERE key = ${`article-went-live:${moved.id}`}`;
    expect(job?.run_at.getTime()).toBe(later.getTime());
    await db.article.update({ where: { id: moved.id }, data: { status: "DRAFT" } });
    await scheduleGoingLive(db, { ...moved, status: "DRAFT" });
  });

  it("catches up everything that went live while no worker ran, and the sweep adds missing jobs", async () => {
    // Far enough ahead that the rows are still in the future when their jobs are added.
    const soon = Date.now() + 4_000;
    const missed = await Promise.all([0, 100, 200].map((ms) => article("PUBLISHED", new Date(soon + ms))));
    for (const row of missed) await scheduleGoingLive(db, row);
    // Written without a job (as a seed or an import would), still in the future when the sweep runs.
    const unscheduled = await article("PUBLISHED", new Date(soon + 500));
    expect((await sweepSchedules()).articles).toBeGreaterThanOrEqual(1);
    // "Downtime": every time passes while no worker runs.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, soon + 800 - Date.now())));
    for (const row of [...missed, unscheduled]) expect(await wentLiveEntries(row.id)).toBe(0);

    await worker();
    for (const row of [...missed, unscheduled])
      await until(async () => (await wentLiveEntries(row.id)) === 1);
  });
});

describe("tag expiry broadcast and the local expiry route's token", () => {
  it("delivers large tag lists in batches", async () => {
    const received = listen();
    await new Promise((resolve) => setTimeout(resolve, 300)); // the listener connects
    const tags = Array.from({ length: 600 }, (_, index) => `article-slug:${"x".repeat(20)}-${index}`);
    await broadcastTagExpiry(db, tags);
    await until(() => received.flatMap((message) => message.tags).length === 600);
    expect(received.length).toBeGreaterThan(1);
    expect(new Set(received.flatMap((message) => message.tags))).toEqual(new Set(tags));
  });

  it("only accepts requests signed with this server's secret", () => {
    expect(isExpiryToken(expiryToken())).toBe(true);
    expect(isExpiryToken("forged")).toBe(false);
    expect(isExpiryToken(null)).toBe(false);
  });
});

describe("the application's task list", () => {
  it("starts a worker with every task and recurring schedule (the crontab parses)", async () => {
    const { allRecurring, allTasks } = await import("@/lib/jobs/tasks");
    const started = await startJobWorker({ databaseUrl, tasks: allTasks, recurring: allRecurring });
    running.push(started);
    expect(allRecurring.length).toBeGreaterThan(0);
  });
});
