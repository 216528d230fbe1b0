// The too-fast check's start time never comes from the (cached, shared) page render: with
// JavaScript the browser measures it; without, the no-script pixel's signed cookie gives it.
import { describe, expect, it } from "vitest";
import {
  elapsedSinceForm,
  formSeenCookie,
  OWN_HINT_COOKIE,
  rememberOwnComment,
} from "@/lib/comments/cookies";

const NOW = 1_800_000_000_000;

describe("elapsedSinceForm", () => {
  it("uses the time the browser measured", () => {
    expect(elapsedSinceForm("4200", undefined, NOW)).toBe(4200);
    expect(elapsedSinceForm("0", undefined, NOW)).toBe(0);
  });

  it("ignores a measured time that is not a plain count of milliseconds", () => {
    for (const bad of ["-5", "1e9", "abc", "", "99999999999", String(31 * 86_400_000)])
      expect(elapsedSinceForm(bad, undefined, NOW)).toBeNull();
  });

  it("falls back to the no-script pixel's signed cookie", () => {
    const seen = formSeenCookie(NOW - 9000);
    expect(elapsedSinceForm(undefined, seen.value, NOW)).toBe(9000);
    expect(seen.options).toMatchObject({ httpOnly: true, path: "/" });
  });

  it("refuses a forged or future pixel cookie", () => {
    const seen = formSeenCookie(NOW - 9000).value;
    const [, signature] = seen.split(".");
    const forged = `${Buffer.from(String(NOW - 60_000)).toString("base64url")}.${signature}`;
    expect(elapsedSinceForm(undefined, forged, NOW)).toBeNull();
    expect(elapsedSinceForm(undefined, formSeenCookie(NOW + 1000).value, NOW)).toBeNull();
    expect(elapsedSinceForm(undefined, undefined, NOW)).toBeNull();
  });
});

describe("the own-comments hint cookie", () => {
  it("is readable by the page's script and holds nothing personal", () => {
    const set = new Map<string, { value: string; options: Record<string, unknown> }>();
    const jar = {
      get: (name: string) => set.get(name),
      set: (name: string, value: string, options: Record<string, unknown>) =>
        set.set(name, { value, options }),
      delete: (name: string) => set.delete(name),
    };
    rememberOwnComment(jar, 42);
    expect(set.get(OWN_HINT_COOKIE)).toMatchObject({ value: "1", options: { httpOnly: false } });
    expect(set.get("lede_own")?.options).toMatchObject({ httpOnly: true });
  });
});
