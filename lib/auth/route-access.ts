// Who may open which dashboard route, decided from the role in the signed session token before
// any of the page is rendered (proxy.ts), so a refusal carries its real status code. The pages
// and actions still check the user in the database themselves (lib/auth/session.ts): this table
// is the first line, they are the second.
import type { Role } from "@/lib/generated/prisma/enums";
import { can, type Capability } from "./roles";

/** Route prefixes under /admin and the capability each needs; the first match wins. */
export const ADMIN_ROUTES: readonly { prefix: string; capability: Capability | "public" }[] = [
  { prefix: "/admin/sign-in", capability: "public" },
  // Signed-out staff: reset request and the one-time links of invitations and resets.
  { prefix: "/admin/reset", capability: "public" },
  { prefix: "/admin/set-password", capability: "public" },
  { prefix: "/admin/comments", capability: "moderate" },
  { prefix: "/admin/commenters", capability: "moderate" },
  { prefix: "/admin/articles", capability: "publish" },
  { prefix: "/admin/preview", capability: "publish" },
  { prefix: "/admin/pages", capability: "publish" },
  { prefix: "/admin/picks", capability: "curate" },
  { prefix: "/admin/settings", capability: "manageSettings" },
  { prefix: "/admin/users", capability: "manageUsers" },
  { prefix: "/admin/audit", capability: "viewAudit" },
  { prefix: "/admin/account", capability: "account" },
  // Mail can hold one-time links of staff accounts (invitations, password resets): admins only.
  { prefix: "/admin/mail", capability: "manageSettings" },
  // The dashboard home and unknown paths (which answer 404 once signed in).
  { prefix: "/admin", capability: "moderate" },
];

export function routeCapability(pathname: string): Capability | "public" | null {
  const route = ADMIN_ROUTES.find(({ prefix }) => pathname === prefix || pathname.startsWith(`${prefix}/`));
  return route?.capability ?? null;
}

/** What a valid session token says about its holder. */
export type TokenSession = { role: Role | null };

export type AccessDecision = "allow" | "sign-in" | "unauthorized" | "forbidden";

/**
 * What the proxy does with a request: pages send anonymous visitors to sign in, server action
 * calls (POST with a Next-Action header) answer 401; a role without the route's capability
 * gets 403.
 */
export function decideAccess(
  pathname: string,
  session: TokenSession | null,
  isActionCall: boolean,
): AccessDecision {
  const capability = routeCapability(pathname);
  if (capability === null || capability === "public") return "allow";
  if (!session) return isActionCall ? "unauthorized" : "sign-in";
  // Tokens issued before roles were put in them: the page's own check decides.
  if (!session.role) return "allow";
  return can(session.role, capability) ? "allow" : "forbidden";
}
