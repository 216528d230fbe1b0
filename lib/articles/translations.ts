// Articles that are translations of each other share a translationGroup: the article page links
// to the others ("Read in English", "Lire en français") and lists them as hreflang alternates.
import { db } from "@/lib/db";
import { translator } from "@/lib/i18n/messages";
import type { Prisma } from "@/lib/generated/prisma/client";

const t = translator("AdminTranslationResults");

/** Where a plain (no-JavaScript) post of the translation forms shows its result. */
export const translationResultPath = (articleId: number) => `/admin/articles/${articleId}?translation=1`;

export type TranslationLink = { id: number; title: string; lang: "en" | "fr"; status: string };

/** The other articles of this article's group, for the dashboard. */
export async function getTranslationsForEditing(articleId: number): Promise<TranslationLink[]> {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { translationGroup: true },
  });
  if (!article?.translationGroup) return [];
  return db.article.findMany({
    where: { translationGroup: article.translationGroup, id: { not: articleId } },
    orderBy: { id: "asc" },
    select: { id: true, title: true, lang: true, status: true },
  });
}

/** "12", "#12", or an article's URL (…/section/slug) → the article id, or null. */
export async function resolveArticleReference(reference: string): Promise<number | null> {
  const trimmed = reference.trim();
  const id = /^#?(\d{1,9})$/.exec(trimmed)?.[1];
  if (id) return Number(id);
  let path = trimmed;
  try {
    path = new URL(trimmed, "http://x").pathname;
  } catch {
    return null;
  }
  const slug = path.split("/").filter(Boolean).at(-1);
  if (!slug) return null;
  const found = await db.article.findUnique({ where: { slug }, select: { id: true } });
  return found?.id ?? null;
}

type Tx = Prisma.TransactionClient;
type LinkResult = { ok: true; touched: number[] } | { ok: false; message: string };

/**
 * Puts `targetId` (and its own group) in `articleId`'s group. One article per language in a
 * group: linking a second French version is refused.
 */
export async function linkTranslation(tx: Tx, articleId: number, targetId: number): Promise<LinkResult> {
  if (articleId === targetId) return { ok: false, message: t("ownTranslation") };
  const select = { id: true, lang: true, title: true, translationGroup: true } as const;
  const [article, target] = await Promise.all([
    tx.article.findUnique({ where: { id: articleId }, select }),
    tx.article.findUnique({ where: { id: targetId }, select }),
  ]);
  if (!article) return { ok: false, message: t("articleGone") };
  if (!target) return { ok: false, message: t("noArticle") };
  const members = async (group: string | null, fallback: typeof article) =>
    group ? tx.article.findMany({ where: { translationGroup: group }, select }) : [fallback];
  const together = [
    ...(await members(article.translationGroup, article)),
    ...(await members(target.translationGroup, target)),
  ];
  const unique = [...new Map(together.map((row) => [row.id, row])).values()];
  const languages = unique.map((row) => row.lang);
  if (new Set(languages).size !== languages.length)
    return {
      ok: false,
      message: t("sameLanguage", { title: target.title }),
    };
  const group = article.translationGroup ?? target.translationGroup ?? `translation-${article.id}`;
  await tx.article.updateMany({
    where: { id: { in: unique.map((row) => row.id) } },
    data: { translationGroup: group },
  });
  return { ok: true, touched: unique.map((row) => row.id) };
}

/** Takes `articleId` out of its group (a group of one is dissolved). */
export async function unlinkTranslation(tx: Tx, articleId: number): Promise<number[]> {
  const article = await tx.article.findUnique({
    where: { id: articleId },
    select: { translationGroup: true },
  });
  if (!article?.translationGroup) return [];
  const group = article.translationGroup;
  const rest = await tx.article.findMany({
    where: { translationGroup: group, id: { not: articleId } },
    select: { id: true },
  });
  await tx.article.update({ where: { id: articleId }, data: { translationGroup: null } });
  if (rest.length === 1)
    await tx.article.update({ where: { id: rest[0]!.id }, data: { translationGroup: null } });
  return [articleId, ...rest.map((row) => row.id)];
}
