// Import of a WordPress export (WXR) into Lede: authors as bylines (no staff accounts),
// categories → sections, tags, posts → articles, pages → site pages, comments with their
// threading and state. Each post is written in its own transaction with its comments, so a
// failure (or malformed XML further on) never leaves half an item behind. Everything is matched
// by its WordPress id: a second run creates nothing. Imported comments keep the state they had
// on WordPress and skip the moderation pipeline; they teach the spam filter only when asked.
import type { Readable } from "node:stream";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { ArticleStatus, CommentStatus } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/record";
import { emailHash } from "@/lib/comments/identity";
import { hashIp } from "@/lib/security/request";
import { parseNewsroomDateTime } from "@/lib/site/newsroom-time";
import { tokensForComment, trainFromDecision } from "@/lib/spam";
import { slugify } from "@/lib/text/slug";
import { decodeEntities, guessLanguage, htmlToPlainText, wordpressToMarkdown } from "./content";
import { sitePageHref } from "@/lib/pages/paths";
import { rewriteSiteLinks, type LinkTargets } from "./links";
import { child, childText, children, readWxr, type XmlNode } from "./wxr-reader";

type Tx = Prisma.TransactionClient;

export type ImportOptions = {
  /** Teach the spam filter with the imported comments' spam / approved labels. */
  trainSpam?: boolean;
  /** Language of posts whose text does not tell (default: the export's <language>). */
  defaultLang?: "fr" | "en";
  /** Called after each chunk of the file and each item. */
  onProgress?: (progress: { bytes: number; items: number }) => void;
};

export type SlugClash = { wordpressId: number; kind: "article" | "page"; wanted: string; slug: string };

export type ImportSummary = {
  items: number;
  articles: { created: number; existing: number };
  pages: { created: number; existing: number };
  comments: { created: number; existing: number; byStatus: Record<CommentStatus, number> };
  sectionsCreated: number;
  tagsCreated: number;
  authorsCreated: number;
  /** Items and comments Lede has no use for, by WordPress type (attachment, nav_menu_item…). */
  skipped: Record<string, number>;
  slugClashes: SlugClash[];
  linksRewritten: number;
  featuredImages: number;
};

const POST_STATUS: Record<string, "published" | "scheduled" | "draft"> = {
  publish: "published",
  future: "scheduled",
  draft: "draft",
  pending: "draft",
  private: "draft",
};

const COMMENT_STATUS: Record<string, CommentStatus> = {
  "1": "APPROVED",
  approve: "APPROVED",
  "0": "PENDING",
  hold: "PENDING",
  spam: "SPAM",
  trash: "TRASH",
  "post-trashed": "TRASH",
};

type Attachment = { url: string; alt: string | null; width: number | null; height: number | null };

/** "2021-12-02 14:30:00" in UTC (the *_gmt fields), or the local one in the site's zone. */
export function wordpressDate(gmt: string, local: string): Date | null {
  if (gmt && !gmt.startsWith("0000")) {
    const at = new Date(`${gmt.replace(" ", "T")}Z`);
    if (!Number.isNaN(at.getTime())) return at;
  }
  if (local && !local.startsWith("0000")) return parseNewsroomDateTime(local.replace(" ", "T"));
  return null;
}

/** Path of a permalink ("/2021/12/02/slug/"), or null for a query-string link ("/?p=12"). */
export function permalinkPath(link: string): string | null {
  try {
    const url = new URL(link);
    if (url.pathname === "/" || url.pathname === "") return null;
    return url.pathname.endsWith("/") ? url.pathname : `${url.pathname}/`;
  } catch {
    return null;
  }
}

function meta(item: XmlNode, key: string): string | null {
  for (const entry of children(item, "wp:postmeta"))
    if (childText(entry, "wp:meta_key") === key) return child(entry, "wp:meta_value")?.text ?? "";
  return null;
}

/** Width and height from _wp_attachment_metadata (a PHP-serialised array). */
function attachmentSize(serialised: string | null): { width: number | null; height: number | null } {
  const number = (key: string) => {
    const match = new RegExp(`s:\\d+:"${key}";i:(\\d+);`).exec(serialised ?? "");
    return match ? Number(match[1]) : null;
  };
  return { width: number("width"), height: number("height") };
}

function slugFrom(name: string, title: string, wordpressId: number): string {
  let decoded = name;
  try {
    decoded = decodeURIComponent(name);
  } catch {
    // Keep the raw name.
  }
  return slugify(decoded, 200) || slugify(title, 200) || `post-${wordpressId}`;
}

