// The site-styled page sent when a request fails. Next answers a failed render with a 500
// (or fails the request), and a page cannot choose its status once it streams, so the
// in-process server decides here: 503 with Retry-After when the database is unreachable (the
// reader should simply try again), 500 otherwise; the body is a copy of /unavailable kept in
// memory (fetched from this server at start-up and refreshed while it works), or a plain page.
import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { logger } from "@/lib/server/logger";

export const UNAVAILABLE_PATH = "/unavailable";
export const RETRY_AFTER_SECONDS = 10;

const FALLBACK_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Temporarily unavailable</title>
<style>body{font:18px/1.5 Georgia,serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1a1a1a}</style></head>
<body><main><p>Temporarily unavailable</p><h1>This page could not be loaded right now</h1>
<p>Something on our side is not answering. It is usually back within a minute: please try again shortly.</p>
<p><a href="/">Go to the front page</a></p></main></body></html>`;

/** Headers of Next's failed response worth keeping on the replacement (security policy). */
const KEPT_HEADERS = [
  "content-security-policy",
  "strict-transport-security",
  "x-content-type-options",
  "x-frame-options",
  "referrer-policy",
  "permissions-policy",
  "x-request-id",
];

export class ErrorPage {
  private html: string | null = null;

  /**
   * Fetches /unavailable from this server now and then (sooner after a failure); keeps the
   * previous copy when that fails.
   */
  keepFresh(origin: string): void {
    // The prerendered copy in the build comes first: ready before Next has answered anything,
    // and whether or not the database is up.
    try {
      const built = readFileSync(
        path.join(process.env.NEXT_DIST_DIR || ".next", "server", "app", `${UNAVAILABLE_PATH.slice(1)}.html`),
        "utf8",
      );
      if (built.includes("</html>")) this.html = built;
    } catch {
      // Not prerendered in this build: the fetch below provides it.
    }
    const refresh = async () => {
      let ok = false;
      try {
        const response = await fetch(`${origin}${UNAVAILABLE_PATH}`, { signal: AbortSignal.timeout(60_000) });
        const html = await response.text();
        ok = response.ok && html.includes("</html>");
        if (ok) this.html = html;
        else logger.warn({ status: response.status }, "Could not refresh the error page's copy");
      } catch (error) {
        logger.warn({ err: error }, "Could not refresh the error page's copy");
      }
      // A failed copy (often the first one, while Next is still starting) is tried again soon.
      setTimeout(() => void refresh(), ok ? 10 * 60_000 : 2_000).unref();
    };
    void refresh();
  }

  get body(): string {
    return this.html ?? FALLBACK_PAGE;
  }

  /** Writes the error page (or, for non-HTML requests, a short text) with the decided status. */
  send(
    request: IncomingMessage,
    response: ServerResponse,
    originalMethods: Pick<ServerResponse, "writeHead" | "end">,
    databaseDown: boolean,
  ): void {
    const status = databaseDown ? 503 : 500;
    const kept = new Map(
      KEPT_HEADERS.map((name) => [name, response.getHeader(name)] as const).filter(([, value]) => value),
    );
    for (const name of response.getHeaderNames()) response.removeHeader(name);
    for (const [name, value] of kept) response.setHeader(name, value!);
    response.setHeader("cache-control", "no-store");
    if (databaseDown) response.setHeader("retry-after", String(RETRY_AFTER_SECONDS));
    const html = wantsHtml(request);
    const body = html ? this.body : `${databaseDown ? "Service temporarily unavailable" : "Server error"}\n`;
    response.setHeader("content-type", html ? "text/html; charset=utf-8" : "text/plain; charset=utf-8");
    response.setHeader("content-length", Buffer.byteLength(body));
    (originalMethods.writeHead as (status: number) => ServerResponse).call(response, status);
    (originalMethods.end as (body?: string) => ServerResponse).call(
      response,
      request.method === "HEAD" ? undefined : body,
    );
  }
}

/** A document request from a browser (not an RSC, prefetch or server-action fetch). */
export function wantsHtml(request: IncomingMessage): boolean {
  const headers = request.headers;
  if (headers.rsc || headers["next-action"] || headers["next-router-prefetch"]) return false;
  const accept = headers.accept ?? "";
  return accept.includes("text/html") || accept === "" || accept === "*/*";
}
