// How a mail leaves the machine: over SMTP when SMTP_URL is set (nodemailer), otherwise as an
// .eml file in the mail folder (default <LEDE_DATA_DIR>/mail, listed for staff at /admin/mail),
// so every mail flow works on a fresh machine with nothing configured.
import "server-only";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { dataDirectory } from "@/lib/db/embedded";
import { env } from "@/lib/env";

/** A queued mail as the transport needs it (a MailOutbox row). */
export type OutgoingMail = {
  id: number;
  kind: string;
  messageId: string;
  toEmail: string;
  subject: string;
  text: string;
  html: string | null;
  headers: unknown;
  createdAt: Date;
};

export function mailFolder(): string {
  return path.resolve(/*turbopackIgnore: true*/ env().MAIL_DIR ?? path.join(dataDirectory(), "mail"));
}

export function mailFrom(): string {
  const { MAIL_FROM, SITE_NAME, SITE_URL } = env();
  return MAIL_FROM ?? `"${SITE_NAME.replace(/["\\]/g, "")}" <no-reply@${new URL(SITE_URL).hostname}>`;
}

/** The .eml name of a mail: its id and kind only (nothing personal in file names). */
export const mailFileName = (mail: Pick<OutgoingMail, "id" | "kind">) =>
  `${String(mail.id).padStart(8, "0")}-${mail.kind.replace(/[^a-z0-9-]/gi, "")}.eml`;

const transports = new Map<string, Transporter>();

function transport(): { transporter: Transporter; smtp: boolean } {
  const smtpUrl = env().SMTP_URL;
  const key = smtpUrl ?? "file";
  let transporter = transports.get(key);
  if (!transporter) {
    transporter = smtpUrl
      ? nodemailer.createTransport(smtpUrl)
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
    transports.set(key, transporter);
  }
  return { transporter, smtp: Boolean(smtpUrl) };
}

/**
 * Sends one mail; returns the file it was written to (no SMTP_URL) or null (SMTP). Throws when
 * the server refuses it or cannot be reached: the job runner retries with back-off. A retry of
 * a mail that did leave carries the same Message-ID (and the same file name), so a receiver
 * can tell the copies apart.
 */
export async function deliver(mail: OutgoingMail): Promise<string | null> {
  const { transporter, smtp } = transport();
  const headers = (mail.headers ?? {}) as Record<string, string>;
  const info = await transporter.sendMail({
    from: mailFrom(),
    to: mail.toEmail,
    subject: mail.subject,
    text: mail.text,
    ...(mail.html ? { html: mail.html } : {}),
    messageId: mail.messageId,
    date: mail.createdAt,
    headers,
  });
  if (smtp) return null;
  const name = mailFileName(mail);
  await mkdir(mailFolder(), { recursive: true });
  await writeFile(path.join(mailFolder(), name), info.message as Buffer, { mode: 0o600 });
  return name;
}
