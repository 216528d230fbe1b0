import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

const valid = { DATABASE_URL: "postgresql://u:p@localhost:5432/db", AUTH_SECRET: "x".repeat(32) };

describe("environment", () => {
  it("accepts a valid environment and fills defaults", () => {
    const env = parseEnv({ ...valid, PORT: "4000" });
    expect(env.PORT).toBe(4000);
    expect(env.SITE_URL).toBe("http://localhost:4000");
    expect(env.SITE_NAME).toBe("Lede");
  });

  it("names the missing variable", () => {
    expect(() => parseEnv({ AUTH_SECRET: valid.AUTH_SECRET })).toThrow(/DATABASE_URL is required/);
  });

  it("names every bad variable in one message", () => {
    expect(() =>
      parseEnv({ DATABASE_URL: "mysql://x", AUTH_SECRET: "short", SITE_URL: "not a url" }),
    ).toThrow(
      /DATABASE_URL must be a postgresql:\/\/[\s\S]*AUTH_SECRET must be at least 32[\s\S]*SITE_URL must be an absolute URL/,
    );
  });
});
