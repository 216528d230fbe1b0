// Uploaded images (UPLOAD_DIR), served by the app: files added to public/ after the build are
// not served by Next in production. Names are random and never reused, so responses are
// cached for a year.
import { readFile } from "node:fs/promises";
import { resolveMediaFile } from "@/lib/articles/uploads";

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ path: string[] }> },
): Promise<Response> {
  const resolved = resolveMediaFile((await params).path);
  const bytes = resolved && (await readFile(resolved.file).catch(() => null));
  if (!resolved || !bytes)
    return new Response("Not found", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": resolved.contentType,
      "Content-Length": String(bytes.length),
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
