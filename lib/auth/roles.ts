// Who may do what in the dashboard. ADMIN does everything; EDITOR publishes articles, curates
// Editor's Pick and moderates; MODERATOR moderates comments only. Everyone manages their own
// sign-in ("account": two-factor).
import type { Role } from "@/lib/generated/prisma/enums";

export type Capability =
  "account" | "moderate" | "publish" | "curate" | "manageUsers" | "manageSettings" | "viewAudit";

const CAPABILITIES: Record<Role, readonly Capability[]> = {
  ADMIN: ["account", "moderate", "publish", "curate", "manageUsers", "manageSettings", "viewAudit"],
  EDITOR: ["account", "moderate", "publish", "curate", "viewAudit"],
  MODERATOR: ["account", "moderate"],
};

export const ROLES = Object.keys(CAPABILITIES) as Role[];

export function can(role: Role, capability: Capability): boolean {
  return CAPABILITIES[role].includes(capability);
}
