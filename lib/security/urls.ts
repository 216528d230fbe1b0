// Addresses that may become links or images on a page. Checked where they are rendered, not
// only where they are typed: imported or old rows never reach a page with another scheme.

/** The address, normalised, when it is an absolute http(s) URL; otherwise null (render no link). */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  // Checked on the raw text too: the URL parser strips tabs and newlines ("java\tscript:").
  if (!/^https?:\/\/[^\s]/i.test(trimmed)) return null;
  try {
    const url = new URL(trimmed);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}
