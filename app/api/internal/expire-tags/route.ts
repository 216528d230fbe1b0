import { expireReceivedTagsNow } from "@/lib/cache/tags";
import { z } from "zod";
import { EXPIRE_HEADER, isExpiryToken } from "@/lib/cache/local-expiry";

const body = z.object({ tags: z.array(z.string().min(1).max(256)).max(1_000) });

/** Called by this server's own job worker and tag-expiry listener (lib/cache/local-expiry.ts). */
export async function POST(request: Request) {
  if (!isExpiryToken(request.headers.get(EXPIRE_HEADER))) return new Response("Not found", { status: 404 });
  const parsed = body.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: "Expected { tags: string[] }" }, { status: 400 });
  // Expired at once: the next reader sees the new state, never the old one.
  expireReceivedTagsNow(parsed.data.tags);
  return Response.json({ expired: parsed.data.tags.length });
}
