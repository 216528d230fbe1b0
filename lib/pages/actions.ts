"use server";
// Site pages in the dashboard (EDITOR): create or save one, version-checked so two editors never
// overwrite each other silently; audited; the page's and the footer's cache expired.
import "server-only";
import { redirect } from "next/navigation";
import { expireTags, tags, type CacheTag } from "@/lib/cache/tags";
import { adminAction, type ActionState, type TypedValues } from "@/lib/actions/admin";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { sitePageSchema } from "./schema";
import { CORRECT_FIELDS } from "@/lib/actions/form";
import { translator } from "@/lib/i18n/messages";

const t = translator("AdminPages");

const editPath = (id: number | "new") => `/admin/pages/${id}`;

function failure(values: TypedValues, message: string, fieldErrors?: Record<string, string>): ActionState {
  return { status: "error", message, fieldErrors, values };
}

/** A plain form post sees its result on the page's editor (a new page's: the empty editor). */
const onEditor = {
  respondTo: (values: TypedValues) => editPath(Number(values.id) > 0 ? Number(values.id) : "new"),
};

export const saveSitePage = adminAction(
  "page.save",
  "publish",
  sitePageSchema,
  onEditor,
  async (input, { user, values }) => {
    const { id, version, ...fields } = input;
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
      if (saved === null) return failure(values, t("gone"));
      if (saved === "stale") return failure(values, t("conflict"));
      const touched: CacheTag[] = [tags.sitePages, tags.sitePage(saved.slug)];
      if (saved.before && saved.before !== saved.slug) touched.push(tags.sitePage(saved.before));
      expireTags(touched);
      if (!id) redirect(`${editPath(saved.id)}?notice=created`);
      return { status: "ok", message: t("saved"), values: valuesOf(input, saved.version) };
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
        return failure(values, CORRECT_FIELDS, {
          slug: t("slugTaken"),
        });
      throw error;
    }
  },
);

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
