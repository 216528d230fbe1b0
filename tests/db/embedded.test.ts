import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { ensureDatabase } from "@/lib/db/embedded";

// Under the project (not /tmp): PostgreSQL runs as its own user and must reach the directory.
const dataDir = path.join(process.cwd(), ".data", `test-embedded-${randomBytes(4).toString("hex")}`);
const start = () => ensureDatabase(() => {}, { databaseUrl: "", dataDir });

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("embedded database", () => {
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it("starts once when two starts race; the last user to leave stops it", async () => {
    const [first, second] = await Promise.all([start(), start()]);
    expect([first.owned, second.owned].sort()).toEqual([false, true]);
    expect(second.url).toBe(first.url);
    await query(first.url, "create table kept (note text); insert into kept values ('survives a restart')");
    const starter = first.owned ? first : second;
    const attached = first.owned ? second : first;
    // The process that started it leaves first: the other one keeps working.
    await starter.stop();
    expect(await query(attached.url, "select note from kept")).toEqual([{ note: "survives a restart" }]);
    await attached.stop();
    await expect(query(attached.url, "select 1")).rejects.toThrow();
  }, 60_000);

  it("keeps the data across a stop and a new start, and stops cleanly", async () => {
    const again = await start();
    expect(again.owned).toBe(true);
    expect(await query(again.url, "select note from kept")).toEqual([{ note: "survives a restart" }]);
    await again.stop();
    await expect(query(again.url, "select 1")).rejects.toThrow();
  }, 60_000);
});
