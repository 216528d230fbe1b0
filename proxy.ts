// Two jobs, each on its own URL shapes only (see `matcher`), so every other page stays static:
// - keeps anonymous visitors out of /admin (a redirect to sign-in). Not the security boundary:
//   every admin page and action checks the user and role on the server (lib/auth/session.ts);
// - sends old WordPress URLs of imported content (/YYYY/MM/DD/slug/, /?p=ID, /?page_id=ID) to
//   the route that looks them up and redirects (app/legacy/wordpress).
import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIES } from "@/lib/auth/cookies";

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

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (pathname !== "/admin" && !pathname.startsWith("/admin/")) return wordpressRedirect(request);
  if (pathname === "/admin/sign-in") return NextResponse.next();
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (hasSession) return NextResponse.next();
  const signIn = new URL("/admin/sign-in", request.url);
  signIn.searchParams.set("from", `${pathname}${search}`);
  return NextResponse.redirect(signIn);
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
