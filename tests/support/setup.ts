// Runs before each test file: points lib/db at this run's database, and replaces Next's cache
// API (which only works inside a Next server) with no-ops so queries can be tested directly.
import { inject, vi } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.AUTH_SECRET ||= "test-secret-test-secret-test-secret-0123";
// next.config.js turns on experimental.authInterrupts (forbidden(), unauthorized()); Next sets this.
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

vi.mock("next/cache", () => ({
  cacheTag: () => {},
  cacheLife: () => {},
  updateTag: () => {},
  revalidateTag: () => {},
  revalidatePath: () => {},
  refresh: () => {},
}));