function emptySummary(): ImportSummary {
  return {
    items: 0,
    articles: { created: 0, existing: 0 },
    pages: { created: 0, existing: 0 },
    comments: { created: 0, existing: 0, byStatus: { APPROVED: 0, PENDING: 0, SPAM: 0, TRASH: 0 } },
    sectionsCreated: 0,
    tagsCreated: 0,
    authorsCreated: 0,
    skipped: {},
    slugClashes: [],
    linksRewritten: 0,
    featuredImages: 0,
  };
}

export async function importWxr(
  client: PrismaClient,
  input: Readable,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const summary = emptySummary();
  const authorsByLogin = new Map<string, string>();
  const attachments = new Map<number, Attachment>();
  /** Articles whose featured image came before its attachment in the file. */
  const pendingImages = new Map<number, number>();
  let siteUrl = "";
  let language: "fr" | "en" = options.defaultLang ?? "en";
  let bytes = 0;

  const skip = (what: string) => {
    summary.skipped[what] = (summary.skipped[what] ?? 0) + 1;
  };

  async function ensureSection(tx: Tx, slug: string, name: string): Promise<number> {
    const found = await tx.section.findUnique({ where: { slug }, select: { id: true } });
    if (found) return found.id;
    const last = await tx.section.aggregate({ _max: { position: true } });
    const created = await tx.section.create({
      data: { slug, name, position: (last._max.position ?? 0) + 1 },
      select: { id: true },
    });
    summary.sectionsCreated += 1;
    return created.id;
  }

  async function ensureTag(tx: Tx, slug: string, name: string): Promise<number> {
    const found = await tx.tag.findUnique({ where: { slug }, select: { id: true } });
    if (found) return found.id;
    summary.tagsCreated += 1;
    return (await tx.tag.create({ data: { slug, name }, select: { id: true } })).id;
  }

  async function ensureAuthor(tx: Tx, login: string): Promise<number | null> {
    const name = authorsByLogin.get(login) || login;
    const slug = slugify(name) || slugify(login);
    if (!slug) return null;
    const found = await tx.author.findUnique({ where: { slug }, select: { id: true } });
    if (found) return found.id;
    summary.authorsCreated += 1;
    return (await tx.author.create({ data: { slug, name }, select: { id: true } })).id;
  }

  async function freeSlug(
    taken: (slug: string) => Promise<boolean>,
    wanted: string,
    wordpressId: number,
    kind: "article" | "page",
  ): Promise<string> {
    if (!(await taken(wanted))) return wanted;
    for (let n = 2; ; n += 1) {
      const suffix = `-${n}`;
      const candidate = `${wanted.slice(0, 200 - suffix.length).replace(/-+$/, "")}${suffix}`;
      if (!(await taken(candidate))) {
        summary.slugClashes.push({ wordpressId, kind, wanted, slug: candidate });
        return candidate;
      }
    }
  }

  async function importComments(tx: Tx, item: XmlNode, articleId: number): Promise<void> {
    type Raw = { node: XmlNode; id: number; parent: number };
    const raw: Raw[] = [];
    for (const node of children(item, "wp:comment")) {
      const type = childText(node, "wp:comment_type") || "comment";
      if (type !== "comment") {
        skip(`comment type ${type}`);
        continue;
      }
      raw.push({
        node,
        id: Number(childText(node, "wp:comment_id")),
        parent: Number(childText(node, "wp:comment_parent") || 0),
      });
    }
    if (raw.length === 0) return;
    const known = new Map<number, { id: number; depth: number; threadId: number | null }>();
    for (const row of await tx.comment.findMany({
      where: { wordpressId: { in: raw.map((comment) => comment.id) } },
      select: { id: true, depth: true, threadId: true, wordpressId: true },
    }))
      known.set(row.wordpressId!, row);
    // Parents before their replies, whatever the order in the file.
    const inItem = new Set(raw.map((comment) => comment.id));
    const ordered: Raw[] = [];
    const placed = new Set<number>();
    let remaining = raw;
    while (remaining.length > 0) {
      const ready = remaining.filter(
        (comment) => !comment.parent || !inItem.has(comment.parent) || placed.has(comment.parent),
      );
      // A cycle (corrupt export): the rest become top-level comments.
      const batch = ready.length > 0 ? ready : remaining.map((comment) => ({ ...comment, parent: 0 }));
      for (const comment of batch) {
        ordered.push(comment);
        placed.add(comment.id);
      }
      remaining = remaining.filter((comment) => !placed.has(comment.id));
    }
    const fresh = ordered.filter((comment) => !known.has(comment.id));
    summary.comments.existing += ordered.length - fresh.length;
    if (fresh.length === 0) return;
    // Ids are taken up front so that a whole thread is two inserts, whatever its size.
    const ids = await tx.$queryRaw<{ id: number }[]>`
      SELECT nextval(pg_get_serial_sequence('"Comment"', 'id'))::int AS id FROM generate_series(1, ${fresh.length})`;
    const rows: Prisma.CommentCreateManyInput[] = [];
    for (const [index, { node, id: wordpressId, parent }] of fresh.entries()) {
      const id = ids[index]!.id;
      const status = COMMENT_STATUS[childText(node, "wp:comment_approved")] ?? "PENDING";
      const parentRow = parent ? known.get(parent) : undefined;
      const email = childText(node, "wp:comment_author_email");
      const comment = {
        authorName: decodeEntities(childText(node, "wp:comment_author")) || "Anonymous",
        authorEmail: email,
        authorUrl: /^https?:\/\//i.test(childText(node, "wp:comment_author_url"))
          ? childText(node, "wp:comment_author_url")
          : null,
        body: htmlToPlainText(child(node, "wp:comment_content")?.text ?? ""),
        userAgent: childText(node, "wp:comment_agent") || null,
      };
      let spamSignals: Prisma.InputJsonValue | undefined;
      const label = status === "SPAM" ? "spam" : status === "APPROVED" ? "ham" : null;
      if (options.trainSpam && label) {
        const tokens = tokensForComment({ ...comment, elapsedMs: null, history: { approved: 0, spam: 0 } });
        await trainFromDecision({ tokens }, label, tx);
        spamSignals = { signals: [], tokens, trained: label };
      }
      const threadId = parentRow?.threadId ?? id;
      const depth = parentRow ? parentRow.depth + 1 : 0;
      rows.push({
        ...comment,
        id,
        articleId,
        parentId: parentRow?.id ?? null,
        depth,
        threadId,
        emailHash: emailHash(email),
        ipHash: hashIp(childText(node, "wp:comment_author_IP") || "unknown"),
        status,
        reasons: ["imported from WordPress"],
        spamSignals,
        createdAt:
          wordpressDate(childText(node, "wp:comment_date_gmt"), childText(node, "wp:comment_date")) ??
          new Date(),
        wordpressId,
      });
      known.set(wordpressId, { id, depth, threadId });
      summary.comments.byStatus[status] += 1;
    }
    await tx.comment.createMany({ data: rows });
    await tx.commentStatusChange.createMany({
      data: rows.map((row) => ({
        commentId: row.id!,
        toStatus: row.status!,
        reason: "imported from WordPress",
        createdAt: row.createdAt,
      })),
    });
    summary.comments.created += rows.length;
  }

  async function importPost(item: XmlNode, wordpressId: number): Promise<void> {
    const state = POST_STATUS[childText(item, "wp:status")];
    if (!state) return skip(`post (${childText(item, "wp:status") || "no status"})`);
    const title = decodeEntities(childText(item, "title")) || `(untitled ${wordpressId})`;
    const html = child(item, "content:encoded")?.text ?? "";
    const body = wordpressToMarkdown(html);
    const date = wordpressDate(childText(item, "wp:post_date_gmt"), childText(item, "wp:post_date"));
    const modified = wordpressDate(
      childText(item, "wp:post_modified_gmt"),
      childText(item, "wp:post_modified"),
    );
    const publishedAt = state === "draft" ? null : (date ?? new Date());
    const thumbnail = Number(meta(item, "_thumbnail_id") ?? 0);
    const image = thumbnail ? attachments.get(thumbnail) : undefined;
    await client.$transaction(
      async (tx) => {
        let article = await tx.article.findUnique({ where: { wordpressId }, select: { id: true } });
        if (article) summary.articles.existing += 1;
        else {
          const categories = children(item, "category").filter((node) => node.attrs.domain === "category");
          const tags = children(item, "category").filter((node) => node.attrs.domain === "post_tag");
          const primary = categories[0];
          const sectionId = primary
            ? await ensureSection(
                tx,
                primary.attrs.nicename || slugify(primary.text),
                decodeEntities(primary.text.trim()),
              )
            : await ensureSection(tx, "uncategorized", "Uncategorized");
          const tagIds = new Set<number>();
          // Further categories are kept as tags: a Lede article has one section.
          for (const node of [...categories.slice(1), ...tags]) {
            const slug = node.attrs.nicename || slugify(node.text);
            if (slug) tagIds.add(await ensureTag(tx, slug, decodeEntities(node.text.trim())));
          }
          const authorId = await ensureAuthor(tx, childText(item, "dc:creator"));
          const slug = await freeSlug(
            async (candidate) => (await tx.article.count({ where: { slug: candidate } })) > 0,
            slugFrom(childText(item, "wp:post_name"), title, wordpressId),
            wordpressId,
            "article",
          );
          const status: ArticleStatus = state === "draft" ? "DRAFT" : "PUBLISHED";
          const lang = guessLanguage(`${title} ${body}`, language);
          const dek = htmlToPlainText(child(item, "excerpt:encoded")?.text ?? "");
          const path = permalinkPath(childText(item, "link"));
          const wordpressPath =
            path && (await tx.article.count({ where: { wordpressPath: path } })) === 0 ? path : null;
          article = await tx.article.create({
            data: {
              slug,
              title,
              dek,
              body,
              lang,
              status,
              publishedAt,
              modifiedAt:
                publishedAt && modified && modified.getTime() - publishedAt.getTime() > 60_000
                  ? modified
                  : null,
              sectionId,
              heroImageUrl: image?.url ?? null,
              heroImageAlt: image?.alt ?? null,
              heroImageWidth: image?.width ?? null,
              heroImageHeight: image?.height ?? null,
              commentsOpen: childText(item, "wp:comment_status") !== "closed",
              wordpressId,
              wordpressPath,
              authors: authorId ? { create: [{ authorId, position: 0 }] } : undefined,
              tags: { create: [...tagIds].map((tagId) => ({ tagId })) },
              revisions: {
                create: {
                  version: 1,
                  snapshot: {
                    title,
                    slug,
                    dek,
                    body,
                    lang,
                    sectionId,
                    tags: [],
                    authorIds: authorId ? [authorId] : [],
                    readAlso: [],
                    sourceName: null,
                    sourceUrl: null,
                    heroImage: null,
                    seoTitle: null,
                    seoDescription: null,
                    commentsOpen: childText(item, "wp:comment_status") !== "closed",
                    correction: null,
                    importedFromWordPress: wordpressId,
                  },
                },
              },
            },
            select: { id: true },
          });
          if (image) summary.featuredImages += 1;
          else if (thumbnail) pendingImages.set(article.id, thumbnail);
          summary.articles.created += 1;
        }
        await importComments(tx, item, article.id);
      },
      { timeout: 120_000, maxWait: 30_000 },
    );
  }

  async function importPage(item: XmlNode, wordpressId: number): Promise<void> {
    const status = childText(item, "wp:status");
    if (!POST_STATUS[status]) return skip(`page (${status || "no status"})`);
    if (children(item, "wp:comment").length > 0) skip("comments on pages");
    await client.$transaction(async (tx) => {
      if (await tx.sitePage.findUnique({ where: { wordpressId }, select: { id: true } })) {
        summary.pages.existing += 1;
        return;
      }
      const title = decodeEntities(childText(item, "title")) || `(untitled ${wordpressId})`;
      const slug = await freeSlug(
        async (candidate) => (await tx.sitePage.count({ where: { slug: candidate } })) > 0,
        slugFrom(childText(item, "wp:post_name"), title, wordpressId),
        wordpressId,
        "page",
      );
      const path = permalinkPath(childText(item, "link"));
      await tx.sitePage.create({
        data: {
          slug,
          title,
          body: wordpressToMarkdown(child(item, "content:encoded")?.text ?? ""),
          published: POST_STATUS[status] === "published",
          position: Number(childText(item, "wp:menu_order") || 0),
          wordpressId,
          wordpressPath:
            path && (await tx.sitePage.count({ where: { wordpressPath: path } })) === 0 ? path : null,
        },
      });
      summary.pages.created += 1;
    });
  }

  async function onElement(element: XmlNode): Promise<void> {
    switch (element.name) {
      case "wp:base_site_url":
      case "wp:base_blog_url":
      case "link":
        siteUrl ||= element.text.trim();
        return;
      case "language":
        if (!options.defaultLang) language = element.text.trim().toLowerCase().startsWith("fr") ? "fr" : "en";
        return;
      case "wp:author":
        authorsByLogin.set(
          childText(element, "wp:author_login"),
          decodeEntities(childText(element, "wp:author_display_name")),
        );
        return;
      case "item":
        break;
      default:
        return;
    }
    summary.items += 1;
    const wordpressId = Number(childText(element, "wp:post_id"));
    const type = childText(element, "wp:post_type") || "post";
    if (type === "attachment") {
      const url = childText(element, "wp:attachment_url");
      if (wordpressId && url)
        attachments.set(wordpressId, {
          url,
          alt:
            meta(element, "_wp_attachment_image_alt") || decodeEntities(childText(element, "title")) || null,
          ...attachmentSize(meta(element, "_wp_attachment_metadata")),
        });
      skip("attachment");
    } else if (!Number.isSafeInteger(wordpressId) || wordpressId <= 0) skip(`${type} without an id`);
    else if (type === "post") await importPost(element, wordpressId);
    else if (type === "page") await importPage(element, wordpressId);
    else skip(type);
    options.onProgress?.({ bytes, items: summary.items });
  }

  await readWxr(input, onElement, (read) => {
    bytes = read;
    options.onProgress?.({ bytes, items: summary.items });
  });

  for (const [articleId, attachmentId] of pendingImages) {
    const image = attachments.get(attachmentId);
    if (!image) continue;
    await client.article.update({
      where: { id: articleId },
      data: {
        heroImageUrl: image.url,
        heroImageAlt: image.alt,
        heroImageWidth: image.width,
        heroImageHeight: image.height,
      },
    });
    summary.featuredImages += 1;
  }

  if (siteUrl) summary.linksRewritten = await rewriteImportedLinks(client, siteUrl);

  await recordAudit(client, {
    actorId: null,
    action: "wordpress.import",
    targetType: "import",
    details: {
      articles: summary.articles,
      pages: summary.pages,
      comments: { created: summary.comments.created, existing: summary.comments.existing },
      skipped: summary.skipped,
      slugClashes: summary.slugClashes.length,
    },
  });
  return summary;
}

