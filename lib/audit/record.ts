// One audit trail for every change of publishing or moderation state, users and settings.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

type Client = Pick<PrismaClient, "auditEntry"> | Prisma.TransactionClient;

export type AuditInput = {
  actorId: number | null;
  /** e.g. "article.publish", "comment.spam", "pick.reorder", "settings.update". */
  action: string;
  targetType: "article" | "comment" | "user" | "pick" | "settings" | "commenter" | "page" | "import";
  targetId?: string | number | null;
  details?: Prisma.InputJsonValue;
};

export async function recordAudit(client: Client, entry: AuditInput): Promise<void> {
  await client.auditEntry.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId === undefined || entry.targetId === null ? null : String(entry.targetId),
      details: entry.details,
    },
  });
}
