// Commenters' emails are kept (for moderators' contact) but looked up by hash. (IP addresses
// are stored only as salted hashes: lib/security/request.ts hashIp.)
import { createHash } from "node:crypto";

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function emailHash(email: string): string {
  return createHash("sha256").update(normaliseEmail(email)).digest("hex");
}
