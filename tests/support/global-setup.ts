// Vitest global setup: one fresh, migrated database for this run (on DATABASE_URL's server or
// the embedded one), dropped at the end.
import type { TestProject } from "vitest/node";
import { migrate } from "@/lib/db/migrate";
import { applyLocalDefaults } from "@/lib/server/local-defaults";
import { createTestDatabase } from "./database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    serverUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await applyLocalDefaults(() => {});
  const database = await createTestDatabase(server.url, "unit");
  await migrate(database.url);
  project.provide("databaseUrl", database.url);
  project.provide("serverUrl", server.url);
  return async () => {
    await database.drop();
    await server.stop();
  };
}
