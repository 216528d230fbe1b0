// Links in mails. Each one carries its payload (the address's email hash, a scope, an expiry)
// encrypted and authenticated with a key derived from AUTH_SECRET (AES-256-GCM): no table of
// tokens is needed, nothing can be forged, and the email hash never appears in a URL, so
// access logs and proxies that record paths hold nothing personal. A link that changes
// something opens a page with a button (mail scanners follow GET links); only the
// List-Unsubscribe header's address acts on a POST by itself (RFC 8058 one-click).
import "server-only";
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

export type LinkPurpose = "confirm" | "unsubscribe" | "privacy";

export type UnsubscribePayload = {
  /** The address's email hash. */
  h: string;
  /** Thread scope: the subscribed comment; absent = everything. */
  c?: number;
};

export type ConfirmPayload = { h: string; exp: number };

/** What a privacy request link does once confirmed (lib/privacy). */
export type PrivacyPayload = { h: string; act: "export" | "erase"; exp: number };

type Payloads = { confirm: ConfirmPayload; unsubscribe: UnsubscribePayload; privacy: PrivacyPayload };

const key = (purpose: LinkPurpose) =>
  createHash("sha256").update(`mail-link:${purpose}\n${env().AUTH_SECRET}`).digest();

export function linkToken<P extends LinkPurpose>(purpose: P, payload: Payloads[P]): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(purpose), iv);
  const sealed = Buffer.concat([cipher.update(JSON.stringify(payload), "utf8"), cipher.final()]);
  return Buffer.concat([iv, sealed, cipher.getAuthTag()]).toString("base64url");
}

function open(purpose: LinkPurpose, token: string): string | null {
  const raw = Buffer.from(token, "base64url");
  if (raw.length < 12 + 16 + 2) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(purpose), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(raw.length - 16));
    return Buffer.concat([decipher.update(raw.subarray(12, raw.length - 16)), decipher.final()]).toString(
      "utf8",
    );
  } catch {
    return null;
  }
}

/** The payload of a token, or null when forged, malformed or expired. */
export function readLinkToken<P extends LinkPurpose>(
  purpose: P,
  token: string,
  now = Date.now(),
): Payloads[P] | null {
  const raw = open(purpose, token);
  if (!raw) return null;
  try {
    const payload = JSON.parse(raw) as Payloads[P] & { exp?: number };
    if (typeof payload.h !== "string") return null;
    if (typeof payload.exp === "number" && payload.exp < now) return null;
    return payload;
  } catch {
    return null;
  }
}

export function absolute(pathname: string): string {
  return new URL(pathname, `${env().SITE_URL}/`).toString();
}

/** The page with a button (for the mail body). */
export const pageLink = (purpose: LinkPurpose, token: string) => absolute(`/mail/${purpose}/${token}`);

/** The RFC 8058 one-click address (List-Unsubscribe header): a POST there unsubscribes. */
export const oneClickLink = (token: string) => absolute(`/mail/one-click/${token}`);
