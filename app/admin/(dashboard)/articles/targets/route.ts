// Read-also picker search: published articles by title, as JSON, for staff who may publish.
import type { NextRequest } from "next/server";
import { searchReadAlsoTargets } from "@/lib/articles/admin-queries";
import { authorize, NotAllowed } from "@/lib/auth/session";

export async function GET(request: NextRequest): Promise<Response> {
  const headers = { "Cache-Control": "private, no-store" };
  try {
    await authorize("publish");
  } catch (error) {
    if (error instanceof NotAllowed)
      return Response.json(
        { error: error.message },
        { status: error.reason === "signed-out" ? 401 : 403, headers },
      );
    throw error;
  }
  const params = request.nextUrl.searchParams;
  const exclude = params.get("exclude");
  const results = await searchReadAlsoTargets(
    params.get("q") ?? "",
    exclude && /^\d{1,9}$/.test(exclude) ? Number(exclude) : undefined,
  );
  return Response.json({ results }, { headers });
}
