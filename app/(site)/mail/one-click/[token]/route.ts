// The List-Unsubscribe address of every mail (RFC 8058): mail programs POST
// "List-Unsubscribe=One-Click" here and the unsubscription happens at once, with no page. A GET
// (a person or a scanner following the address) changes nothing and shows the page with a button.
import { unsubscribe } from "@/lib/notifications/replies";

type Context = { params: Promise<{ token: string }> };

export async function POST(_request: Request, { params }: Context): Promise<Response> {
  const { token } = await params;
  const outcome = await unsubscribe(decodeURIComponent(token));
  return new Response(outcome.message, {
    status: outcome.ok ? 200 : 400,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { token } = await params;
  return new Response(null, {
    status: 303,
    headers: { Location: `/mail/unsubscribe/${encodeURIComponent(token)}`, "Cache-Control": "no-store" },
  });
}
