import { defineConfig } from "prisma/config";

// Prisma 7 reads the connection from here. `env()` would throw when DATABASE_URL is unset,
// which would break `prisma generate` on a machine using the embedded database.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
