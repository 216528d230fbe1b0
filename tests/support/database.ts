// A fresh database per test run on the test server, so runs never collide with each other or
// touch the development data.
import { randomBytes } from "node:crypto";
import pg from "pg";

export type TestDatabase = { url: string; name: string; drop(): Promise<void> };

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function onServer<T>(serverUrl: string, task: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await client.connect();
  try {
    return await task(client);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(serverUrl: string, purpose: string): Promise<TestDatabase> {
  const name = `lede_test_${purpose}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  await onServer(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  return {
    name,
    url: withDatabase(serverUrl, name),
    drop: () =>
      onServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(
        () => {},
      ),
  };
}
