// Values the server hands out and must get back unchanged (form timestamps, the list of a
// visitor's own comments): HMAC-signed with a key derived from AUTH_SECRET.
import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

function mac(purpose: string, payload: string): string {
  return createHmac("sha256", env().AUTH_SECRET).update(`${purpose}\n${payload}`).digest("base64url");
}

export function sign(purpose: string, payload: string): string {
  return `${Buffer.from(payload).toString("base64url")}.${mac(purpose, payload)}`;
}

/** The payload of a value signed for `purpose`, or null when absent or tampered with. */
export function verify(purpose: string, value: string | undefined | null): string | null {
  if (!value) return null;
  const [encoded, signature] = value.split(".");
  if (!encoded || !signature) return null;
  const payload = Buffer.from(encoded, "base64url").toString("utf8");
  const expected = Buffer.from(mac(purpose, payload));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? payload : null;
}

/** Signed for `purpose` and valid for `ttlMs` only (sign-in steps). */
export function signExpiring(purpose: string, payload: string, ttlMs: number, now = Date.now()): string {
  return sign(purpose, `${now + ttlMs}.${payload}`);
}

/** The payload of a value from signExpiring, or null when absent, tampered with or expired. */
export function verifyExpiring(purpose: string, value: string | undefined | null, now = Date.now()) {
  const signed = verify(purpose, value);
  const dot = signed?.indexOf(".") ?? -1;
  if (!signed || dot < 0 || Number(signed.slice(0, dot)) < now) return null;
  return signed.slice(dot + 1);
}
