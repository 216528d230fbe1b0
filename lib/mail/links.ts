// Links in mails. Each one carries a value signed with AUTH_SECRET (lib/security/sign.ts), so
// no table of tokens is needed and nothing can be forged. A link that changes something opens
// a page with a button (mail scanners follow GET links); only the List-Unsubscribe header's
// address acts on a POST by itself (RFC 8058 one-click).
import "server-only";
import { env } from "@/lib/env";
import { sign, verify } from "@/lib/security/sign";

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

export function linkToken<P extends LinkPurpose>(purpose: P, payload: Payloads[P]): string {
  return sign(`mail-${purpose}`, JSON.stringify(payload));
}

/** The payload of a token, or null when forged, malformed or expired. */
export function readLinkToken<P extends LinkPurpose>(
  purpose: P,
  token: string,
  now = Date.now(),
): Payloads[P] | null {
  const raw = verify(`mail-${purpose}`, token);
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
