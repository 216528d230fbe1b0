/**
 * WordPress-style key lists: one phrase per entry, matched case- and accent-insensitively
 * inside any of the given fields. Returns the first matching phrase.
 */
export function firstMatchingKey(keys: string[], fields: (string | null)[]): string | undefined {
  const haystacks = fields.filter((field): field is string => Boolean(field)).map(fold);
  return keys
    .map((key) => key.trim())
    .find((key) => key && haystacks.some((text) => text.includes(fold(key))));
}

type KeyedComment = {
  body: string;
  authorName: string;
  authorEmail: string;
  authorUrl: string | null;
  ip: string;
};

/**
 * Why a key list matched a comment, for the stored reasons. A key that matched only the IP
 * address is not quoted: it is (part of) the address, which is never stored.
 */
export function keyMatchReason(list: string, keys: string[], comment: KeyedComment): string | undefined {
  const key = firstMatchingKey(keys, [
    comment.body,
    comment.authorName,
    comment.authorEmail,
    comment.authorUrl,
  ]);
  if (key) return `matched ${list} "${key}"`;
  if (firstMatchingKey(keys, [comment.ip])) return `matched a ${list} on the IP address`;
}

function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

/** Links in a comment's text (as WordPress counts them, the author's website aside). */
export function countLinks(body: string): number {
  return body.match(/\bhttps?:\/\/|\bwww\.[a-z0-9-]+\./gi)?.length ?? 0;
}
