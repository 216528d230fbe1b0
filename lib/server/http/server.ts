// The one HTTP server in front of Next, used by every way of running the app (npm start,
// npm run dev, the end-to-end tests, benchmarks, the cluster): see server.ts for the entry.
// Next does not expose the socket, cannot set a status once a page streams and does not log
// requests; this layer does, before handing each request to Next's request handler:
//  - the client address from the socket and TRUSTED_PROXIES (lib/server/http/forwarding.ts);
//  - a request id (X-Request-Id from a trusted proxy, else generated), echoed in the response
//    and on every log line written while the request runs (AsyncLocalStorage);
//  - one JSON access line per request (no query values, no addresses, no emails);
//  - /healthz and /readyz;
//  - the site-styled 503 page with Retry-After when a request fails during a database outage;
//  - pages' ETags and 304 answers, hashed natively (see notModified);
//  - graceful shutdown: stop accepting, finish in-flight requests, then close Next.
import { createHash, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import next from "next";
import { logger } from "@/lib/server/logger";
import { requestContext } from "@/lib/server/request-context";
import { ErrorPage, wantsHtml } from "./error-page";
import { applyForwarding, compileTrustedProxies, resolveForwarding, type TrustProxy } from "./forwarding";
import { createReadinessCheck, databaseReachable } from "./readiness";

export type LedeServerOptions = {
  /** Next's development mode (`npm run dev`). */
  dev?: boolean;
  /** Project directory (where next.config.js is). */
  dir?: string;
  port: number;
  /** Interface to listen on; default: all. */
  hostname?: string;
  databaseUrl: string;
  redisUrl?: string;
  /** TRUSTED_PROXIES: comma-separated addresses/CIDRs whose forwarding headers are believed. */
  trustedProxies?: string;
  /** How long shutdown waits for in-flight requests before closing their connections. */
  shutdownGraceMs?: number;
};

export type LedeServer = {
  server: Server;
  /** The port actually listened on (useful with port 0). */
  port: number;
  /** Stops accepting, lets in-flight requests finish (up to the grace period), closes Next. */
  close(): Promise<void>;
};

const REQUEST_ID = /^[\w.:@-]{1,128}$/;
/** Internal clock requests (instrumentation.ts) are logged at debug level only. */
const QUIET_PATHS = new Set(["/api/internal/going-live", "/healthz", "/readyz"]);

export async function startLedeServer(options: LedeServerOptions): Promise<LedeServer> {
  const trust = compileTrustedProxies(options.trustedProxies);
  const dev = options.dev ?? false;
  const app = next({
    dev,
    dir: options.dir ?? process.cwd(),
    hostname: options.hostname,
    port: options.port,
  });
  const handle = app.getRequestHandler();
  await app.prepare();

  const readiness = createReadinessCheck({ databaseUrl: options.databaseUrl, redisUrl: options.redisUrl });
  const errorPage = new ErrorPage();
  const outage = cachedProbe(() => databaseReachable(options.databaseUrl).then((up) => !up));
  let draining = false;
  let inFlight = 0;
  let drained: (() => void) | null = null;

  const server = createServer((request, response) => {
    inFlight++;
    response.once("close", () => {
      inFlight--;
      if (draining && inFlight === 0) drained?.();
    });
    const requestId = requestIdFor(request, trust);
    response.setHeader("x-request-id", requestId);
    if (draining) response.setHeader("connection", "close");
    requestContext.run({ requestId }, () => {
      const started = process.hrtime.bigint();
      response.once("close", () => logAccess(request, response, started));
      void serve(request, response);
    });
  });

  async function serve(request: IncomingMessage, response: ServerResponse) {
    const forwarding = resolveForwarding(request, trust);
    applyForwarding(request, forwarding);
    const path = (request.url ?? "/").split("?")[0];
    if (path === "/healthz") return sendJson(response, 200, { status: "ok" });
    if (path === "/readyz") {
      if (draining) return sendJson(response, 503, { ready: false, checks: { shutdown: { ok: false } } });
      const result = await readiness();
      return sendJson(response, result.ready ? 200 : 503, result);
    }
    const original = { writeHead: response.writeHead, end: response.end };
    let replaced = false;
    const replaceWithErrorPage = () => {
      if (replaced) return;
      replaced = true;
      // Swallow whatever Next still writes; the error page is written once the cause is known.
      response.writeHead = (() => response) as typeof response.writeHead;
      response.write = ((...args: unknown[]) => {
        callbackOf(args)?.();
        return true;
      }) as typeof response.write;
      response.end = ((...args: unknown[]) => {
        callbackOf(args)?.();
        return response;
      }) as typeof response.end;
      response.flushHeaders = () => {};
      void outage().then((databaseDown) => {
        if (response.destroyed) return;
        logger.error(
          { status: databaseDown ? 503 : 500, databaseDown, method: request.method, path },
          "request failed: error page sent",
        );
        errorPage.send(request, response, original, databaseDown);
      });
    };
    // In development Next's own error overlay is more useful than the readers' page.
    if (!dev) {
      if (wantsHtml(request) && request.method !== "HEAD")
        holdPageUntilComplete(request, response, replaceWithErrorPage);
      else interceptFailureAtStart(response, replaceWithErrorPage);
    }
    try {
      await handle(request, response);
    } catch (error) {
      logger.error({ err: error }, "request handler failed");
      if (!response.headersSent) replaceWithErrorPage();
      else response.destroy();
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.hostname, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const localHost =
    !options.hostname || ["0.0.0.0", "::"].includes(options.hostname) ? "127.0.0.1" : options.hostname;
  const origin = `http://${localHost.includes(":") ? `[${localHost}]` : localHost}:${port}`;
  if (!dev) {
    errorPage.keepFresh(origin);
  }
  logger.info({ port, dev }, `Listening on http://${options.hostname ?? "localhost"}:${port}`);

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      draining = true;
      logger.info({ inFlight }, "Shutting down: finishing in-flight requests");
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (inFlight > 0) {
        const grace = options.shutdownGraceMs ?? 20_000;
        await new Promise<void>((resolve) => {
          drained = resolve;
          setTimeout(resolve, grace).unref();
        });
      }
      server.closeAllConnections();
      // A shutdown once hung past this point (a connection not tracked by the server, or Next's
      // close() waiting on background work): both waits are bounded so the process always exits.
      const atMost = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());
      await Promise.race([stopped, atMost(5_000)]);
      await Promise.race([app.close(), atMost(5_000)]);
      logger.info("Stopped");
    })());

  return { server, port, close };
}

