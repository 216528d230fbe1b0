// Defaults for a local machine with no configuration: the embedded database and an auth
// secret generated once and kept under .data/. Production sets DATABASE_URL and AUTH_SECRET.
import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { dataDirectory, ensureDatabase, type DatabaseHandle } from "@/lib/db/embedded";

async function localAuthSecret(): Promise<string> {
  const file = path.join(dataDirectory(), "auth-secret");
  try {
    return (await readFile(file, "utf8")).trim();
  } catch {
    const secret = randomBytes(32).toString("base64url");
    await mkdir(dataDirectory(), { recursive: true });
    await writeFile(file, secret, { mode: 0o600 });
    return secret;
  }
}

/** Fills DATABASE_URL and AUTH_SECRET in process.env when they are not set. */
export async function applyLocalDefaults(log: (message: string) => void): Promise<DatabaseHandle> {
  const database = await ensureDatabase(log);
  process.env.DATABASE_URL = database.url;
  process.env.AUTH_SECRET ||= await localAuthSecret();
  return database;
}
