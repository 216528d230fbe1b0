// The comment cookies. `lede_own` (signed, httpOnly) lists the visitor's own recent comments,
// so they see them while awaiting moderation and can edit them for a while; it holds ids only.
// `lede_has_own` (readable by scripts, value "1", nothing personal) is its hint: the cached
// article page's island fetches the visitor's own comments only when it is there.
// `lede_commenter` is set only when the commenter ticks "Save my name, email, and website": the
// browser's own copy of what they typed, read by the form's script to fill itself in (never
// sent back by any endpoint). `lede_form_seen` (signed time) is set by the no-JavaScript form's
// pixel, for the too-fast check of forms posted without JavaScript.
import "server-only";
import { env } from "@/lib/env";
import { sign, verify } from "@/lib/security/sign";

export const OWN_COMMENTS_COOKIE = "lede_own";
export const OWN_HINT_COOKIE = "lede_has_own";
export const REMEMBER_COOKIE = "lede_commenter";
export const FORM_SEEN_COOKIE = "lede_form_seen";
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
  jar.set(OWN_HINT_COOKIE, "1", {
    httpOnly: false,
    sameSite: "lax",
    secure: secure(),
    path: "/",
    maxAge: 30 * 86_400,
  });
}

/** Forgets the hint once nothing of the visitor's is held or editable, so pages stop asking. */
export function clearOwnHint(jar: CookieJar): void {
  jar.delete(OWN_HINT_COOKIE);
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

const FORM_SEEN_PURPOSE = "comment-form-seen";
const MAX_ELAPSED_MS = 30 * 86_400_000;

/** The no-JavaScript form's pixel: the signed time this browser was shown a comment form. */
export function formSeenCookie(now: number): {
  name: string;
  value: string;
  options: Record<string, unknown>;
} {
  return {
    name: FORM_SEEN_COOKIE,
    value: sign(FORM_SEEN_PURPOSE, String(now)),
    options: { httpOnly: true, sameSite: "lax", secure: secure(), path: "/", maxAge: 86_400 },
  };
}

/**
 * How long the commenter spent on the form, in milliseconds. Pages are cached and shared, so the
 * time is never minted at render: with JavaScript the form measures it in the browser
 * (`elapsedMs`, from when it was shown to the submit); without, the form's pixel left a signed
 * cookie when the browser loaded it. Null when neither is there or usable.
 */
export function elapsedSinceForm(
  measuredMs: string | undefined,
  seenCookie: string | undefined,
  now: number,
): number | null {
  if (measuredMs !== undefined && /^\d{1,10}$/.test(measuredMs)) {
    const measured = Number(measuredMs);
    if (measured <= MAX_ELAPSED_MS) return measured;
  }
  const seen = Number(verify(FORM_SEEN_PURPOSE, seenCookie));
  if (!Number.isFinite(seen) || seen <= 0 || seen > now) return null;
  return now - seen;
}
