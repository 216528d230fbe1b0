// Commenters' private data is stored only in forms that cannot be read back: the email is
// kept (for moderators' contact) but looked up by hash, and the IP address only as a salted hash.
import { createHash } from "node:crypto";

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function emailHash(email: string): string {
  return createHash("sha256").update(normaliseEmail(email)).digest("hex");
}

export function ipHash(ip: string, salt: string): string {
  return createHash("sha256").update(`${salt}:${ip}`).digest("hex");
}
