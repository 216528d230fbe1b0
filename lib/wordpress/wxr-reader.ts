// Streaming reader of a WordPress eXtended RSS (WXR) export. The file is read chunk by chunk
// through sax; each child of <channel> (an <item>, a <wp:author>, a <wp:category>…) is built
// as a small tree and handed over when it closes, so memory holds one element at a time,
// whatever the size of the export. Malformed XML stops with the line, column and what was
// expected; elements completed before the error have been handed over already.
import type { Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import sax from "sax";

export type XmlNode = { name: string; attrs: Record<string, string>; text: string; children: XmlNode[] };

export class WxrSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    readonly reason: string,
  ) {
    super(`Malformed XML at line ${line}, column ${column}: ${reason}`);
    this.name = "WxrSyntaxError";
  }
}

/** The first child element named `name`, or undefined. */
export function child(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((candidate) => candidate.name === name);
}

/** The text of the first child named `name` ("" when absent), trimmed. */
export function childText(node: XmlNode, name: string): string {
  return child(node, name)?.text.trim() ?? "";
}

export function children(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((candidate) => candidate.name === name);
}

/** Why sax stopped, in words, with the tag it expected when that is known. */
function describe(message: string, open: string[]): string {
  const reason = message.split("\n")[0] ?? message;
  const expected = open.at(-1);
  if (/closing tag|close tag|Unclosed root tag|Unexpected end/i.test(reason) && expected)
    return `${reason} (expected </${expected}>)`;
  return reason;
}

/**
 * Reads the export and calls `onElement` for every complete child of <channel>, in file order,
 * awaiting each before reading on (backpressure: the importer's writes pace the reading).
 * `onProgress` gets the bytes read so far after each chunk.
 */
export async function readWxr(
  input: Readable,
  onElement: (element: XmlNode) => Promise<void>,
  onProgress: (bytesRead: number) => void = () => {},
): Promise<void> {
  const parser = sax.parser(true, { trim: false, normalize: false, position: true });
  const stack: XmlNode[] = [];
  const done: XmlNode[] = [];
  let failure: WxrSyntaxError | null = null;

  parser.onopentag = (tag) => {
    const attrs: Record<string, string> = {};
    for (const [key, value] of Object.entries(tag.attributes)) attrs[key] = String(value);
    const node: XmlNode = { name: tag.name, attrs, text: "", children: [] };
    // rss > channel > element: elements below the channel's children are kept in their tree.
    if (stack.length >= 3) stack.at(-1)!.children.push(node);
    stack.push(node);
  };
  const onText = (text: string) => {
    if (stack.length >= 3) stack.at(-1)!.text += text;
  };
  parser.ontext = onText;
  parser.oncdata = onText;
  parser.onclosetag = () => {
    const node = stack.pop();
    if (node && stack.length === 2) done.push(node);
  };
  parser.onerror = (error) => {
    failure ??= new WxrSyntaxError(
      parser.line + 1,
      parser.column + 1,
      describe(
        error.message,
        stack.map((node) => node.name),
      ),
    );
    throw failure;
  };

  let bytesRead = 0;
  // A chunk may end inside a multi-byte character: the decoder keeps the partial bytes.
  const decoder = new StringDecoder("utf8");
  const flush = async () => {
    while (done.length > 0) await onElement(done.shift()!);
  };
  try {
    for await (const chunk of input) {
      const text = typeof chunk === "string" ? chunk : decoder.write(chunk as Buffer);
      bytesRead += typeof chunk === "string" ? Buffer.byteLength(chunk) : (chunk as Buffer).length;
      try {
        parser.write(text);
      } finally {
        // Elements that closed before an error are complete: they are imported.
        await flush();
      }
      onProgress(bytesRead);
    }
    parser.close();
    await flush();
  } catch (error) {
    if (failure) throw failure;
    throw error;
  }
  if (stack.length > 0)
    throw new WxrSyntaxError(parser.line + 1, parser.column + 1, "unexpected end of file");
}
