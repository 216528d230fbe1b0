// The outbox as staff see it (/admin/mail): newest first, a keyset page at a time, and one mail
// with its text. Admins only: mail can carry one-time links of staff accounts.
import "server-only";
import { db } from "@/lib/db";

export const MAIL_PAGE_SIZE = 50;

export type MailRow = {
  id: number;
  kind: string;
  toEmail: string;
  subject: string;
  status: "QUEUED" | "SENT" | "FAILED";
  attempts: number;
  lastError: string | null;
  file: string | null;
  createdAt: Date;
  sentAt: Date | null;
};

/** A page of the outbox, newest first, starting below `before` (an id). */
export async function getMailPage(before?: number): Promise<{ rows: MailRow[]; nextBefore: number | null }> {
  const rows = await db.mailOutbox.findMany({
    where: before ? { id: { lt: before } } : {},
    orderBy: { id: "desc" },
    take: MAIL_PAGE_SIZE + 1,
    select: {
      id: true,
      kind: true,
      toEmail: true,
      subject: true,
      status: true,
      attempts: true,
      lastError: true,
      file: true,
      createdAt: true,
      sentAt: true,
    },
  });
  const more = rows.length > MAIL_PAGE_SIZE;
  const page = rows.slice(0, MAIL_PAGE_SIZE);
  return { rows: page, nextBefore: more ? page[page.length - 1]!.id : null };
}

export async function getMail(id: number) {
  return db.mailOutbox.findUnique({ where: { id } });
}
