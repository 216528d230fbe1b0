// Next expires cache tags only inside a request (its tag API needs the request context), so
// code running beside the server (the job worker, the tag-expiry listener) asks its own server
// through a private route on the loopback address, proved by an HMAC of AUTH_SECRET.
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

export const EXPIRE_PATH = "/api/internal/expire-tags";
export const EXPIRE_HEADER = "x-lede-expire";

export function expiryToken(): string {
  return createHmac("sha256", env().AUTH_SECRET).update("expire-tags").digest("hex");
}

export function isExpiryToken(value: string | null): boolean {
  const expected = Buffer.from(expiryToken());
  const given = Buffer.from(value ?? "");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Expires `tags` in this server process's caches (memory, or the shared store when configured). */
export async function expireTagsInThisServer(tags: string[], port = env().PORT): Promise<void> {
  if (tags.length === 0) return;
  const response = await fetch(`http://127.0.0.1:${port}${EXPIRE_PATH}`, {
    method: "POST",
    headers: { [EXPIRE_HEADER]: expiryToken(), "content-type": "application/json" },
    body: JSON.stringify({ tags }),
  });
  if (!response.ok) throw new Error(`Expiring cache tags failed: HTTP ${response.status}`);
}
