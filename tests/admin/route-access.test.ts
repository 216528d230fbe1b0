// proxy.ts answers every dashboard route for every kind of visitor with the right status,
// generated from the route table the proxy itself uses (lib/auth/route-access.ts): anonymous
// page visits go to sign-in, anonymous action calls get 401, a role without the route's
// capability gets 403 (pages and actions), everyone else goes through with a nonce-based CSP.
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";
import { FORBIDDEN_HEADING } from "@/lib/auth/forbidden-page";
import { ADMIN_ROUTES, routeCapability } from "@/lib/auth/route-access";
import { can, ROLES } from "@/lib/auth/roles";
import type { Role } from "@/lib/generated/prisma/enums";

const ORIGIN = "http://localhost:3000";
const COOKIE = "authjs.session-token";

async function sessionCookie(role: Role, secret = process.env.AUTH_SECRET!): Promise<string> {
  const token = await encode({ token: { uid: 1, role, sub: "1" }, secret, salt: COOKIE });
  return `${COOKIE}=${token}`;
}

function request(path: string, options: { cookie?: string; action?: boolean } = {}) {
  const headers = new Headers();
  if (options.cookie) headers.set("cookie", options.cookie);
  if (options.action) headers.set("next-action", "0123456789abcdef");
  return new NextRequest(new URL(path, ORIGIN), { method: options.action ? "POST" : "GET", headers });
}

/** A path under each prefix: the prefix itself and something below it. */
const PATHS = ADMIN_ROUTES.flatMap(({ prefix }) => [prefix, `${prefix}/12/x`]);

function expectNonceCsp(response: Response) {
  const policy = response.headers.get("content-security-policy") ?? "";
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
  expect(policy).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
  return policy;
}

describe("the route table", () => {
  it("covers every dashboard page folder", async () => {
    const { readdirSync } = await import("node:fs");
    const folders = [
      ...readdirSync("app/admin/(dashboard)", { withFileTypes: true }),
      ...readdirSync("app/admin", { withFileTypes: true }),
    ]
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith("(") && !entry.name.startsWith("_"))
      .map((entry) => `/admin/${entry.name}`);
    const prefixes = ADMIN_ROUTES.map((route) => route.prefix);
    for (const folder of folders)
      expect(prefixes, `${folder} has no entry in ADMIN_ROUTES`).toContain(folder);
  });

  it("does not match look-alike paths", () => {
    expect(routeCapability("/admin/usersx")).toBe("moderate");
    expect(routeCapability("/administrator")).toBeNull();
  });
});

describe.each(PATHS)("proxy on %s", (path) => {
  const capability = routeCapability(path)!;

  it("anonymous: pages redirect to sign-in, actions get 401", async () => {
    const page = await proxy(request(path));
    const call = await proxy(request(path, { action: true }));
    if (capability === "public") {
      expect(page.status).toBe(200);
      expect(call.status).toBe(200);
      return;
    }
    expect(page.status).toBe(307);
    expect(page.headers.get("location")).toBe(`${ORIGIN}/admin/sign-in?from=${encodeURIComponent(path)}`);
    expect(call.status).toBe(401);
    // A token sealed with another secret is no session.
    const forged = await sessionCookie("ADMIN", "another-secret-another-secret-another-1234");
    expect((await proxy(request(path, { cookie: forged }))).status).toBe(307);
  });

  it.each(ROLES)("%s: through when the role allows, 403 otherwise", async (role) => {
    const cookie = await sessionCookie(role);
    const page = await proxy(request(path, { cookie }));
    const call = await proxy(request(path, { cookie, action: true }));
    expectNonceCsp(page);
    const allowed = capability === "public" || can(role, capability);
    if (allowed) {
      expect(page.status).toBe(200);
      expect(page.headers.get("x-middleware-next")).toBe("1");
      expect(call.status).toBe(200);
    } else {
      expect(page.status).toBe(403);
      expect(await page.text()).toContain(FORBIDDEN_HEADING);
      expect(call.status).toBe(403);
    }
  });
});

it("gives each response its own nonce, and passes it to the page in the request's policy", async () => {
  const cookie = await sessionCookie("ADMIN");
  const first = expectNonceCsp(await proxy(request("/admin/users", { cookie })));
  const second = await proxy(request("/admin/users", { cookie }));
  expect(second.headers.get("content-security-policy")).not.toBe(first);
  expect(second.headers.get("x-middleware-request-content-security-policy")).toBe(
    second.headers.get("content-security-policy"),
  );
});
