// Just enough of RFC 822/2045 to train and evaluate on e-mail corpora (SpamAssassin's public
// corpus and the like): the subject and the text of a raw e-mail, with quoted-printable and
// base64 parts decoded and HTML reduced to its text and link addresses. A message that is not
// a raw e-mail is returned as it is.

const HEADER_LINE = /^[!-9;-~]+:[ \t]*/;
const KNOWN_HEADERS =
  /^(from|to|cc|subject|date|received|return-path|delivered-to|message-id|mime-version|content-type|reply-to|sender|x-[a-z0-9-]+):/i;

/** Whether a text looks like a raw e-mail: a header block (From/Received/Subject…) first. */
export function isRawEmail(text: string): boolean {
  const end = headerEnd(text);
  if (end < 0) return false;
  const lines = text
    .slice(0, end)
    .split(/\r?\n/)
    .filter((line, index) => !(index === 0 && line.startsWith("From ")));
  let known = 0;
  for (const line of lines) {
    if (/^[ \t]/.test(line)) continue;
    if (!HEADER_LINE.test(line)) return false;
    if (KNOWN_HEADERS.test(line)) known++;
  }
  return known >= 2;
}

function headerEnd(text: string): number {
  const match = /\r?\n\r?\n/.exec(text);
  return match ? match.index : -1;
}

type Headers = Map<string, string>;

function parseHeaders(block: string): Headers {
  const headers: Headers = new Map();
  const unfolded = block.replace(/\r?\n[ \t]+/g, " ");
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon <= 0 || line.startsWith("From ")) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return headers;
}

function splitEntity(text: string): { headers: Headers; body: string } {
  const match = /\r?\n\r?\n/.exec(text);
  if (!match) return { headers: parseHeaders(text), body: "" };
  return {
    headers: parseHeaders(text.slice(0, match.index)),
    body: text.slice(match.index + match[0].length),
  };
}

function parameter(value: string, name: string): string | null {
  const match = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, "i").exec(value);
  return match ? (match[1] ?? match[2] ?? null) : null;
}

/** Decodes bytes in a charset, falling back to Latin-1 for unknown labels. */
export function decodeBytes(bytes: Uint8Array, charset = "utf-8"): string {
  try {
    return new TextDecoder(charset.trim().toLowerCase() || "utf-8").decode(bytes);
  } catch {
    return new TextDecoder("latin1").decode(bytes);
  }
}

/** Decodes a file's bytes: UTF-8 when they are valid UTF-8, Windows-1252/Latin-1 otherwise. */
export function decodeFile(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

function quotedPrintable(text: string): Uint8Array {
  const soft = text.replace(/=\r?\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    const char = soft[i]!;
    const hex = char === "=" ? soft.slice(i + 1, i + 3) : "";
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      const code = soft.charCodeAt(i);
      if (code < 256) bytes.push(code);
      else bytes.push(...Buffer.from(char, "utf8"));
    }
  }
  return Uint8Array.from(bytes);
}

