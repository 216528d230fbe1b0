// Old WordPress URLs of imported content: a post's permalink (/2021/12/02/slug/) or its
// /?p=ID link, a page's permalink or /?page_id=ID. proxy.ts sends only those URL shapes here
// (every reader page stays static); the answer is the new URL or null (404). Only what a
// reader may see is revealed: a draft's old link stays a 404.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { articleHref, visibleArticleWhere } from "@/lib/articles/visibility";
import { sitePageHref } from "@/lib/pages/paths";

type Lookup = { path?: string | null; postId?: number | null; pageId?: number | null };

export async function findWordPressRedirect(
  client: PrismaClient,
  { path, postId, pageId }: Lookup,
  now = new Date(),
): Promise<string | null> {
  const visible = visibleArticleWhere(now);
  const articleSelect = { slug: true, section: { select: { slug: true } } } as const;
  const id = postId ?? pageId ?? null;
  if (id !== null) {
    if (!Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647) return null;
    const article =
      pageId == null
        ? await client.article.findFirst({ where: { wordpressId: id, ...visible }, select: articleSelect })
        : null;
    if (article) return articleHref(article);
    const page = await client.sitePage.findFirst({
      where: { wordpressId: id, published: true },
      select: { slug: true },
    });
    return page ? sitePageHref(page.slug) : null;
  }
  if (!path) return null;
  const normalised = path.endsWith("/") ? path : `${path}/`;
  const article = await client.article.findFirst({
    where: { wordpressPath: normalised, ...visible },
    select: articleSelect,
  });
  if (article) return articleHref(article);
  const page = await client.sitePage.findFirst({
    where: { wordpressPath: normalised, published: true },
    select: { slug: true },
  });
  return page ? sitePageHref(page.slug) : null;
}

/** A comment of this article by its WordPress id (old #comment- anchors), else by its own id. */
export async function findCommentByAnchor(
  client: PrismaClient,
  articleId: number,
  anchor: number,
): Promise<number | null> {
  const valid = (n: number) => Number.isSafeInteger(n) && n > 0 && n <= 2_147_483_647;
  if (!valid(articleId) || !valid(anchor)) return null;
  const imported = await client.comment.findFirst({
    where: { articleId, wordpressId: anchor },
    select: { id: true },
  });
  if (imported) return imported.id;
  const own = await client.comment.findFirst({ where: { articleId, id: anchor }, select: { id: true } });
  return own?.id ?? null;
}
