// @ts-check
// The Content-Security-Policy of every response, shared by next.config.js (reader pages, feeds,
// API: one fixed header) and proxy.ts (dashboard: a fresh nonce per request). Plain JavaScript
// because next.config.js imports it. Why reader pages allow inline scripts: docs/architecture.md.

/**
 * @param {{ nonce?: string; development?: boolean; https?: boolean }} [options]
 *   nonce: the per-request nonce of a dynamic page (dashboard); without one, inline scripts are
 *   allowed, which prerendered pages need for the data Next inlines in them.
 * @returns {string}
 */
export function contentSecurityPolicy({ nonce, development = false, https = false } = {}) {
  const scripts = nonce ? ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"] : ["'self'", "'unsafe-inline'"];
  // React rebuilds server error stacks with eval in development only.
  if (development) scripts.push("'unsafe-eval'");
  const directives = [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    // React's style={{…}} attributes are inline styles.
    "style-src 'self' 'unsafe-inline'",
    // blob: for the preview of a hero image before it is uploaded.
    "img-src 'self' blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ];
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** Strict-Transport-Security for sites served over https (two years). */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";
