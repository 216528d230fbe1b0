// The in-process server (server.ts, lib/server/http): who is asking, request ids, health.
// The end-to-end server runs with TRUSTED_PROXIES=127.0.0.1,::1. Requests sent from 127.0.0.2
// (another loopback address) come from an untrusted peer, so whatever X-Forwarded-For they
// carry must not change the address the rate limits see.
import { createHash } from "node:crypto";
import { expect, test } from "@playwright/test";
import { commentFormFields, outcomeText, postComment, send } from "./http";
import { db } from "./support";

const AUTH_SECRET = process.env.AUTH_SECRET ?? "e2e-secret-e2e-secret-e2e-secret-012345";

/** The same salted hash the app stores (lib/security/request.ts, IP_HASH_SALT unset). */
function storedHashOf(ip: string): string {
  const salt = createHash("sha256").update(`ip-salt:${AUTH_SECRET}`).digest("hex");
  return createHash("sha256").update(`${salt}:${ip}`).digest("hex");
}

test("health and readiness answer without touching Next", async () => {
  const health = await send("/healthz");
  expect(health.status).toBe(200);
  expect(JSON.parse(health.text)).toEqual({ status: "ok" });
  const ready = await send("/readyz");
  expect(ready.status).toBe(200);
  expect(JSON.parse(ready.text)).toMatchObject({ ready: true, checks: { database: { ok: true } } });
  expect(ready.headers["cache-control"]).toBe("no-store");
});

test("request ids: echoed from a trusted proxy, generated for anyone else", async () => {
  const trusted = await send("/healthz", { headers: { "x-request-id": "edge-1234" } });
  expect(trusted.headers["x-request-id"]).toBe("edge-1234");
  const untrusted = await send("/healthz", { headers: { "x-request-id": "forged-1234" }, from: "127.0.0.2" });
  expect(untrusted.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  const page = await send("/privacy");
  expect(page.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
});

test("a made-up X-Forwarded-For from an untrusted peer does not dodge the per-address limit", async () => {
  test.setTimeout(240_000);
  const hidden = await commentFormFields();
  const marker = `spoof-${Date.now().toString(36)}`;
  const total = 400;
  const concurrency = 20;
  const outcomes: string[] = [];
  let next = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const n = next++;
        const answer = await postComment(
          hidden,
          {
            authorName: `Visitor ${n}`,
            authorEmail: `visitor-${n}@example.org`,
            body: `Comment ${n} of ${marker}: a perfectly ordinary reader remark about this story.`,
          },
          // A different made-up client address on every post (benchmark range 198.18.0.0/15).
          { from: "127.0.0.2", headers: { "x-forwarded-for": `198.18.${n >> 8}.${n & 255}` } },
        );
        expect(answer.status, `post ${n}`).toBeLessThan(500);
        outcomes.push(await outcomeText(answer, "127.0.0.2"));
      }
    }),
  );
  const seconds = (Date.now() - started) / 1000;
  const limited = outcomes.filter((text) => text.includes("You have posted many comments in a short time"));
  const stored = await db.comment.findMany({
    where: { body: { contains: marker } },
    select: { ipHash: true },
  });
  console.log(
    `${total} posts in ${seconds.toFixed(1)} s: ${stored.length} stored, ${limited.length} refused by the per-address limit`,
  );
  // 6 comments per address per 10 minutes (lib/security/rate-limit.ts); everything beyond is refused
  // with a message the reader can act on, and nothing beyond the limit is stored.
  expect(stored.length).toBeGreaterThanOrEqual(1);
  expect(stored.length).toBeLessThanOrEqual(6);
  expect(limited.length).toBeGreaterThanOrEqual(total - 6);
  // All stored under the peer's own address, none under a made-up one.
  expect(new Set(stored.map((comment) => comment.ipHash))).toEqual(new Set([storedHashOf("127.0.0.2")]));
});

test("behind a trusted proxy, the client address from X-Forwarded-For is the one used", async () => {
  const hidden = await commentFormFields();
  const marker = `proxied-${Date.now().toString(36)}`;
  const client = `198.19.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
  const answer = await postComment(
    hidden,
    {
      authorName: "Proxied Reader",
      authorEmail: "proxied@example.org",
      body: `A reader behind a proxy writes ${marker}, with nothing unusual to say.`,
    },
    // As nginx sends it: what the client claimed, then the address nginx saw.
    { headers: { "x-forwarded-for": `203.0.113.77, ${client}` } },
  );
  expect(answer.status).toBeLessThan(500);
  const stored = await db.comment.findFirstOrThrow({ where: { body: { contains: marker } } });
  expect(stored.ipHash).toBe(storedHashOf(client));
});
