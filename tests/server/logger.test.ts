import { describe, expect, it } from "vitest";
import { scrubPersonalData } from "@/lib/server/logger";

describe("log scrubbing", () => {
  it("removes email and IP addresses from any text", () => {
    const text =
      "comment by jane.doe+news@example.co.uk from 203.0.113.9 via ::ffff:198.18.0.1 and 2001:db8::42 at 12:30:45, v1.2.3";
    const scrubbed = scrubPersonalData(text);
    expect(scrubbed).toBe("comment by [email] from [ip] via [ip] and [ip] at 12:30:45, v1.2.3");
  });

  it("leaves ordinary text, times and paths alone", () => {
    const text = "GET /2026/12/02/story-title?page=2 took 12.5 ms at 03:00:00";
    expect(scrubPersonalData(text)).toBe(text);
  });
});
