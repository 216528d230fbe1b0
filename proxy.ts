// The dashboard's front door, run before any of an /admin page is rendered:
// - a Content-Security-Policy with a fresh nonce (Next puts it on its own scripts);
// - access by route prefix from the role in the signed session token (lib/auth/route-access.ts):
//   anonymous visitors are sent to sign in, anonymous action calls get 401, a role without
//   access gets the 403 page with a real 403 status.
// Not the only check: every admin page and action re-reads the user from the database.
// It also sends old WordPress URLs of imported content (/YYYY/MM/DD/slug/, /?p=ID, /?page_id=ID)
// to the route that looks them up and redirects (app/legacy/wordpress); see `matcher`, which
// keeps every other reader page static.
import { decode } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIES } from "@/lib/auth/cookies";
import { forbiddenPage } from "@/lib/auth/forbidden-page";
import { decideAccess, type TokenSession } from "@/lib/auth/route-access";
import { ROLES } from "@/lib/auth/roles";
import type { Role } from "@/lib/generated/prisma/enums";
import { env } from "@/lib/env";
import { contentSecurityPolicy } from "@/lib/security/content-security-policy.mjs";

function wordpressRedirect(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const lookup = new URL("/legacy/wordpress", request.url);
  lookup.searchParams.set("path", pathname);
  for (const key of ["p", "page_id"]) {
    const value = searchParams.get(key);
    if (value !== null) lookup.searchParams.set(key, value);
  }
  return NextResponse.rewrite(lookup);
}

async function tokenSession(request: NextRequest): Promise<TokenSession | null> {
  for (const name of SESSION_COOKIES) {
    const value = request.cookies.get(name)?.value;
    if (!value) continue;
    try {
      const token = await decode({ token: value, secret: env().AUTH_SECRET, salt: name });
      if (!token) continue;
      const role = ROLES.includes(token.role as Role) ? (token.role as Role) : null;
      return { role };
    } catch {
      // A token that does not decrypt (old secret, tampered) is no session.
    }
  }
  return null;
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (pathname !== "/admin" && !pathname.startsWith("/admin/")) return wordpressRedirect(request);
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64");
  const policy = contentSecurityPolicy({
    nonce,
    development: process.env.NODE_ENV === "development",
    https: env().SITE_URL.startsWith("https:"),
  });
  const isActionCall = request.method === "POST" && request.headers.has("next-action");
  const decision = decideAccess(pathname, await tokenSession(request), isActionCall);

  let response: Response;
  if (decision === "sign-in") {
    const signIn = new URL("/admin/sign-in", request.url);
    signIn.searchParams.set("from", `${pathname}${search}`);
    response = NextResponse.redirect(signIn);
  } else if (decision === "unauthorized") {
    response = NextResponse.json({ error: "Please sign in again." }, { status: 401 });
  } else if (decision === "forbidden") {
    response = isActionCall
      ? NextResponse.json({ error: "Your role does not allow this." }, { status: 403 })
      : forbiddenPage();
  } else {
    // Next reads the nonce from the request's policy and applies it to its scripts.
    const headers = new Headers(request.headers);
    headers.set("content-security-policy", policy);
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  matcher: [
    "/admin",
    "/admin/:path*",
    // WordPress date permalinks: a year first (no section or page of Lede starts so).
    "/:year(\\d{4})/:rest*",
    { source: "/", has: [{ type: "query", key: "p" }] },
    { source: "/", has: [{ type: "query", key: "page_id" }] },
  ],
};
