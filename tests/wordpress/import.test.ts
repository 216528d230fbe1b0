import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { importWxr, type ImportSummary } from "@/lib/wordpress/import";
import { findCommentByAnchor, findWordPressRedirect } from "@/lib/wordpress/redirects";
import { WxrSyntaxError } from "@/lib/wordpress/wxr-reader";
import { seedDemoContent } from "@/prisma/seed";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { anchorExport } from "../support/wordpress-fixture";

const ANCHOR_EXPORT = anchorExport();
const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);

async function freshDatabase(purpose: string): Promise<{ database: TestDatabase; client: PrismaClient }> {
  const database = await createTestDatabase(inject("serverUrl"), purpose);
  await migrate(database.url);
  return { database, client: createPrismaClient(database.url) };
}

describe("importing the real WordPress export into a site with the demo content", () => {
  let database: TestDatabase;
  let client: PrismaClient;
  let first: ImportSummary;
  let before: { articles: number; comments: number };

  beforeAll(async () => {
    ({ database, client } = await freshDatabase("wxr_anchor"));
    await seedDemoContent(client, () => {});
    before = { articles: await client.article.count(), comments: await client.comment.count() };
    first = await importWxr(client, createReadStream(ANCHOR_EXPORT));
  }, 180_000);
  afterAll(async () => {
    await client.$disconnect();
    await database.drop();
  });

  it("creates the 24 posts, 2 pages and 200 comments (60 replies), all approved", async () => {
    expect(first.articles).toEqual({ created: 24, existing: 0 });
    expect(first.pages).toEqual({ created: 2, existing: 0 });
    expect(first.comments.created).toBe(200);
    expect(first.comments.byStatus).toEqual({ APPROVED: 200, PENDING: 0, SPAM: 0, TRASH: 0 });
    expect(await client.article.count()).toBe(before.articles + 24);
    expect(await client.comment.count()).toBe(before.comments + 200);
    expect(
      await client.comment.count({ where: { wordpressId: { not: null }, parentId: { not: null } } }),
    ).toBe(60);
    expect(first.skipped).toEqual({});
  });

  it("suffixes the slug that clashes with the demo's seed article and reports it", async () => {
    const seed = await client.article.findUniqueOrThrow({
      where: { wordpressId: 7 },
      include: { section: true },
    });
    expect(seed.slug).toBe("les-opinions-se-heurtent-alors-que-blinken-et-lavrov-discutent-de-lukraine-2");
    expect(first.slugClashes).toEqual([
      {
        wordpressId: 7,
        kind: "article",
        wanted: "les-opinions-se-heurtent-alors-que-blinken-et-lavrov-discutent-de-lukraine",
        slug: seed.slug,
      },
    ]);
    // The demo article keeps its slug.
    expect(
      await client.article.count({
        where: { slug: "les-opinions-se-heurtent-alors-que-blinken-et-lavrov-discutent-de-lukraine" },
      }),
    ).toBe(1);
  });

  it("imports the seed post as a published French article in the site's time zone, with its byline and tags", async () => {
    const seed = await client.article.findUniqueOrThrow({
      where: { wordpressId: 7 },
      include: { section: true, tags: { include: { tag: true } }, authors: { include: { author: true } } },
    });
    expect(seed.status).toBe("PUBLISHED");
    expect(seed.lang).toBe("fr");
    expect(seed.publishedAt?.toISOString()).toBe("2021-12-02T14:30:00.000Z");
    expect(seed.section.slug).toBe("europe");
    expect(seed.tags.map(({ tag }) => tag.slug).sort()).toEqual(
      ["antony-blinken", "monde", "osce", "otan", "russie", "serguei-lavrov", "ukraine"].sort(),
    );
    expect(seed.authors.map(({ author }) => author.name)).toEqual(["Rédaction"]);
    expect(seed.body).not.toContain("<!-- wp:");
    expect(seed.body).not.toContain("<p>");
    expect(await client.user.count({ where: { name: "Rédaction" } })).toBe(0);
  });

  it("rewrites the three Lire aussi links to the imported articles' new URLs", async () => {
    const seed = await client.article.findUniqueOrThrow({ where: { wordpressId: 7 } });
    const targets = await client.article.findMany({
      where: { wordpressId: { in: [4, 5, 6] } },
      include: { section: true },
      orderBy: { wordpressId: "asc" },
    });
    for (const target of targets) expect(seed.body).toContain(`](/${target.section.slug}/${target.slug})`);
    expect(seed.body).not.toContain("127.0.0.1:8081/20");
    expect(first.linksRewritten).toBe(3);
  });

  it("redirects the seed post's WordPress permalink and ?p= link to the imported article", async () => {
    const seed = await client.article.findUniqueOrThrow({
      where: { wordpressId: 7 },
      include: { section: true },
    });
    const href = `/${seed.section.slug}/${seed.slug}`;
    expect(
      await findWordPressRedirect(client, {
        path: "/2021/12/02/les-opinions-se-heurtent-alors-que-blinken-et-lavrov-discutent-de-lukraine/",
      }),
    ).toBe(href);
    expect(
      await findWordPressRedirect(client, {
        path: "/2021/12/02/les-opinions-se-heurtent-alors-que-blinken-et-lavrov-discutent-de-lukraine",
      }),
    ).toBe(href);
    expect(await findWordPressRedirect(client, { postId: 7 })).toBe(href);
    expect(await findWordPressRedirect(client, { path: "/2021/12/02/no-such-post/" })).toBeNull();
    // The draft page (Privacy Policy) is not revealed; the published one is.
    expect(await findWordPressRedirect(client, { pageId: 3 })).toBeNull();
    expect(await findWordPressRedirect(client, { pageId: 2 })).toBe("/pages/sample-page");
  });

  it("keeps the comment threads, authors, dates and WordPress ids", async () => {
    const reply = await client.comment.findFirstOrThrow({
      where: { wordpressId: { not: null }, parentId: { not: null } },
      include: { parent: true },
      orderBy: { id: "asc" },
    });
    expect(reply.parent?.wordpressId).not.toBeNull();
    expect(reply.depth).toBe(reply.parent!.depth + 1);
    expect(reply.threadId).toBe(reply.parent!.threadId);
    const first = await client.comment.findUniqueOrThrow({ where: { wordpressId: 2 } });
    expect(first).toMatchObject({
      authorName: "Julien Martin",
      authorUrl: "https://example.org/julien-martin",
      status: "APPROVED",
      threadId: first.id,
      depth: 0,
    });
    expect(first.createdAt.toISOString()).toBe("2021-12-02T15:03:55.000Z");
    expect(first.ipHash).not.toContain("192.0.2");
    expect(await findCommentByAnchor(client, first.articleId, 2)).toBe(first.id);
    // Imported comments skip the pipeline: one history row, no spam score.
    expect(first.spamScore).toBeNull();
    expect(await client.commentStatusChange.count({ where: { commentId: first.id } })).toBe(1);
  });

  it("trains nothing by default", async () => {
    expect(await client.spamToken.count()).toBe(0);
  });

  it("imports the WordPress pages as site pages (the draft one unpublished)", async () => {
    const pages = await client.sitePage.findMany({
      where: { wordpressId: { not: null } },
      orderBy: { wordpressId: "asc" },
    });
    expect(pages.map((page) => [page.slug, page.published])).toEqual([
      ["sample-page", true],
      ["privacy-policy", false],
    ]);
  });

  it("creates nothing on a second run", async () => {
    const second = await importWxr(client, createReadStream(ANCHOR_EXPORT));
    expect(second.articles).toEqual({ created: 0, existing: 24 });
    expect(second.pages).toEqual({ created: 0, existing: 2 });
    expect(second.comments.created).toBe(0);
    expect(second.comments.existing).toBe(200);
    expect(second.slugClashes).toEqual([]);
    expect(second.linksRewritten).toBe(0);
    expect(await client.article.count()).toBe(before.articles + 24);
  }, 120_000);
});

