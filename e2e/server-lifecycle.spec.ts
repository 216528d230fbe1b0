// The in-process server's own life: graceful shutdown, its logs, and the error page during a
// database outage. Each test starts its own server (server.ts) on the end-to-end build, next
// to the ones Playwright manages (E2E_PORT, and the French build on E2E_PORT + 1), and stops it.
import http from "node:http";
import { expect, test } from "@playwright/test";
import { commentFormFields, encodeCommentForm, ORIGIN, PORT as BASE_PORT, SEED_PATH } from "./http";
import { startServer, stop } from "./servers";

test("SIGTERM lets an in-flight request finish, then exits; logs are JSON without emails or addresses", async () => {
  test.setTimeout(180_000);
  const server = await startServer(BASE_PORT + 4, { TRUSTED_PROXIES: "127.0.0.1" });
  try {
    // A reader on a made-up address, behind the (trusted) local proxy, with an email in the query.
    const page = await fetch(`http://127.0.0.1:${server.port}/search?q=reader%40example.org`, {
      headers: { "x-forwarded-for": "198.18.7.7" },
    });
    expect(page.status).toBeLessThan(500);
    await page.text();

    // A comment posted without JavaScript whose body is still arriving when SIGTERM comes: Next
    // must read all of it (the action's id is in the body), so the request is in flight.
    const hidden = await commentFormFields(server.port);
    const marker = `shutdown-${Date.now().toString(36)}`;
    const { body, contentType } = await encodeCommentForm(hidden, {
      authorName: "Late Reader",
      authorEmail: "late.reader@example.org",
      body: `Posted while the server stops ${marker}, and it must still be answered.`,
    });
    const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = http.request(
        {
          host: "127.0.0.1",
          port: server.port,
          path: SEED_PATH,
          method: "POST",
          headers: {
            host: new URL(ORIGIN).host,
            "content-type": contentType,
            "content-length": String(body.length),
            origin: ORIGIN,
            accept: "text/html",
            "x-forwarded-for": "198.18.7.8",
          },
        },
        (response) => {
          let text = "";
          response.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
          response.on("end", () => resolve({ status: response.statusCode!, body: text }));
        },
      );
      request.on("error", reject);
      const half = Math.floor(body.length / 2);
      request.write(body.subarray(0, half));
      setTimeout(() => {
        server.process.kill("SIGTERM");
        setTimeout(() => request.end(body.subarray(half)), 1_500);
      }, 500);
    });
    const finished = await answer;
    // Answered as usual: the redirect to the result page.
    expect(finished.status).toBe(303);
    expect(await server.exited).toBe(0);
    // No new connections once it has stopped.
    await expect(fetch(`http://127.0.0.1:${server.port}/healthz`)).rejects.toThrow();

    const lines = server
      .output()
      .split("\n")
      .filter((line) => line.trim());
    for (const line of lines) expect(() => JSON.parse(line), line).not.toThrow();
    const access = lines.map((line) => JSON.parse(line)).filter((entry) => entry.msg === "request");
    expect(access).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ method: "GET", path: "/search", query: "q", status: 200 }),
        expect.objectContaining({ method: "POST", path: SEED_PATH, status: 303 }),
      ]),
    );
    for (const entry of access) expect(entry.requestId).toMatch(/^[0-9a-f-]{36}$/);
    const log = server.output();
    expect(log).not.toContain("example.org");
    expect(log).not.toMatch(/198\.18\.7\.[78]|127\.0\.0\.1/);
    expect(log).toContain("Shutting down");
  } finally {
    await stop(server);
  }
});

test("with the database unreachable: cached pages still served, failures get the 503 page, /readyz not ready", async () => {
  test.setTimeout(180_000);
  // A port nothing listens on: the database is "down" for this instance.
  const server = await startServer(BASE_PORT + 5, {
    DATABASE_URL: "postgresql://postgres@127.0.0.1:9/lede_unreachable",
  });
  try {
    const ready = await fetch(`http://127.0.0.1:${server.port}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ ready: false, checks: { database: { ok: false } } });
    expect((await fetch(`http://127.0.0.1:${server.port}/healthz`)).status).toBe(200);

    // A page that must read the database now (search is rendered per request).
    const failed = await fetch(`http://127.0.0.1:${server.port}/search?q=ukraine`, {
      headers: { accept: "text/html" },
    });
    expect(failed.status).toBe(503);
    expect(failed.headers.get("retry-after")).toBe("10");
    expect(failed.headers.get("cache-control")).toBe("no-store");
    const html = await failed.text();
    expect(html).toContain("This page could not be loaded right now");
    // The site's own page (its styles, inlined by the build, and masthead), not a bare error.
    expect(html).toMatch(/<style[^>]+data-href="\/_next\/static\/[^"]+\.css"/);
    expect(html).not.toContain("Internal Server Error");

    // A prerendered reader page is still served while the database is down.
    const article = await fetch(`http://127.0.0.1:${server.port}${SEED_PATH}`);
    expect(article.status).toBe(200);
  } finally {
    await stop(server);
  }
});
