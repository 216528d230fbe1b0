/**
 * WordPress-style key lists: one phrase per entry, matched case- and accent-insensitively
 * inside any of the given fields. Returns the first matching phrase.
 */
export function firstMatchingKey(keys: string[], fields: (string | null)[]): string | undefined {
  const haystacks = fields.filter((field): field is string => Boolean(field)).map(fold);
  return keys.map((key) => key.trim()).find((key) => key && haystacks.some((text) => text.includes(fold(key))));
}

function fold(text: string): string {
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

/** Links in a comment's text (as WordPress counts them, the author's website aside). */
export function countLinks(body: string): number {
  return body.match(/\bhttps?:\/\/|\bwww\.[a-z0-9-]+\./gi)?.length ?? 0;
}
