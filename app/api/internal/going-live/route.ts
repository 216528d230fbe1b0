import { expireTagsNow } from "@/lib/cache/tags";
import { isTickToken, msUntilNextChange, tagsWentLive } from "@/lib/articles/going-live";

// The previous tick of this instance: each instance expires its own cache.
let lastTick = new Date(Date.now() - 60_000);

/** Called every few seconds by this server's own clock (instrumentation.ts). */
export async function POST(request: Request) {
  if (!isTickToken(request.headers.get("x-lede-tick"))) return new Response("Not found", { status: 404 });
  const now = new Date();
  const tags = await tagsWentLive(lastTick, now);
  lastTick = now;
  // Expired at once: the first reader after the time sees the new state, never the old one.
  expireTagsNow(tags);
  return Response.json({ expired: tags.length, nextInMs: await msUntilNextChange(now) });
}
