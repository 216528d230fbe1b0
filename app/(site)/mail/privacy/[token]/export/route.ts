// The reader's own export, from the button of a privacy request mail's page (a POST: a scanner
// following the mail's GET link downloads nothing). Audited without the data.
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { translator } from "@/lib/i18n/messages";
import { readLinkToken } from "@/lib/mail/links";
import { exportJson, getCommenter } from "@/lib/privacy/commenter";

type Context = { params: Promise<{ token: string }> };

export async function POST(_request: Request, { params }: Context): Promise<Response> {
  const { token } = await params;
  const t = translator("MailLinks");
  const payload = readLinkToken("privacy", decodeURIComponent(token));
  if (!payload || payload.act !== "export") return new Response(t("linkExpired"), { status: 400 });
  const record = await getCommenter(payload.h);
  if (!record) return new Response(t("nothingStored"), { status: 404 });
  await recordAudit(db, {
    actorId: null,
    action: "commenter.export",
    targetType: "commenter",
    targetId: payload.h,
    details: { via: "self-service", comments: record.comments.length },
  });
  return new Response(exportJson(record), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="my-data.json"',
      "Cache-Control": "private, no-store",
    },
  });
}