function latin1Bytes(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => char.charCodeAt(0) & 0xff);
}

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  eacute: "é",
  egrave: "è",
  ecirc: "ê",
  agrave: "à",
  acirc: "â",
  ccedil: "ç",
  ocirc: "ô",
  ucirc: "û",
  ugrave: "ù",
  icirc: "î",
  iuml: "ï",
  euml: "ë",
  rsquo: "’",
  lsquo: "‘",
  ldquo: "“",
  rdquo: "”",
  hellip: "…",
  euro: "€",
  pound: "£",
  copy: "©",
  reg: "®",
  trade: "™",
  mdash: "—",
  ndash: "–",
  laquo: "«",
  raquo: "»",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});?/gi, (whole, entity: string) => {
    if (entity[0] === "#") {
      const code =
        entity[1] === "x" || entity[1] === "X"
          ? parseInt(entity.slice(2), 16)
          : parseInt(entity.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : " ";
    }
    return ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

/** Text of an HTML document: tags out, link and image addresses kept, entities decoded. */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<!--[\s\S]*?-->/g, " ")
      .replace(/<(script|style|head)\b[\s\S]*?<\/\1\s*>/gi, " ")
      .replace(/<[a-z][^<>]{0,2000}?\b(?:href|src)\s*=\s*["']?([^"'\s<>]{1,2000})[^<>]{0,2000}>/gi, " $1 ")
      .replace(/<br\s*\/?>|<\/(?:p|div|li|tr|h\d)>/gi, "\n")
      .replace(/<[^>]*>/g, " "),
  )
    .replace(/[ \t\u00a0]+/g, " ")
    .replace(/\n\s*\n+/g, "\n\n")
    .trim();
}

function decodeHeaderWords(value: string): string {
  return value.replace(
    /=\?([^?]+)\?([bq])\?([^?]*)\?=/gi,
    (_whole, charset: string, encoding: string, data: string) =>
      decodeBytes(
        encoding.toLowerCase() === "b"
          ? Buffer.from(data, "base64")
          : quotedPrintable(data.replace(/_/g, " ")),
        charset,
      ),
  );
}

function entityText(headers: Headers, body: string, depth: number): string {
  const type = (headers.get("content-type") ?? "text/plain").toLowerCase();
  if (type.startsWith("multipart/") && depth < 5) {
    const boundary = parameter(headers.get("content-type") ?? "", "boundary");
    if (boundary) {
      const parts = body.split(
        new RegExp(`^--${boundary.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:--)?[ \\t]*$`, "m"),
      );
      return parts
        .slice(1)
        .map((part) => {
          const entity = splitEntity(part.replace(/^\r?\n/, ""));
          return entityText(entity.headers, entity.body, depth + 1);
        })
        .filter(Boolean)
        .join("\n\n");
    }
  }
  if (type.startsWith("message/rfc822") && depth < 5) return messageText(body);
  if (!type.startsWith("text/") && headers.has("content-type")) return "";

  const encoding = (headers.get("content-transfer-encoding") ?? "").toLowerCase().trim();
  const charset = parameter(headers.get("content-type") ?? "", "charset") ?? "utf-8";
  let text = body;
  if (encoding === "base64")
    text = decodeBytes(Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ""), "base64"), charset);
  else if (encoding === "quoted-printable") text = decodeBytes(quotedPrintable(body), charset);
  else if (
    /[\u0080-\u00ff]/.test(body) &&
    !/[^\u0000-\u00ff]/.test(body) &&
    !/^(utf-?8|us-ascii)$/i.test(charset)
  ) {
    text = decodeBytes(latin1Bytes(body), charset);
  }
  return type.startsWith("text/html") || /^\s*<(!doctype|html|body|table|div|p)\b/i.test(text)
    ? htmlToText(text)
    : text;
}

/**
 * The text of a message for the classifier: for a raw e-mail, its subject and the text of its
 * text parts; anything else unchanged.
 */
export function messageText(raw: string): string {
  return readEmail(raw)?.text ?? raw;
}

/**
 * What a raw e-mail says in the terms of a comment: its text (subject and text parts), the
 * sender's name and address (From) and the program that sent it (X-Mailer or User-Agent, the
 * e-mail's user agent). Null for a text that is not a raw e-mail.
 */
export type EmailMessage = { text: string; fromName: string; fromAddress: string; mailer: string | null };

export function readEmail(raw: string): EmailMessage | null {
  if (!isRawEmail(raw)) return null;
  const { headers, body } = splitEntity(raw);
  const subject = decodeHeaderWords(headers.get("subject") ?? "");
  const text = entityText(headers, body, 0);
  const { name, address } = parseFrom(decodeHeaderWords(headers.get("from") ?? ""));
  const mailer = headers.get("x-mailer") ?? headers.get("user-agent") ?? null;
  return {
    text: subject ? `${subject}\n\n${text}` : text,
    fromName: name,
    fromAddress: address,
    mailer: mailer?.trim() || null,
  };
}

/** `"Jane Doe" <jane@example.org>`, `jane@example.org (Jane Doe)` or a bare address. */
export function parseFrom(value: string): { name: string; address: string } {
  const angle = /<([^<>\s]*)>/.exec(value);
  if (angle) {
    const name = (value.slice(0, angle.index) + value.slice(angle.index + angle[0].length))
      .replace(/["()]/g, " ")
      .replace(/\s+/g, " ")
      .trim();
    return { name, address: angle[1]!.trim() };
  }
  const address = /[^\s"()<>,;]+@[^\s"()<>,;]+/.exec(value)?.[0] ?? "";
  const comment = /\(([^()]*)\)/.exec(value)?.[1] ?? "";
  return { name: comment.replace(/"/g, "").trim(), address };
}
