import { cookies } from "next/headers";
import { formSeenCookie } from "@/lib/comments/cookies";

// The comment form's pixel, inside <noscript>: only browsers without JavaScript load it. It
// notes when the form was shown (signed cookie), so the too-fast bot check still has a start
// time for plain form posts from cached pages. With JavaScript the form measures the time itself.
const PIXEL = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");

export async function GET() {
  const seen = formSeenCookie(Date.now());
  (await cookies()).set(seen.name, seen.value, seen.options);
  return new Response(new Uint8Array(PIXEL), {
    headers: { "content-type": "image/gif", "cache-control": "private, no-store" },
  });
}
