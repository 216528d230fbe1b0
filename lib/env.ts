// The server's environment, parsed once with zod. A bad or missing value stops start-up with
// one message naming the variable, instead of failing later somewhere deep in a request.
// No "server-only" marker here: the in-process server (server.ts, plain Node) reads the
// environment too; nothing secret is sent to the browser from this module by itself.
import { z } from "zod";

const postgresUrl = z
  .string({ error: "is required (a postgresql:// URL; `npm start` sets it for the embedded database)" })
  .refine((value) => /^postgres(ql)?:\/\/.+/.test(value), "must be a postgresql:// or postgres:// URL");

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: postgresUrl,
  /** Read replicas for reader queries: postgresql:// URLs separated by commas (lib/db/replicas.ts). */
  DATABASE_REPLICA_URL: z
    .string()
    .optional()
    .refine(
      (value) =>
        !value ||
        value
          .split(",")
          .map((url) => url.trim())
          .filter(Boolean)
          .every((url) => /^postgres(ql)?:\/\/.+/.test(url)),
      "must be one or more postgresql:// URLs separated by commas",
    ),
  AUTH_SECRET: z
    .string({ error: "is required (at least 32 random characters, e.g. `openssl rand -base64 32`)" })
    .min(32, "must be at least 32 characters long"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Public origin of the site, used for canonical URLs, feeds and sitemaps. */
  SITE_URL: z.url({ error: "must be an absolute URL such as https://news.example.com" }).optional(),
  SITE_NAME: z.string().min(1).default("Lede"),
  /** Interface language (en or fr), fixed when the site is built (lib/i18n/locale.ts). */
  SITE_LOCALE: z.enum(["en", "fr"], { error: "must be en or fr" }).default("en"),
  /** Salt for hashing commenters' IP addresses; defaults to one derived from AUTH_SECRET. */
  IP_HASH_SALT: z.string().min(16, "must be at least 16 characters long").optional(),
  /** Where uploaded hero images are stored. */
  UPLOAD_DIR: z.string().min(1).default("public/uploads"),
  /** Turns on Akismet as a second opinion on grey-zone comments (lib/spam/akismet.ts). */
  AKISMET_API_KEY: z.string().min(1).optional(),
  /** Akismet's REST API base URL; only tests change it (a local server speaking its protocol). */
  AKISMET_URL: z.url({ error: "must be an absolute URL such as https://rest.akismet.com" }).optional(),
  /** Shared caches for several instances (lib/cache/handlers); read by next.config.js. */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/.+/, "must be a redis:// or rediss:// URL")
    .optional(),
  /** Outgoing mail server, e.g. smtp://user:pass@mail.example.com:587 or smtps://…:465; unset = .eml files. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/.+/, "must be an smtp:// or smtps:// URL")
    .optional(),
  /** Sender of every mail, e.g. `Lede <news@example.com>`; default no-reply@<SITE_URL's host>. */
  MAIL_FROM: z.string().min(3).optional(),
  /** Where mail is written as .eml files when SMTP_URL is unset; default <LEDE_DATA_DIR>/mail. */
  MAIL_DIR: z.string().min(1).optional(),
  /** Mails sent to one address per hour at most; more wait for the next free slot. */
  MAIL_MAX_PER_HOUR: z.coerce.number().int().min(1).max(10_000).default(10),
  /** Whether each server process also runs the job worker (false when `npm run jobs` runs it). */
  JOBS_IN_SERVER: z
    .enum(["true", "false"], { error: "must be true or false" })
    .default("true")
    .transform((value) => value === "true"),
});

export type Env = z.infer<typeof schema> & { SITE_URL: string };

export class EnvError extends Error {}

/** Parses an environment; throws EnvError naming every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join(".")} ${issue.message}`);
    throw new EnvError(`Invalid environment:\n${problems.join("\n")}`);
  }
  const parsed = result.data;
  return { ...parsed, SITE_URL: (parsed.SITE_URL ?? `http://localhost:${parsed.PORT}`).replace(/\/$/, "") };
}

let cached: Env | undefined;

/** The server environment, parsed on first use (instrumentation.ts calls it at start-up). */
export function env(): Env {
  return (cached ??= parseEnv(process.env));
}

/** Parses process.env again on the next env() (tests that start a service, then point at it). */
export function reloadEnv(): void {
  cached = undefined;
}
