// Mail link tokens: sealed (the email hash is not readable in the URL, hence not in access
// logs), bound to their purpose, tamper-proof, and expiring when they carry an expiry.
import { expect, it } from "vitest";
import { emailHash } from "@/lib/comments/identity";
import { linkToken, readLinkToken } from "@/lib/mail/links";

const h = emailHash("someone@example.org");

it("hides the email hash and reads back only for its own purpose, untampered and unexpired", () => {
  const token = linkToken("unsubscribe", { h, c: 42 });
  expect(token).toMatch(/^[\w-]+$/);
  expect(token).not.toContain(h);
  expect(Buffer.from(token, "base64url").toString("latin1")).not.toContain(h);
  expect(token).not.toContain(Buffer.from(h).toString("base64url").slice(0, 20));
  expect(readLinkToken("unsubscribe", token)).toEqual({ h, c: 42 });
  expect(readLinkToken("confirm", token)).toBeNull();

  const bytes = Buffer.from(token, "base64url");
  bytes[20] = bytes[20]! ^ 1;
  expect(readLinkToken("unsubscribe", bytes.toString("base64url"))).toBeNull();
  expect(readLinkToken("unsubscribe", "short")).toBeNull();

  const confirm = linkToken("confirm", { h, exp: Date.now() + 60_000 });
  expect(readLinkToken("confirm", confirm)).toMatchObject({ h });
  expect(readLinkToken("confirm", confirm, Date.now() + 120_000)).toBeNull();
  // Two links for the same payload differ (random IV): nothing to correlate in logs.
  expect(linkToken("unsubscribe", { h })).not.toBe(linkToken("unsubscribe", { h }));
});
