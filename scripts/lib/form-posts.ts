// Talking to a Lede server the way a browser without JavaScript does: plain HTTP from a chosen
// local address, the article's comment form read from its HTML, and posted as multipart.
// Shared by the end-to-end specs (e2e/http.ts) and the comment load test.
import http from "node:http";

export type Answer = { status: number; headers: http.IncomingHttpHeaders; text: string };
export type SendOptions = {
  method?: string;
  headers?: Record<string, string>;
  body?: Buffer;
  /** Local address to send from (another loopback address is another peer). */
  from?: string;
  /** Connect to this port instead of the origin's (another instance of the same site). */
  port?: number;
};

/** One request to the server at `origin` (its host header is the site's, as a browser sends it). */
export function send(
  origin: string,
  path: string,
  { method = "GET", headers = {}, body, from, port }: SendOptions = {},
) {
  const url = new URL(origin);
  return new Promise<Answer>((resolve, reject) => {
    const request = http.request(
      {
        host: "127.0.0.1",
        port: port ?? Number(url.port),
        path,
        method,
        headers: { host: url.host, ...headers },
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

/** The hidden fields of an article's "Leave a Reply" form, as a browser without JS posts them. */
export async function commentFormFields(
  origin: string,
  articlePath: string,
  port?: number,
): Promise<[string, string][]> {
  const page = await send(origin, articlePath, { port });
  if (page.status !== 200) throw new Error(`${articlePath} answered ${page.status}`);
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
  const encoded = new Request("http://localhost/", { method: "POST", body: form });
  return {
    body: Buffer.from(await encoded.arrayBuffer()),
    contentType: encoded.headers.get("content-type")!,
  };
}

/** Posts the comment form of `articlePath` the way a browser without JavaScript does. */
export async function postCommentForm(
  origin: string,
  articlePath: string,
  hidden: [string, string][],
  fields: Record<string, string>,
  options: { from?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const { body, contentType } = await encodeCommentForm(hidden, fields);
  return send(origin, articlePath, {
    method: "POST",
    from: options.from,
    body,
    headers: { "content-type": contentType, origin, accept: "text/html", ...options.headers },
  });
}

/** What the reader sees after a post: the redirect to /comments/respond followed, with its cookie. */
export async function pageAfterPost(origin: string, answer: Answer, from?: string): Promise<Answer> {
  if (answer.status !== 303 || !answer.headers.location) return answer;
  const location = new URL(answer.headers.location, origin);
  const cookie = [answer.headers["set-cookie"] ?? []].flat().map((value) => value.split(";")[0]);
  return send(origin, location.pathname + location.search, { from, headers: { cookie: cookie.join("; ") } });
}