/** Statuses Next uses for failures that the error page replaces (a deliberate 503 stays). */
const isFailure = (status: number) => status >= 500 && status !== 503;

/**
 * Calls onFailure when Next starts answering with a 500, before anything is sent. Used for
 * requests whose body is not a page (RSC payloads, action results, feeds): those are streamed.
 */
function interceptFailureAtStart(response: ServerResponse, onFailure: () => void) {
  const check = (status: number) => {
    if (isFailure(status) && !response.headersSent) {
      onFailure();
      return true;
    }
    return false;
  };
  const { writeHead, write, end, flushHeaders } = response;
  response.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    if (check(status)) return this;
    return (writeHead as (...args: unknown[]) => ServerResponse).call(this, status, ...rest);
  } as typeof response.writeHead;
  response.write = function (this: ServerResponse, ...args: unknown[]) {
    if (check(this.statusCode)) return this.write(...(args as Parameters<typeof write>));
    return (write as (...args: unknown[]) => boolean).apply(this, args);
  } as typeof response.write;
  response.end = function (this: ServerResponse, ...args: unknown[]) {
    if (check(this.statusCode)) return this.end(...(args as Parameters<typeof end>));
    return (end as (...args: unknown[]) => ServerResponse).apply(this, args);
  } as typeof response.end;
  response.flushHeaders = function (this: ServerResponse) {
    if (check(this.statusCode)) return;
    flushHeaders.call(this);
  };
}

/** Pages larger than this are streamed once they pass it (their status can no longer change). */
const MAX_HELD_BYTES = 8 * 1024 * 1024;

/**
 * Holds a page until Next has finished it, then sends it, or calls onFailure instead when Next
 * ended with a failure status. A partly prerendered page streams its shell first and may fail
 * in a dynamic part afterwards, when a streamed status could no longer change: holding it lets
 * the reader get a real status and the error page. Front proxies buffer pages anyway.
 */
