// A commenter's export as a JSON download, for staff answering an access request. Audited (the
// hash in the entry is removed again if the commenter is later erased).
import { recordAudit } from "@/lib/audit/record";
import { authorize, NotAllowed } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { translator } from "@/lib/i18n/messages";
import { exportJson, getCommenter } from "@/lib/privacy/commenter";

type Context = { params: Promise<{ hash: string }> };

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const t = translator("AdminCommenters");
  let userId: number;
  try {
    userId = (await authorize("moderate")).id;
  } catch (error) {
    if (error instanceof NotAllowed) return new Response(t("forbidden"), { status: 403 });
    throw error;
  }
  const { hash } = await params;
  const record = /^[0-9a-f]{64}$/.test(hash) ? await getCommenter(hash) : null;
  if (!record) return new Response(t("nothingStored"), { status: 404 });
  await recordAudit(db, {
    actorId: userId,
    action: "commenter.export",
    targetType: "commenter",
    targetId: hash,
    details: { comments: record.comments.length },
  });
  return new Response(exportJson(record), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="commenter-${hash.slice(0, 12)}.json"`,
      "Cache-Control": "private, no-store",
    },
  });
}