/** Rewrites links to the exported site's own posts and pages, in every imported body. */
async function rewriteImportedLinks(client: PrismaClient, siteUrl: string): Promise<number> {
  const host = (() => {
    try {
      return new URL(siteUrl).host;
    } catch {
      return "";
    }
  })();
  if (!host) return 0;
  const [articles, pages] = await Promise.all([
    client.article.findMany({
      where: { wordpressId: { not: null } },
      select: { slug: true, wordpressId: true, wordpressPath: true, section: { select: { slug: true } } },
    }),
    client.sitePage.findMany({
      where: { wordpressId: { not: null } },
      select: { slug: true, wordpressId: true, wordpressPath: true },
    }),
  ]);
  const targets: LinkTargets = { byPath: new Map(), byId: new Map() };
  for (const article of articles) {
    const href = `/${article.section.slug}/${article.slug}`;
    targets.byId.set(article.wordpressId!, href);
    if (article.wordpressPath) targets.byPath.set(article.wordpressPath, href);
  }
  for (const page of pages) {
    const href = sitePageHref(page.slug);
    targets.byId.set(page.wordpressId!, href);
    if (page.wordpressPath) targets.byPath.set(page.wordpressPath, href);
  }
  let rewritten = 0;
  // Only bodies that mention the old site, a batch at a time (an archive can be large).
  const where = { wordpressId: { not: null }, body: { contains: host } };
  for (let after = 0; ;) {
    const batch = await client.article.findMany({
      where: { ...where, id: { gt: after } },
      orderBy: { id: "asc" },
      take: 200,
      select: { id: true, body: true },
    });
    if (batch.length === 0) break;
    for (const article of batch) {
      const { text, count } = rewriteSiteLinks(article.body, host, targets);
      if (count === 0) continue;
      await client.article.update({ where: { id: article.id }, data: { body: text } });
      rewritten += count;
    }
    after = batch.at(-1)!.id;
  }
  for (const page of await client.sitePage.findMany({ where, select: { id: true, body: true } })) {
    const { text, count } = rewriteSiteLinks(page.body, host, targets);
    if (count === 0) continue;
    await client.sitePage.update({ where: { id: page.id }, data: { body: text } });
    rewritten += count;
  }
  return rewritten;
}
