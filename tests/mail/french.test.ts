// A French build (SITE_LOCALE=fr) writes its mails in French: the unsubscribe lines the outbox
// adds below every mail, and the HTML part's language. Queued in a transaction that is rolled
// back, so no mail or job is left behind.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

class Rollback extends Error {}

beforeAll(() => {
  vi.stubEnv("SITE_LOCALE", "fr");
  vi.resetModules();
});

afterAll(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("mail in a French build", () => {
  it("adds French unsubscribe lines and marks the HTML part as French", async () => {
    const { db } = await import("@/lib/db");
    const { queueMail } = await import("@/lib/mail/outbox");
    let stored: { text: string; html: string | null } | null = null;
    await db
      .$transaction(async (tx) => {
        const id = await queueMail(tx, {
          key: `test-fr:${Date.now().toString(36)}`,
          kind: "reply",
          to: "lecteur@exemple.fr",
          subject: "Objet",
          text: "Bonjour.",
          unsubscribeCommentId: 1,
        });
        stored = await tx.mailOutbox.findUnique({ where: { id: id! }, select: { text: true, html: true } });
        throw new Rollback();
      })
      .catch((error: unknown) => {
        if (!(error instanceof Rollback)) throw error;
      });
    expect(stored).not.toBeNull();
    const { text, html } = stored!;
    expect(text).toMatch(/^Bonjour\.\n\n--\n/);
    expect(text).toMatch(
      /\nNe plus recevoir d’e-mails sur cette conversation : http\S+\/mail\/unsubscribe\//,
    );
    expect(text).toMatch(/\nNe plus recevoir aucun e-mail de notre part : http\S+\/mail\/unsubscribe\//);
    expect(text).not.toContain("Stop");
    expect(html).toMatch(/^<!doctype html><html lang="fr">/);
  });
});
