// The two comment cookies. `lede_own` (signed, httpOnly) lists the visitor's own recent
// comments, so they see them while awaiting moderation and can edit them for a while; it holds
// ids only. `lede_commenter` is set only when the commenter ticks "Save my name, email, and
// website": the browser's own copy of what they typed, read by the form to fill itself in.
import "server-only";
import { env } from "@/lib/env";
import { sign, verify } from "@/lib/security/sign";

export const OWN_COMMENTS_COOKIE = "lede_own";
export const REMEMBER_COOKIE = "lede_commenter";
const OWN_PURPOSE = "own-comments";
const MAX_OWN = 20;

type CookieJar = {
  get(name: string): { value: string } | undefined;
  set(name: string, value: string, options: Record<string, unknown>): unknown;
  delete(name: string): unknown;
};

const secure = () => env().SITE_URL.startsWith("https:");

export function ownCommentIds(jar: Pick<CookieJar, "get">): number[] {
  const payload = verify(OWN_PURPOSE, jar.get(OWN_COMMENTS_COOKIE)?.value);
  if (!payload) return [];
  try {
    const ids = JSON.parse(payload) as unknown;
    return Array.isArray(ids) ? ids.filter((id): id is number => Number.isInteger(id)) : [];
  } catch {
    return [];
  }
}

export function rememberOwnComment(jar: CookieJar, id: number): void {
  const ids = [id, ...ownCommentIds(jar).filter((existing) => existing !== id)].slice(0, MAX_OWN);
  jar.set(OWN_COMMENTS_COOKIE, sign(OWN_PURPOSE, JSON.stringify(ids)), {
    httpOnly: true,
    sameSite: "lax",
    secure: secure(),
    path: "/",
    maxAge: 30 * 86_400,
  });
}

export type RememberedCommenter = { name: string; email: string; url: string };

export function saveCommenter(jar: CookieJar, commenter: RememberedCommenter | null): void {
  if (!commenter) {
    jar.delete(REMEMBER_COOKIE);
    return;
  }
  jar.set(REMEMBER_COOKIE, JSON.stringify(commenter), {
    httpOnly: false,
    sameSite: "lax",
    secure: secure(),
    path: "/",
    maxAge: 365 * 86_400,
  });
}

const FORM_TIME_PURPOSE = "comment-form-time";

/** Signed time at which a comment form was rendered. */
export function formTimeToken(now: number): string {
  return sign(FORM_TIME_PURPOSE, String(now));
}

/**
 * How long the commenter spent on the form: from when the browser showed it (set by the form's
 * script) or else when the server rendered it. Null when the signed time is missing or forged.
 */
export function elapsedSinceForm(
  renderedAt: string | undefined,
  shownAt: string | undefined,
  now: number,
): number | null {
  const rendered = Number(verify(FORM_TIME_PURPOSE, renderedAt));
  if (!Number.isFinite(rendered) || rendered <= 0 || rendered > now) return null;
  const shown = Number(shownAt);
  const start = Number.isFinite(shown) && shown >= rendered && shown <= now ? shown : rendered;
  return now - start;
}
