// Plain HTTP helpers for end-to-end specs that need what a browser cannot do: choose the local
// address a request comes from, or post a form exactly as a browser without JavaScript does.
import http from "node:http";

export const PORT = Number(process.env.E2E_PORT ?? 3100);
export const ORIGIN = `http://localhost:${PORT}`;
export const SEED_PATH = "/world/les-opinions-se-heurtent-alors-que-blinken-et-lavrov-discutent-de-lukraine";

export type Answer = { status: number; headers: http.IncomingHttpHeaders; text: string };

export function send(
  path: string,
  {
    method = "GET",
    headers = {},
    body,
    from,
    port = PORT,
  }: { method?: string; headers?: Record<string, string>; body?: Buffer; from?: string; port?: number } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: "127.0.0.1",
        port,
        path,
        method,
        // The site's own host, as a browser on SITE_URL sends it (Next checks it against Origin).
        headers: { host: new URL(ORIGIN).host, ...headers },
        localAddress: from,
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode!,
            headers: response.headers,
            text: Buffer.concat(chunks).toString("utf8"),
          }),
        );
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

const decode = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** The hidden fields of the article's "Leave a Reply" form, as a browser without JS posts them. */
export async function commentFormFields(port = PORT): Promise<[string, string][]> {
  const page = await send(SEED_PATH, { port });
  if (page.status !== 200) throw new Error(`${SEED_PATH} answered ${page.status}`);
  const respond = page.text.slice(page.text.indexOf('id="respond"'));
  const form = respond.slice(respond.indexOf("<form"), respond.indexOf("</form>"));
  const fields: [string, string][] = [];
  for (const [input] of form.matchAll(/<input\b[^>]*>/g)) {
    if (!/type="hidden"/.test(input)) continue;
    const name = /name="([^"]*)"/.exec(input)?.[1];
    if (name) fields.push([decode(name), decode(/value="([^"]*)"/.exec(input)?.[1] ?? "")]);
  }
  return fields;
}

/** The comment form as a browser without JavaScript encodes it (multipart). */
export async function encodeCommentForm(hidden: [string, string][], fields: Record<string, string>) {
  const form = new FormData();
  for (const [name, value] of hidden) form.append(name, value);
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const encoded = new Request(ORIGIN, { method: "POST", body: form });
  return {
    body: Buffer.from(await encoded.arrayBuffer()),
    contentType: encoded.headers.get("content-type")!,
  };
}

/** Posts the comment form the way a browser without JavaScript does. */
export async function postComment(
  hidden: [string, string][],
  fields: Record<string, string>,
  options: { from?: string; headers?: Record<string, string> },
): Promise<Answer> {
  const { body, contentType } = await encodeCommentForm(hidden, fields);
  return send(SEED_PATH, {
    method: "POST",
    from: options.from,
    body,
    headers: {
      "content-type": contentType,
      origin: ORIGIN,
      accept: "text/html",
      ...options.headers,
    },
  });
}
