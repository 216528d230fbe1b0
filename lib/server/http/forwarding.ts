// Who is asking, decided from the socket: forwarding headers (X-Forwarded-For, -Host, -Proto,
// X-Request-Id) are believed only from TRUSTED_PROXIES. The client address is the first
// untrusted hop, walking X-Forwarded-For from the right starting at the socket peer
// (proxy-addr, as Express does). Everything else a client sends in those headers is dropped,
// and the result goes to Next in a private header that clients cannot set.
import type { IncomingMessage } from "node:http";
import proxyaddr from "proxy-addr";
import { CLIENT_IP_HEADER } from "@/lib/security/request";

export type TrustProxy = (address: string, hop: number) => boolean;

/** Parses TRUSTED_PROXIES (comma-separated addresses or CIDRs); throws with a clear message. */
export function compileTrustedProxies(value: string | undefined): TrustProxy {
  const entries = (value ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  try {
    return proxyaddr.compile(entries);
  } catch (error) {
    throw new Error(
      `TRUSTED_PROXIES must list IP addresses or CIDR ranges separated by commas (${(error as Error).message})`,
    );
  }
}

/** An IPv4-mapped IPv6 address (::ffff:192.0.2.1) as plain IPv4. */
export function normaliseAddress(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  return mapped ? mapped[1]! : address;
}

export type Forwarding = {
  /** The client's address (the first untrusted hop). */
  clientAddress: string;
  /** Whether the socket peer is a trusted proxy (its X-Forwarded-Host/-Proto are believed). */
  peerTrusted: boolean;
};

export function resolveForwarding(request: IncomingMessage, trust: TrustProxy): Forwarding {
  const peer = request.socket.remoteAddress;
  if (!peer) return { clientAddress: "unknown", peerTrusted: false };
  const peerTrusted = trust(peer, 0);
  return { clientAddress: normaliseAddress(proxyaddr(request, trust)), peerTrusted };
}

/** The first value of a comma-separated forwarding header (the one the nearest proxy vouches for). */
function firstValue(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  return value?.split(",")[0]?.trim() || undefined;
}

/**
 * Rewrites the request's forwarding headers in place so Next and the app see only what is
 * trusted: the private client-address header, X-Forwarded-For with that address, and
 * X-Forwarded-Host/-Proto only when the socket peer is a trusted proxy (else Next fills them
 * from the Host header and the socket).
 */
export function applyForwarding(request: IncomingMessage, forwarding: Forwarding): void {
  const headers = request.headers;
  const host = forwarding.peerTrusted ? firstValue(headers["x-forwarded-host"]) : undefined;
  const proto = forwarding.peerTrusted ? firstValue(headers["x-forwarded-proto"]) : undefined;
  for (const name of [
    CLIENT_IP_HEADER,
    "x-forwarded-for",
    "x-forwarded-host",
    "x-forwarded-proto",
    "x-forwarded-port",
    "x-real-ip",
    "forwarded",
  ]) {
    delete headers[name];
  }
  headers[CLIENT_IP_HEADER] = forwarding.clientAddress;
  headers["x-forwarded-for"] = forwarding.clientAddress;
  if (host) headers["x-forwarded-host"] = host;
  if (proto === "http" || proto === "https") headers["x-forwarded-proto"] = proto;
}
