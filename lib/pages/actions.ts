"use server";
// Site pages in the dashboard (EDITOR): create or save one, version-checked so two editors never
// overwrite each other silently; audited; the page's and the footer's cache expired.
import { updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { adminAction, type ActionState } from "@/lib/admin/action";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { respondWith } from "@/lib/forms/result";
import { SITE_PAGES_TAG, sitePageTag } from "./queries";
import { sitePageSchema } from "./schema";

const editPath = (id: number | "new") => `/admin/pages/${id}`;

function failure(form: FormData, message: string, fieldErrors?: Record<string, string>): ActionState {
  const values: Record<string, string> = {};
  for (const [key, value] of form)
    if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  return { status: "error", message, fieldErrors, values };
}

export const saveSitePage = adminAction("page.save", "publish", sitePageSchema, async (input, user, form) => {
  const { id, version, ...fields } = input;
  const path = editPath(id ? id : "new");
  try {
    const saved = await db.$transaction(async (tx) => {
      if (!id) {
        const created = await tx.sitePage.create({
          data: fields,
          select: { id: true, slug: true, version: true },
        });
        await recordAudit(tx, {
          actorId: user.id,
          action: "page.create",
          targetType: "page",
          targetId: created.id,
          details: { title: fields.title, slug: fields.slug, published: fields.published },
        });
        return { ...created, before: null as string | null };
      }
      const before = await tx.sitePage.findUnique({ where: { id }, select: { slug: true, version: true } });
      if (!before) return null;
      const updated = await tx.sitePage.updateMany({
        where: { id, version },
        data: { ...fields, version: { increment: 1 } },
      });
      if (updated.count === 0) return "stale" as const;
      await recordAudit(tx, {
        actorId: user.id,
        action: "page.update",
        targetType: "page",
        targetId: id,
        details: {
          title: fields.title,
          slug: fields.slug,
          published: fields.published,
          version: version + 1,
        },
      });
      return { id, slug: fields.slug, version: version + 1, before: before.slug };
    });
    if (saved === null) return respondWith(failure(form, "This page no longer exists."), path);
    if (saved === "stale")
      return respondWith(
        failure(
          form,
          "Someone else saved this page since you opened it. Copy your text, reload the page and try again.",
        ),
        path,
      );
    updateTag(SITE_PAGES_TAG);
    updateTag(sitePageTag(saved.slug));
    if (saved.before && saved.before !== saved.slug) updateTag(sitePageTag(saved.before));
    if (!id) redirect(`${editPath(saved.id)}?notice=created`);
    return respondWith<ActionState>(
      { status: "ok", message: "Page saved.", values: valuesOf(input, saved.version) },
      path,
    );
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      return respondWith(
        failure(form, "Please correct the highlighted fields.", {
          slug: "Another page already uses this slug.",
        }),
        path,
      );
    throw error;
  }
});

function valuesOf(
  input: {
    title: string;
    slug: string;
    body: string;
    published: boolean;
    position: number;
    id?: number | "";
  },
  version: number,
) {
  return {
    id: String(input.id ?? ""),
    version: String(version),
    title: input.title,
    slug: input.slug,
    body: input.body,
    published: input.published ? "on" : "",
    position: String(input.position),
  };
}