describe("edge cases of hand-made exports", () => {
  let database: TestDatabase;
  let client: PrismaClient;
  let summary: ImportSummary;

  beforeAll(async () => {
    ({ database, client } = await freshDatabase("wxr_edges"));
    summary = await importWxr(client, createReadStream(fixture("statuses.wxr.xml")), { trainSpam: true });
  }, 120_000);
  afterAll(async () => {
    await client.$disconnect();
    await database.drop();
  });

  it("maps post statuses: publish, future (published later), draft/pending/private → draft; trash skipped", async () => {
    const byId = async (wordpressId: number) => client.article.findUnique({ where: { wordpressId } });
    expect(await byId(101)).toMatchObject({ status: "PUBLISHED", slug: "published-story" });
    expect((await byId(101))!.publishedAt!.toISOString()).toBe("2019-03-04T09:00:00.000Z");
    const scheduled = await byId(102);
    expect(scheduled).toMatchObject({ status: "PUBLISHED" });
    expect(scheduled!.publishedAt!.toISOString()).toBe("2099-01-01T07:00:00.000Z");
    for (const id of [103, 104, 105])
      expect(await byId(id)).toMatchObject({ status: "DRAFT", publishedAt: null });
    expect((await byId(104))!.slug).toBe("pending-story");
    expect(await byId(106)).toBeNull();
  });

  it("skips and counts attachments, menu items, navigation, templates, trashed posts and pingbacks", () => {
    expect(summary.skipped).toEqual({
      attachment: 1,
      nav_menu_item: 1,
      wp_navigation: 1,
      wp_template: 1,
      "post (trash)": 1,
      "comment type pingback": 1,
    });
    expect(summary.articles.created).toBe(5);
    expect(summary.pages.created).toBe(1);
  });

  it("maps comment statuses 1/0/spam/trash and threads a reply listed before its parent", async () => {
    const byId = (wordpressId: number) => client.comment.findUniqueOrThrow({ where: { wordpressId } });
    expect((await byId(501)).status).toBe("APPROVED");
    expect((await byId(501)).body).toBe("Good point.\nSecond line & more.");
    expect((await byId(505)).status).toBe("PENDING");
    expect((await byId(502)).status).toBe("SPAM");
    expect((await byId(503)).status).toBe("TRASH");
    const reply = await byId(504);
    expect(reply.parentId).toBe((await byId(505)).id);
    expect(reply.depth).toBe(1);
  });

  it("with --train-spam, teaches the filter from spam and approved comments", async () => {
    const corpus = await client.spamCorpus.findUnique({ where: { id: 1 } });
    expect(corpus).toMatchObject({ spamTotal: 1, hamTotal: 2 });
    expect(
      await client.spamToken.count({ where: { token: { contains: "casino" }, spamCount: { gt: 0 } } }),
    ).toBeGreaterThan(0);
  });

  it("keeps the featured image (listed after its post) as a URL with its size and alt text; excerpt → dek", async () => {
    const article = await client.article.findUniqueOrThrow({ where: { wordpressId: 101 } });
    expect(article).toMatchObject({
      heroImageUrl: "https://old.example/wp-content/uploads/2019/03/photo.jpg",
      heroImageAlt: "A harbour at dawn",
      heroImageWidth: 1200,
      heroImageHeight: 800,
      dek: "A short dek & more.",
      lang: "en",
    });
  });

  it("rewrites ?p= and permalink links to imported posts, keeping fragments", async () => {
    const article = await client.article.findUniqueOrThrow({ where: { wordpressId: 101 } });
    expect(article.body).toContain("[scheduled story](/world/scheduled-story)");
    expect(article.body).toContain("[the draft](https://old.example/2019/03/05/draft-story/#part-2)");
  });

  it("imports pages with their menu order; an existing page slug gets a suffix", async () => {
    expect(await client.sitePage.findUnique({ where: { wordpressId: 110 } })).toMatchObject({
      slug: "about-us",
      position: 2,
      published: true,
      body: "We are a small newsroom.",
    });
    await client.sitePage.update({
      where: { wordpressId: 110 },
      data: { wordpressId: null, wordpressPath: null },
    });
    const again = await importWxr(client, createReadStream(fixture("statuses.wxr.xml")));
    expect(again.pages.created).toBe(1);
    expect(again.slugClashes).toEqual([
      { wordpressId: 110, kind: "page", wanted: "about-us", slug: "about-us-2" },
    ]);
    expect(again.articles.created).toBe(0);
  });

  it("converts block comments, [caption] shortcodes and <p>-less paragraphs to Markdown", async () => {
    await importWxr(client, createReadStream(fixture("content.wxr.xml")));
    const article = await client.article.findUniqueOrThrow({ where: { wordpressId: 301 } });
    expect(article.body).toBe(
      [
        "First paragraph without a tag,  \nwith a line break.",
        "![The port](https://classic.example/wp-content/uploads/port.jpg)",
        "*The port of Montreal at dawn.*",
        "## A block heading",
        "A **block** paragraph.",
        "Last paragraph.",
      ].join("\n\n"),
    );
  });

  it("stops at malformed XML with the line and what was expected, keeping complete items only", async () => {
    const error = await importWxr(client, createReadStream(fixture("malformed.wxr.xml"))).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WxrSyntaxError);
    expect((error as WxrSyntaxError).line).toBe(26);
    expect((error as Error).message).toMatch(/^Malformed XML at line 26, column \d+: .*expected <\/item>/);
    expect(await client.article.findUnique({ where: { wordpressId: 201 } })).not.toBeNull();
    expect(await client.article.findUnique({ where: { wordpressId: 202 } })).toBeNull();
    expect(await client.comment.findUnique({ where: { wordpressId: 601 } })).toBeNull();
  });

  it("reads an export in bounded memory, one element at a time", async () => {
    // 3,000 posts of 20 kB (60 MB) streamed through the reader: what stays alive after a
    // collection does not grow with the file.
    const { readWxr } = await import("@/lib/wordpress/wxr-reader");
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const body = `<p>${"Lorem ipsum dolor sit amet. ".repeat(700)}</p>`;
    function* chunks() {
      yield '<?xml version="1.0"?><rss xmlns:wp="w" xmlns:content="c"><channel>';
      for (let i = 1; i <= 3000; i += 1)
        yield `<item><title>Post ${i}</title><content:encoded><![CDATA[${body}]]></content:encoded><wp:post_id>${i}</wp:post_id></item>`;
      yield "</channel></rss>";
    }
    let seen = 0;
    const retained: number[] = [];
    await readWxr(Readable.from(chunks()), async () => {
      seen += 1;
      if (seen % 500 === 0) {
        gc();
        retained.push(process.memoryUsage().heapUsed);
      }
    });
    expect(seen).toBe(3000);
    // 60 MB went through; between the first and the last measure less than 5 MB stayed.
    expect(retained.at(-1)! - retained[0]!).toBeLessThan(5 * 1024 * 1024);
  });
});
