// Akismet as an optional second opinion (https://akismet.com/developers/): a small client of
// its REST API over fetch, used only when AKISMET_API_KEY is set.
//   - comment-check: asked only for comments the local filter is unsure about (the grey zone
//     between the hold and spam thresholds), with the standard fields; the IP address is the
//     one of the request being handled, passed in memory and never stored;
//   - submit-spam / submit-ham: a moderator's spam / not-spam decision, sent later by a job
//     with what is still stored (no IP address: it never was).
// Any failure (timeout, network, an answer that is not Akismet's) is an error for the caller,
// which holds the comment: an outage must never publish what the local filter doubted.
import { env } from "@/lib/env";

export type AkismetConfig = {
  apiKey: string;
  /** Base URL of the REST API (AKISMET_URL; Akismet's own by default, a local server in tests). */
  endpoint: string;
  /** The site, as registered with Akismet (SITE_URL). */
  blog: string;
  timeoutMs: number;
};

export const AKISMET_DEFAULT_URL = "https://rest.akismet.com";
/** A comment waits for this long at most: past it, Akismet counts as unavailable. */
export const AKISMET_TIMEOUT_MS = 3_000;

/** Akismet's configuration, or null when the site does not use it (no AKISMET_API_KEY). */
export function akismetConfig(): AkismetConfig | null {
  const { AKISMET_API_KEY, AKISMET_URL, SITE_URL } = env();
  if (!AKISMET_API_KEY) return null;
  return {
    apiKey: AKISMET_API_KEY,
    endpoint: (AKISMET_URL ?? AKISMET_DEFAULT_URL).replace(/\/$/, ""),
    blog: SITE_URL,
    timeoutMs: AKISMET_TIMEOUT_MS,
  };
}

/** Whether comments may be sent to Akismet (the form's notice and the privacy page say so). */
export function akismetEnabled(): boolean {
  return Boolean(env().AKISMET_API_KEY);
}

/** The standard fields Akismet reads about a comment. */
export type AkismetComment = {
  /** Required by comment-check; unknown (never stored) when a moderator's decision is sent. */
  userIp?: string | null;
  userAgent?: string | null;
  permalink?: string | null;
  authorName: string;
  authorEmail: string;
  authorUrl?: string | null;
  body: string;
  /** When the comment was posted. */
  date?: Date;
};

/** What comment-check answered: spam (and whether Akismet says to discard it) or not. */
export type AkismetVerdict = { spam: boolean; discard: boolean };

export class AkismetError extends Error {}

function form(config: AkismetConfig, comment: AkismetComment): URLSearchParams {
  const fields: [string, string | null | undefined][] = [
    ["api_key", config.apiKey],
    ["blog", config.blog],
    ["user_ip", comment.userIp],
    ["user_agent", comment.userAgent],
    ["permalink", comment.permalink],
    ["comment_type", "comment"],
    ["comment_author", comment.authorName],
    ["comment_author_email", comment.authorEmail],
    ["comment_author_url", comment.authorUrl],
    ["comment_content", comment.body],
    ["comment_date_gmt", comment.date?.toISOString()],
    ["blog_lang", "en, fr"],
    ["blog_charset", "UTF-8"],
  ];
  const params = new URLSearchParams();
  for (const [name, value] of fields) if (value) params.set(name, value);
  return params;
}

async function call(
  config: AkismetConfig,
  method: "comment-check" | "submit-spam" | "submit-ham",
  comment: AkismetComment,
): Promise<{ body: string; headers: Headers }> {
  let response: Response;
  try {
    response = await fetch(`${config.endpoint}/1.1/${method}`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded; charset=utf-8",
        "user-agent": "Lede/0.1 | Akismet client",
      },
      body: form(config, comment),
      signal: AbortSignal.timeout(config.timeoutMs),
    });
  } catch (error) {
    const name = (error as Error).name;
    throw new AkismetError(name === "TimeoutError" ? "timed out" : "unreachable");
  }
  const body = (await response.text().catch(() => "")).trim();
  if (!response.ok) throw new AkismetError(`HTTP ${response.status}`);
  return { body, headers: response.headers };
}

/** Asks Akismet whether a comment is spam. Throws AkismetError when there is no clear answer. */
export async function commentCheck(config: AkismetConfig, comment: AkismetComment): Promise<AkismetVerdict> {
  const { body, headers } = await call(config, "comment-check", comment);
  if (body === "true") return { spam: true, discard: headers.get("x-akismet-pro-tip") === "discard" };
  if (body === "false") return { spam: false, discard: false };
  // "invalid" (bad key) or anything else: Akismet's debug header says why.
  const help = headers.get("x-akismet-debug-help") ?? headers.get("x-akismet-alert-msg");
  throw new AkismetError(`unexpected answer ${JSON.stringify(body.slice(0, 40))}${help ? ` (${help})` : ""}`);
}

/** Tells Akismet a moderator's decision: the comment was spam, or it was a good one (ham). */
export async function submitDecision(
  config: AkismetConfig,
  label: "spam" | "ham",
  comment: AkismetComment,
): Promise<void> {
  const { body } = await call(config, label === "spam" ? "submit-spam" : "submit-ham", comment);
  if (!/^thanks/i.test(body))
    throw new AkismetError(`unexpected answer ${JSON.stringify(body.slice(0, 40))}`);
}
