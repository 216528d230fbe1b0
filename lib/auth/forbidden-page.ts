// The 403 page proxy.ts sends for a dashboard route the visitor's role does not open. A page
// rendered by Next cannot carry this status: its static shell is sent (with 200) before the
// rest is rendered. So the proxy answers itself, with a self-contained page in the site's
// colours and no script.
const STYLE = `
body { margin: 0; background: #fdfcf9; color: #1a1a1a; font: 1.0625rem/1.6 Georgia, "Times New Roman", serif; }
main { max-width: 40rem; margin: 4rem auto; padding: 0 1.25rem; }
.kicker { font: 600 0.8rem system-ui, sans-serif; letter-spacing: 0.08em; text-transform: uppercase; color: #a4161a; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0.25rem 0 1rem; }
a { color: #0b4f8a; }`;

export const FORBIDDEN_HEADING = "Your role does not give access to this page";

export function forbiddenPage(): Response {
  const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Not allowed – Lede dashboard</title><style>${STYLE}</style></head>
<body><main id="main"><p class="kicker">Error 403</p><h1>${FORBIDDEN_HEADING}</h1>
<p>Ask an administrator if you need it. <a href="/admin">Back to the dashboard</a></p></main></body></html>`;
  return new Response(html, {
    status: 403,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "private, no-store" },
  });
}
