// The audit log's reads: newest first, keyset pages of 50 that neither repeat nor skip an entry
// (even entries written in the same millisecond), filters, and targets resolved to links.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/config", () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn(), handlers: {} }));

import {
  AUDIT_PAGE_SIZE,
  auditQuery,
  getAuditPage,
  parseAuditFilters,
  type AuditFilters,
} from "@/lib/audit/queries";
import { db } from "@/lib/db";
import { createStaff, run } from "./support";

let actor: { id: number; name: string };
let sectionId = 0;
let article: { id: number; slug: string };
const SAME_INSTANT = new Date("2031-05-05T10:00:00.000Z");

beforeAll(async () => {
  actor = await createStaff("EDITOR", "audit-actor");
  sectionId = (await db.section.create({ data: { slug: `audit-${run}`, name: "Audit" } })).id;
  article = await db.article.create({
    data: { slug: `audit-${run}`, title: `Audited <b>story</b> ${run}`, body: "Text.", sectionId },
    select: { id: true, slug: true },
  });
  // 120 entries by this actor: 60 in one millisecond, 60 over the following minutes.
  await db.auditEntry.createMany({
    data: Array.from({ length: 120 }, (_, index) => ({
      actorId: actor.id,
      action: index % 2 ? "pick.reorder" : "article.publish",
      targetType: index % 2 ? "pick" : "article",
      targetId: String(article.id),
      details: { index, html: "<script>alert(1)</script>" },
      createdAt: index < 60 ? SAME_INSTANT : new Date(SAME_INSTANT.getTime() + index * 60_000),
    })),
  });
});

afterAll(async () => {
  await db.auditEntry.deleteMany({ where: { actorId: actor.id } });
  await db.article.delete({ where: { id: article.id } });
  await db.section.delete({ where: { id: sectionId } });
  await db.user.delete({ where: { id: actor.id } });
});

async function everyPage(filters: AuditFilters) {
  const seen: number[] = [];
  let page = await getAuditPage(filters);
  for (;;) {
    seen.push(...page.rows.map((row) => row.id));
    if (!page.nextCursor) return seen;
    page = await getAuditPage({ ...filters, before: page.nextCursor });
  }
}

describe("audit log", () => {
  it("pages newest first, 50 at a time, without repeating or skipping entries", async () => {
    const filters = parseAuditFilters({ actor: String(actor.id) });
    const first = await getAuditPage(filters);
    expect(first.rows).toHaveLength(AUDIT_PAGE_SIZE);
    const ids = await everyPage(filters);
    const expected = (
      await db.auditEntry.findMany({
        where: { actorId: actor.id },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: { id: true },
      })
    ).map((row) => row.id);
    expect(ids).toEqual(expected);
    expect(ids).toHaveLength(120);
  });

  it("filters by action family, target and day (on the newsroom's clock)", async () => {
    const picks = await everyPage(parseAuditFilters({ actor: String(actor.id), action: "pick" }));
    expect(picks).toHaveLength(60);
    const byTarget = await everyPage(
      parseAuditFilters({ actor: String(actor.id), targetType: "article", targetId: String(article.id) }),
    );
    expect(byTarget).toHaveLength(60);
    // 10:00 UTC is 12:00 in Paris on 5 May 2031; the minutes after it run to 11:59 UTC.
    expect(
      await everyPage(parseAuditFilters({ actor: String(actor.id), from: "2031-05-05", to: "2031-05-05" })),
    ).toHaveLength(120);
    expect(await everyPage(parseAuditFilters({ actor: String(actor.id), from: "2031-05-06" }))).toHaveLength(
      0,
    );
    expect(await everyPage(parseAuditFilters({ actor: String(actor.id), to: "2031-05-04" }))).toHaveLength(0);
  });

  it("ignores malformed filters instead of failing", () => {
    expect(
      parseAuditFilters({
        actor: "me",
        action: "everything",
        from: "yesterday",
        targetType: "planet",
        before: ["x", "y"],
      }),
    ).toEqual({ before: "x" });
    expect(auditQuery({ action: "pick", targetId: "4" }, "abc")).toBe("?action=pick&targetId=4&before=abc");
  });

  it("names the actor, links the target and keeps details as JSON text", async () => {
    const { rows } = await getAuditPage(parseAuditFilters({ actor: String(actor.id) }));
    const row = rows[0]!;
    expect(row.actor).toBe(actor.name);
    expect(row.target).toMatchObject({
      id: String(article.id),
      label: `Audited <b>story</b> ${run}`,
      href: `/admin/articles/${article.id}`,
    });
    expect(JSON.parse(row.details!)).toMatchObject({ html: "<script>alert(1)</script>" });
  });
});
