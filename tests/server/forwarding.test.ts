import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import {
  applyForwarding,
  compileTrustedProxies,
  normaliseAddress,
  resolveForwarding,
} from "@/lib/server/http/forwarding";
import { clientIp } from "@/lib/security/request";

function request(peer: string | undefined, headers: Record<string, string> = {}): IncomingMessage {
  const socket = { remoteAddress: peer };
  return { socket, connection: socket, headers: { ...headers } } as unknown as IncomingMessage;
}

/** What the app sees after the server rewrote the request's headers. */
function seenByApp(peer: string | undefined, headers: Record<string, string>, trusted?: string) {
  const req = request(peer, headers);
  applyForwarding(req, resolveForwarding(req, compileTrustedProxies(trusted)));
  const get = (name: string) => (req.headers[name] as string | undefined) ?? null;
  return { ip: clientIp({ get }), headers: req.headers };
}

describe("client address", () => {
  it("ignores X-Forwarded-For and a forged private header from an untrusted peer", () => {
    const seen = seenByApp("198.18.0.7", {
      "x-forwarded-for": "203.0.113.9, 203.0.113.10",
      "x-real-ip": "203.0.113.11",
      "x-lede-client-ip": "203.0.113.12",
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "https",
    });
    expect(seen.ip).toBe("198.18.0.7");
    expect(seen.headers["x-forwarded-for"]).toBe("198.18.0.7");
    expect(seen.headers["x-real-ip"]).toBeUndefined();
    expect(seen.headers["x-forwarded-host"]).toBeUndefined();
    expect(seen.headers["x-forwarded-proto"]).toBeUndefined();
  });

  it("has no trusted proxies by default, not even loopback", () => {
    expect(seenByApp("127.0.0.1", { "x-forwarded-for": "203.0.113.9" }).ip).toBe("127.0.0.1");
  });

  it("walks X-Forwarded-For from the right while hops are trusted proxies", () => {
    const trusted = "127.0.0.1, 10.0.0.0/8";
    // The client forged the left entry; the trusted proxy appended the real address.
    const seen = seenByApp(
      "127.0.0.1",
      {
        "x-forwarded-for": "203.0.113.66, 198.18.0.5, 10.1.2.3",
        "x-forwarded-host": "news.example, other.example",
        "x-forwarded-proto": "https",
      },
      trusted,
    );
    expect(seen.ip).toBe("198.18.0.5");
    expect(seen.headers["x-forwarded-host"]).toBe("news.example");
    expect(seen.headers["x-forwarded-proto"]).toBe("https");
  });

  it("uses the socket address when a trusted proxy sent no X-Forwarded-For", () => {
    expect(seenByApp("127.0.0.1", {}, "127.0.0.1").ip).toBe("127.0.0.1");
  });

  it("normalises IPv4-mapped IPv6 addresses, for the peer and in the trust list", () => {
    expect(normaliseAddress("::ffff:198.18.0.1")).toBe("198.18.0.1");
    expect(normaliseAddress("2001:db8::1")).toBe("2001:db8::1");
    const seen = seenByApp("::ffff:127.0.0.1", { "x-forwarded-for": "::ffff:198.18.0.9" }, "127.0.0.1");
    expect(seen.ip).toBe("198.18.0.9");
    expect(seenByApp("::ffff:198.18.0.3", { "x-forwarded-for": "203.0.113.1" }).ip).toBe("198.18.0.3");
  });

  it("supports IPv6 proxies and CIDR ranges", () => {
    const seen = seenByApp("2001:db8::5", { "x-forwarded-for": "198.18.1.1" }, "2001:db8::/32");
    expect(seen.ip).toBe("198.18.1.1");
  });

  it("refuses a bad TRUSTED_PROXIES value with a clear message", () => {
    expect(() => compileTrustedProxies("127.0.0.1, not-an-ip")).toThrow(/TRUSTED_PROXIES/);
  });

  it("answers unknown when the socket has no address", () => {
    expect(seenByApp(undefined, { "x-forwarded-for": "203.0.113.9" }).ip).toBe("unknown");
  });

  it("reads only the private header: X-Forwarded-For alone is not believed", () => {
    const get = (name: string) => ({ "x-forwarded-for": "203.0.113.9" })[name] ?? null;
    expect(clientIp({ get })).toBe("unknown");
  });
});