function holdPageUntilComplete(request: IncomingMessage, response: ServerResponse, onFailure: () => void) {
  const original = {
    writeHead: response.writeHead,
    write: response.write,
    end: response.end,
    flushHeaders: response.flushHeaders,
  };
  const chunks: Buffer[] = [];
  let held = 0;
  let streaming = false;
  const toBuffer = (chunk: unknown, encoding?: unknown) =>
    Buffer.isBuffer(chunk)
      ? chunk
      : typeof chunk === "string"
        ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
        : Buffer.from(chunk as Uint8Array);
  // Other wrappers (Next's compression) sit on top of these functions: they are never taken
  // off the response, they forward to the originals once the page is released.
  const writeHead = (status: number) =>
    (original.writeHead as (status: number) => ServerResponse).call(response, status);
  const write = (chunk: Buffer) => (original.write as (chunk: Buffer) => boolean).call(response, chunk);
  const startStreaming = () => {
    streaming = true;
    writeHead(response.statusCode);
    for (const chunk of chunks) write(chunk);
    chunks.length = 0;
  };

  response.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    if (streaming)
      return (original.writeHead as (...args: unknown[]) => ServerResponse).call(this, status, ...rest);
    this.statusCode = status;
    const headers = rest.find((arg) => arg && typeof arg === "object") as
      Record<string, string | string[] | number> | (string | string[])[] | undefined;
    if (Array.isArray(headers)) {
      for (let i = 0; i + 1 < headers.length; i += 2) this.setHeader(String(headers[i]), headers[i + 1]!);
    } else if (headers) {
      for (const [name, value] of Object.entries(headers)) this.setHeader(name, value);
    }
    return this;
  } as typeof response.writeHead;
  response.flushHeaders = () => {};
  response.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    if (streaming) return (original.write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
    const buffer = toBuffer(chunk, rest[0]);
    chunks.push(buffer);
    held += buffer.length;
    callbackOf(rest)?.();
    if (!streaming && held > MAX_HELD_BYTES) startStreaming();
    return true;
  } as typeof response.write;
  response.end = function (this: ServerResponse, ...args: unknown[]) {
    if (streaming) return (original.end as (...args: unknown[]) => ServerResponse).apply(this, args);
    const callback = callbackOf(args);
    const chunk = typeof args[0] === "function" ? undefined : args[0];
    if (chunk !== undefined && chunk !== null) chunks.push(toBuffer(chunk, args[1]));
    if (isFailure(this.statusCode)) {
      callback?.();
      onFailure();
      return this;
    }
    streaming = true;
    const body = Buffer.concat(chunks);
    if (notModified(request, this, body)) {
      this.statusCode = 304;
      this.removeHeader("content-length");
      this.removeHeader("content-type");
      writeHead(304);
      return (original.end as (callback?: () => void) => ServerResponse).call(this, callback);
    }
    if (!this.hasHeader("transfer-encoding")) this.setHeader("content-length", body.length);
    writeHead(this.statusCode);
    return (original.end as (body: Buffer, callback?: () => void) => ServerResponse).call(
      this,
      body,
      callback,
    );
  } as typeof response.end;
}

/**
 * Gives a complete 200 page its ETag and says whether the request's If-None-Match already names
 * it. Next's own ETag (generateEtags, off in next.config.js) hashes every page it sends with a
 * JavaScript FNV over the whole text: on a 200 kB article that was a third of the server's time
 * per request, so a page's cost grew with its size. Here the page held for its status is hashed
 * natively (SHA-1, a fraction of a millisecond); the contract is Next's: a strong validator on
 * complete pages, 304 for a browser or shared cache that holds the same bytes.
 */
function notModified(request: IncomingMessage, response: ServerResponse, body: Buffer): boolean {
  if (response.statusCode !== 200 || response.hasHeader("etag")) return false;
  const etag = `"${createHash("sha1").update(body).digest("base64url")}"`;
  response.setHeader("etag", etag);
  const conditional = request.headers["if-none-match"];
  if (!conditional || !["GET", "HEAD"].includes(request.method ?? "")) return false;
  // RFC 9110 §13.1.2: "*" or a list of tags compared weakly (W/ prefixes ignored).
  return (
    conditional.trim() === "*" ||
    conditional.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag)
  );
}

function callbackOf(args: unknown[]): (() => void) | undefined {
  const last = args[args.length - 1];
  return typeof last === "function" ? (last as () => void) : undefined;
}

function requestIdFor(request: IncomingMessage, trust: TrustProxy): string {
  const incoming = request.headers["x-request-id"];
  const peer = request.socket.remoteAddress;
  const id =
    typeof incoming === "string" && REQUEST_ID.test(incoming) && peer && trust(peer, 0)
      ? incoming
      : randomUUID();
  request.headers["x-request-id"] = id;
  return id;
}

function logAccess(request: IncomingMessage, response: ServerResponse, started: bigint) {
  const [pathname, query] = (request.url ?? "/").split("?", 2) as [string, string | undefined];
  const entry = {
    method: request.method,
    path: pathname,
    // Parameter names only: values (search terms, tokens) may be personal.
    query: query ? [...new URLSearchParams(query).keys()].join(",") || undefined : undefined,
    status: response.statusCode,
    ms: Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100,
    ...(response.writableFinished ? {} : { aborted: true }),
  };
  if (QUIET_PATHS.has(pathname)) logger.debug(entry, "request");
  else logger.info(entry, "request");
}

function sendJson(response: ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    "content-type": "application/json",
    "cache-control": "no-store",
    "content-length": Buffer.byteLength(text),
  });
  response.end(text);
}

/** The probe's answer, shared by concurrent callers and reused for a second. */
function cachedProbe(probe: () => Promise<boolean>): () => Promise<boolean> {
  let last: { at: number; value: Promise<boolean> } | undefined;
  return () => {
    if (!last || Date.now() - last.at > 1_000) last = { at: Date.now(), value: probe() };
    return last.value;
  };
}
