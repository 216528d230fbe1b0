// The server-side gate of every admin page and action: the signed-in user, re-read from the
// database (active, current role). The proxy only keeps anonymous visitors out of /admin; this
// is the security boundary.
import "server-only";
import { forbidden, redirect, unauthorized } from "next/navigation";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { auth } from "./config";
import { can, type Capability } from "./roles";

export type StaffUser = { id: number; email: string; name: string; role: Role };

export async function currentUser(): Promise<StaffUser | null> {
  const session = (await auth()) as { userId?: number | null } | null;
  if (!session?.userId) return null;
  const user = await db.user.findUnique({
    where: { id: session.userId },
    select: { id: true, email: true, name: true, role: true, active: true },
  });
  return user?.active ? { id: user.id, email: user.email, name: user.name, role: user.role } : null;
}

export class NotAllowed extends Error {
  constructor(readonly reason: "signed-out" | "forbidden") {
    super(reason === "signed-out" ? "Please sign in again." : "Your role does not allow this.");
  }
}

/** For actions: the user when they have the capability; throws NotAllowed otherwise. */
export async function authorize(capability: Capability): Promise<StaffUser> {
  const user = await currentUser();
  if (!user) throw new NotAllowed("signed-out");
  if (!can(user.role, capability)) throw new NotAllowed("forbidden");
  return user;
}

/** For pages: the user when they have the capability; otherwise sign-in or 403. */
export async function requireCapability(capability: Capability, from = "/admin"): Promise<StaffUser> {
  const user = await currentUser();
  if (!user) redirect(`/admin/sign-in?from=${encodeURIComponent(from)}`);
  if (!can(user.role, capability)) forbidden();
  return user;
}

/**
 * For server actions: the user when they have the capability; otherwise the call ends with
 * HTTP 401 (signed out or deactivated) or 403 (role), like the proxy's answer.
 */
export async function authorizeAction(capability: Capability): Promise<StaffUser> {
  try {
    return await authorize(capability);
  } catch (error) {
    if (error instanceof NotAllowed) return error.reason === "signed-out" ? unauthorized() : forbidden();
    throw error;
  }
}
