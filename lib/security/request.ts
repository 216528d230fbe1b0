// What the server knows about who is asking: the client IP (for rate limits and salted
// hashes only) and whether a form post really comes from this site.
// No "server-only" marker: the in-process server (server.ts, plain Node) imports it.
import { createHash } from "node:crypto";
import { env } from "@/lib/env";

type HeaderReader = { get(name: string): string | null };

/**
 * Private request header carrying the client address. The in-process server
 * (lib/server/http/server.ts) strips any copy a client sends and sets it from the socket and
 * TRUSTED_PROXIES; nothing else decides who is asking.
 */
export const CLIENT_IP_HEADER = "x-lede-client-ip";

/**
 * The client's IP address, as decided by the in-process server. "unknown" when the app is
 * served some other way (then every client shares the per-address limits: the safe side).
 */
export function clientIp(headers: HeaderReader): string {
  return headers.get(CLIENT_IP_HEADER)?.trim() || "unknown";
}

/** Salted hash of an IP address: what is stored instead of the address. */
export function hashIp(ip: string): string {
  const salt =
    env().IP_HASH_SALT ?? createHash("sha256").update(`ip-salt:${env().AUTH_SECRET}`).digest("hex");
  return createHash("sha256").update(`${salt}:${ip}`).digest("hex");
}

/**
 * True when the request's Origin is this site (the public SITE_URL or the host it was sent
 * to). Browsers send Origin on every form POST; its absence means a non-browser client.
 */
export function isSameOrigin(headers: HeaderReader): boolean {
  const origin = headers.get("origin");
  if (!origin) return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  const allowed = new Set(
    [new URL(env().SITE_URL).host, headers.get("x-forwarded-host"), headers.get("host")].filter(Boolean),
  );
  return allowed.has(originHost);
}
