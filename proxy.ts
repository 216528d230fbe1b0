// Keeps anonymous visitors out of /admin (a redirect to sign-in). Not the security boundary:
// every admin page and action checks the user and role on the server (lib/auth/session.ts).
import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIES } from "@/lib/auth/cookies";

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (pathname === "/admin/sign-in") return NextResponse.next();
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (hasSession) return NextResponse.next();
  const signIn = new URL("/admin/sign-in", request.url);
  signIn.searchParams.set("from", `${pathname}${search}`);
  return NextResponse.redirect(signIn);
}

export const config = { matcher: ["/admin", "/admin/:path*"] };
