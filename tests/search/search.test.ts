// Reader search against the real PostgreSQL full-text setup of the migrations: per-language
// stemming, accents, ranking, visibility, safe snippets and keyset pages. The database may
// also hold other tests' rows (the demo seed), so assertions look at this file's fixtures.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  safeSnippet,
  searchArticles,
  searchQuery,
  searchShape,
  type SearchResult,
} from "@/lib/search/queries";
import {
  decodeSearchCursor,
  encodeSearchCursor,
  parseSearchParams,
  SEARCH_PAGE_SIZE,
} from "@/lib/search/schema";

const run = randomBytes(3).toString("hex");
const HOUR = 3_600_000;
const ago = (hours: number) => new Date(Date.now() - hours * HOUR);

let sectionId = 0;
const ids: Record<string, number> = {};

type Fixture = {
  title: string;
  body: string;
  dek?: string;
  lang: "en" | "fr";
  status?: "DRAFT" | "PUBLISHED" | "ARCHIVED";
  publishedAt?: Date | null;
};

async function create(key: string, fixture: Fixture): Promise<number> {
  const article = await db.article.create({
    data: {
      slug: `search-${run}-${key}`,
      title: fixture.title,
      dek: fixture.dek ?? "",
      body: fixture.body,
      lang: fixture.lang,
      status: fixture.status ?? "PUBLISHED",
      publishedAt: fixture.publishedAt === undefined ? ago(2) : fixture.publishedAt,
      sectionId,
    },
    select: { id: true },
  });
  ids[key] = article.id;
  return article.id;
}

/** Every result of a query, following the cursors (ids in order). */
async function allResults(q: string): Promise<SearchResult[]> {
  const results: SearchResult[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 20; page++) {
    const found = await searchArticles({ q, cursor });
    results.push(...found.results);
    cursor = found.nextCursor;
    if (!cursor) break;
  }
  return results;
}

const idsOf = (results: SearchResult[]) => results.map((result) => result.id);

beforeAll(async () => {
  const section = await db.section.create({
    data: { slug: `search-${run}`, name: `Search fixtures ${run}`, position: 999 },
  });
  sectionId = section.id;

  // Stemming, languages and accents.
  await create("fr-election", {
    lang: "fr",
    title: "Élections municipales : la participation en hausse",
    dek: "Un scrutin suivi de près.",
    body: "Les élections se sont déroulées dans le calme. Les bureaux de vote ont fermé à 20 heures.",
  });
  await create("en-election", {
    lang: "en",
    title: "Turnout rises in local polls",
    body: "The elections were held in calm conditions, officials said, and counting went on overnight.",
  });
  // French stemming: "chevaux" → cheval. English stemming keeps "chevaux" and "cheval" apart.
  await create("fr-cheval", {
    lang: "fr",
    title: "Course hippique",
    body: "Le cheval favori a remporté le grand prix de printemps.",
  });
  await create("en-cheval", {
    lang: "en",
    title: "A day at the races",
    body: "The favourite, a grey named Cheval Blanc, won the spring prize.",
  });
  // English stemming: "running" → run, like "runs". French stemming keeps "running" apart from "runs".
  await create("en-runs", {
    lang: "en",
    title: "Marathon season",
    body: "She runs the city course every year and trains on the hills.",
  });
  await create("fr-runs", {
    lang: "fr",
    title: "Saison des marathons",
    body: "Le club organise des runs collectifs le dimanche matin.",
  });

  // Ranking: the same rare word in the title, the dek, or once in the body.
  await create("rank-body", {
    lang: "en",
    title: "Wetland survey results",
    body: "Among the plants recorded was quillwort, near the eastern shore.",
  });
  await create("rank-title", {
    lang: "en",
    title: "Quillwort returns to the lake",
    body: "Botanists counted the plants along the shore this summer.",
  });
  await create("rank-dek", {
    lang: "en",
    title: "Lake ecology report",
    dek: "The quillwort beds recover.",
    body: "Botanists counted the plants along the shore.",
  });

  // Visibility: only published and past its time (scheduled = PUBLISHED with a future date).
  const body = "A note about the zephyrine glacier expedition.";
  await create("vis-published", { lang: "en", title: "Expedition one", body });
  await create("vis-scheduled-past", { lang: "en", title: "Expedition two", body, publishedAt: ago(1) });
  await create("vis-scheduled-future", {
    lang: "en",
    title: "Expedition three",
    body,
    publishedAt: new Date(Date.now() + 24 * HOUR),
  });
  await create("vis-draft", {
    lang: "en",
    title: "Expedition four",
    body,
    status: "DRAFT",
    publishedAt: null,
  });
  await create("vis-draft-dated", {
    lang: "en",
    title: "Expedition five",
    body,
    status: "DRAFT",
    publishedAt: ago(3),
  });
  await create("vis-archived", {
    lang: "en",
    title: "Expedition six",
    body,
    status: "ARCHIVED",
    publishedAt: ago(5),
  });
  await create("vis-published-undated", { lang: "en", title: "Expedition seven", body, publishedAt: null });

  // Snippets: markup in the text is shown as text, Markdown syntax is removed.
  await create("snippet-html", {
    lang: "en",
    title: "Security notice",
    body: 'Researchers found that <script>alert(1)</script> was injected into the xylocarp form; "quotes" & ampersands stay text.',
  });
  await create("snippet-markdown", {
    lang: "en",
    title: "Orchard diary",
    body: "## Harvest\n\n> The **xylocarp** harvest was early, see [the growers' map](https://example.org/map_of_orchards) and ![a photo](https://example.org/p.jpg) for _details_.\n\n- first item about snake_case names\n",
  });

  // Pagination: 45 matches with ties in rank and in publishedAt (the id breaks them).
  const sameTime = ago(6);
  for (let i = 0; i < 45; i++) {
    await create(`page-${i}`, {
      lang: i % 3 === 0 ? "fr" : "en",
      title: `Dispatch ${i}`,
      body: i % 5 === 0 ? "glimmerfen glimmerfen report" : "A glimmerfen report.",
      publishedAt: i % 2 === 0 ? sameTime : ago(6 + i),
    });
  }
});

afterAll(async () => {
  await db.article.deleteMany({ where: { sectionId } });
  await db.section.delete({ where: { id: sectionId } });
  await db.$disconnect();
});

describe("searchArticles: languages and accents", () => {
  it("finds a French article by French stemming: élection → Élections, élections", async () => {
    const results = await allResults("élection");
    expect(idsOf(results)).toContain(ids["fr-election"]);
    const hit = results.find((result) => result.id === ids["fr-election"])!;
    expect(hit.lang).toBe("fr");
    expect(hit.title).toBe("Élections municipales : la participation en hausse");
    expect(hit.href).toBe(`/search-${run}/search-${run}-fr-election`);
    expect(hit.section).toEqual({ slug: `search-${run}`, name: `Search fixtures ${run}` });
    expect(hit.snippet).toContain("<mark>élections</mark>");
  });

  it("finds an English article by English stemming: election → elections", async () => {
    const results = await allResults("election");
    expect(idsOf(results)).toContain(ids["en-election"]);
    expect(results.find((result) => result.id === ids["en-election"])!.snippet).toContain(
      "<mark>elections</mark>",
    );
  });

  it("ignores accents and case: elections finds Élections, ÉLECTION finds both", async () => {
    expect(idsOf(await allResults("elections"))).toContain(ids["fr-election"]);
    const shouted = idsOf(await allResults("ÉLECTION"));
    expect(shouted).toContain(ids["fr-election"]);
    expect(shouted).toContain(ids["en-election"]);
  });

  it("stems the query in each article's own language only", async () => {
    // "chevaux" stems to "cheval" in French only: the French article matches, the English one
    // (which has the word "Cheval") must not match through the French stem.
    const chevaux = idsOf(await allResults("chevaux"));
    expect(chevaux).toContain(ids["fr-cheval"]);
    expect(chevaux).not.toContain(ids["en-cheval"]);
    // "running" stems to "run" in English only: the English "runs" matches, the French article
    // with the same word must not match through the English stem.
    const running = idsOf(await allResults("running"));
    expect(running).toContain(ids["en-runs"]);
    expect(running).not.toContain(ids["fr-runs"]);
    // The word itself finds both, each through its own language.
    const cheval = idsOf(await allResults("cheval"));
    expect(cheval).toEqual(expect.arrayContaining([ids["fr-cheval"], ids["en-cheval"]]));
  });

  it("supports web-search syntax (quotes, OR, -)", async () => {
    expect(idsOf(await allResults('"bureaux de vote"'))).toContain(ids["fr-election"]);
    const either = idsOf(await allResults("quillwort or zephyrine"));
    expect(either).toEqual(expect.arrayContaining([ids["rank-title"], ids["vis-published"]]));
    const without = idsOf(await allResults("quillwort -eastern"));
    expect(without).toContain(ids["rank-title"]);
    expect(without).not.toContain(ids["rank-body"]);
  });
});

describe("searchArticles: ranking and visibility", () => {
  it("ranks a title match above a dek match above a body-only match", async () => {
    const found = idsOf(await allResults("quillwort")).filter((id) =>
      [ids["rank-title"], ids["rank-dek"], ids["rank-body"]].includes(id),
    );
    expect(found).toEqual([ids["rank-title"], ids["rank-dek"], ids["rank-body"]]);
  });

  it("never shows drafts, archived, future-scheduled or undated articles", async () => {
    const found = idsOf(await allResults("zephyrine"));
    expect(found).toEqual(expect.arrayContaining([ids["vis-published"], ids["vis-scheduled-past"]]));
    for (const hidden of [
      "vis-scheduled-future",
      "vis-draft",
      "vis-draft-dated",
      "vis-archived",
      "vis-published-undated",
    ]) {
      expect(found).not.toContain(ids[hidden]);
    }
    const { total } = await searchArticles({ q: "zephyrine" });
    expect(total).toBe(2);
  });
});

describe("searchArticles: snippets", () => {
  it("escapes HTML from the article text and only adds <mark> tags", async () => {
    const [hit] = (await allResults("xylocarp")).filter((result) => result.id === ids["snippet-html"]);
    expect(hit).toBeDefined();
    expect(hit!.snippet).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(hit!.snippet).toContain("<mark>xylocarp</mark>");
    expect(hit!.snippet).toContain("&quot;quotes&quot; &amp; ampersands");
    expect(hit!.snippet).not.toMatch(/<script/i);
    // Once the marks are removed, no markup is left at all.
    expect(hit!.snippet.replace(/<\/?mark>/g, "")).not.toMatch(/[<>]/);
  });

  it("strips Markdown syntax: emphasis, quotes, headings, links and images", async () => {
    const [hit] = (await allResults("xylocarp")).filter((result) => result.id === ids["snippet-markdown"]);
    expect(hit).toBeDefined();
    const text = hit!.snippet;
    expect(text).toContain("<mark>xylocarp</mark>");
    expect(text).toContain("the growers&#39; map");
    expect(text).toContain("a photo");
    expect(text).toContain("details");
    expect(text).not.toMatch(/\*\*|\]\(|https?:|&gt;|##/);
    expect(text).not.toMatch(/(^|\s)_|_(\s|$)/);
  });

  it("safeSnippet escapes anything left and turns only the sentinels into <mark>", () => {
    expect(safeSnippet('a <b onclick="x"> & \uE000word\uE001 &amp; &lt;')).toBe(
      "a &lt;b onclick=&quot;x&quot;&gt; &amp; <mark>word</mark> &amp; &lt;",
    );
    expect(safeSnippet("\uE000two\uE001 \uE000words\uE001")).toBe("<mark>two words</mark>");
  });
});

describe("searchArticles: queries with nothing to search", () => {
  it("returns nothing without querying for an empty or blank query", async () => {
    const spy = vi.spyOn(db, "$queryRaw");
    try {
      for (const q of ["", "   ", "\n\t"]) {
        expect(await searchArticles({ q })).toEqual({
          results: [],
          nextCursor: null,
          start: 0,
          notice: "empty",
        });
      }
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });

  it("answers too long and punctuation-only queries with a notice, not an error", async () => {
    const spy = vi.spyOn(db, "$queryRaw");
    try {
      expect(await searchArticles({ q: "election ".repeat(30) })).toMatchObject({
        results: [],
        nextCursor: null,
        notice: "too-long",
      });
      expect(await searchArticles({ q: "!!! ??? -- ..." })).toMatchObject({
        results: [],
        nextCursor: null,
        notice: "no-terms",
      });
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });

  it("explains a stopword-only query", async () => {
    expect(await searchArticles({ q: "the of and" })).toMatchObject({
      results: [],
      nextCursor: null,
      notice: "no-terms",
    });
    expect(await searchArticles({ q: "de la" })).toMatchObject({ results: [], notice: "no-terms" });
  });

  it("returns an empty result, not a notice, for words that simply match nothing", async () => {
    expect(await searchArticles({ q: `qwzx${run}` })).toEqual({
      results: [],
      nextCursor: null,
      total: 0,
      start: 0,
    });
  });

  it("survives tsquery syntax that to_tsquery would reject", async () => {
    for (const q of [
      "(election",
      "election &| vote",
      "'\"",
      "a:*",
      "!election",
      "\\",
      "elec\u0000tion",
      "\u0007",
    ]) {
      await expect(searchArticles({ q })).resolves.toBeDefined();
    }
  });
});

describe("searchArticles: pages", () => {
  it("returns disjoint pages of 20 in rank order that together hold every match", async () => {
    const first = await searchArticles({ q: "glimmerfen" });
    expect(first.total).toBe(45);
    expect(first.start).toBe(0);
    expect(first.results).toHaveLength(SEARCH_PAGE_SIZE);
    expect(first.nextCursor).not.toBeNull();
    const second = await searchArticles({ q: "glimmerfen", cursor: first.nextCursor });
    expect(second.start).toBe(20);
    expect(second.results).toHaveLength(SEARCH_PAGE_SIZE);
    const third = await searchArticles({ q: "glimmerfen", cursor: second.nextCursor });
    expect(third.start).toBe(40);
    expect(third.results).toHaveLength(5);
    expect(third.nextCursor).toBeNull();

    const seen = [...idsOf(first.results), ...idsOf(second.results), ...idsOf(third.results)];
    expect(new Set(seen).size).toBe(45);
    const expected = Array.from({ length: 45 }, (_, i) => ids[`page-${i}`]);
    expect([...seen].sort((a, b) => a - b)).toEqual([...expected].sort((a, b) => a! - b!));
    // The articles with the word twice rank first (i % 5 === 0: 9 of them).
    const doubled = new Set(Array.from({ length: 9 }, (_, k) => ids[`page-${k * 5}`]));
    expect(seen.slice(0, 9).every((id) => doubled.has(id))).toBe(true);
    // Within equal rank: newest first, then highest id first.
    const order = await db.article.findMany({
      where: { id: { in: seen.slice(9) } },
      select: { id: true, publishedAt: true },
    });
    const byId = new Map(order.map((row) => [row.id, row.publishedAt!.getTime()]));
    const tail = seen.slice(9);
    for (let k = 1; k < tail.length; k++) {
      const [prev, next] = [tail[k - 1]!, tail[k]!];
      expect(byId.get(prev)! > byId.get(next)! || (byId.get(prev) === byId.get(next) && prev > next)).toBe(
        true,
      );
    }
  });

  it("keeps pages disjoint when a new match is published between two pages", async () => {
    const first = await searchArticles({ q: "glimmerfen" });
    const extra = await create("page-late", {
      lang: "en",
      title: "Glimmerfen special",
      body: "glimmerfen glimmerfen glimmerfen",
    });
    try {
      const second = await searchArticles({ q: "glimmerfen", cursor: first.nextCursor });
      const overlap = idsOf(second.results).filter((id) => idsOf(first.results).includes(id));
      expect(overlap).toEqual([]);
      expect(second.total).toBe(46);
    } finally {
      await db.article.delete({ where: { id: extra } });
    }
  });

  it("treats a missing or mangled cursor as the first page", async () => {
    const first = await searchArticles({ q: "glimmerfen" });
    for (const cursor of [
      undefined,
      null,
      "",
      "not-a-cursor",
      encodeSearchCursor({ n: 1, r: "1", p: "2020-01-01 00:00:00", i: 1 }).slice(0, -3),
    ]) {
      expect(idsOf((await searchArticles({ q: "glimmerfen", cursor })).results)).toEqual(
        idsOf(first.results),
      );
    }
  });

  it("can use the GIN index for both languages (BitmapOr)", async () => {
    // A word with different stems in French and English keeps the two conditions apart; with
    // sequential scans off, the small fixture table is read as it is at scale.
    const plan = await explain(searchQuery({ q: "chevaux", now: new Date(), after: null, shape: "index" }));
    expect(plan).toContain("BitmapOr");
    expect(plan.match(/Bitmap Index Scan on "ArticleSearch_vector_idx"/g)?.length).toBe(2);
  });

  it("keeps ArticleSearch to the published articles, in step with every edit", async () => {
    const row = (id: number) =>
      db.$queryRaw<{ lang: string; found: boolean }[]>`
        SELECT lang::text, vector @@ to_tsquery('lede_english', ${`sync${run}`}) AS found
        FROM "ArticleSearch" WHERE "articleId" = ${id}`;
    const id = await create("sync", {
      lang: "en",
      status: "DRAFT",
      publishedAt: null,
      title: "A draft",
      body: "Nothing yet.",
    });
    expect(await row(id)).toEqual([]);
    await db.article.update({ where: { id }, data: { status: "PUBLISHED", publishedAt: ago(1) } });
    expect(await row(id)).toEqual([{ lang: "en", found: false }]);
    await db.article.update({ where: { id }, data: { body: `Now it says sync${run}.` } });
    expect(await row(id)).toEqual([{ lang: "en", found: true }]);
    expect(idsOf((await searchArticles({ q: `sync${run}` })).results)).toEqual([id]);
    await db.article.update({ where: { id }, data: { status: "ARCHIVED" } });
    expect(await row(id)).toEqual([]);
    await db.article.update({ where: { id }, data: { status: "PUBLISHED" } });
    expect(await row(id)).toHaveLength(1);
    await db.article.delete({ where: { id } });
    expect(await row(id)).toEqual([]);
  });
});

/**
 * The plan of a statement with sequential scans off (as the planner chooses at scale), and
 * optionally without one index: in a transaction that is rolled back.
 */
async function explain(
  statement: Prisma.Sql,
  options = Prisma.empty,
  withoutIndex?: string,
): Promise<string> {
  class Rollback extends Error {
    constructor(readonly plan: string) {
      super("rollback");
    }
  }
  return db
    .$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      if (withoutIndex) await tx.$executeRawUnsafe(`DROP INDEX "${withoutIndex}"`);
      const rows = await tx.$queryRaw<{ "QUERY PLAN": string }[]>(
        Prisma.sql`EXPLAIN ${options} ${statement}`,
      );
      throw new Rollback(rows.map((row) => row["QUERY PLAN"]).join("\n"));
    })
    .then(
      () => "",
      (error: unknown) => {
        if (error instanceof Rollback) return error.plan;
        throw error;
      },
    );
}

describe("search plan at scale", () => {
  it.each(["index", "walk"] as const)(
    "%s: ranks only the newest candidates, LIMITed before ts_rank_cd, no sequential scan",
    async (shape) => {
      // On this small table the planner reads the few matches from the GIN index whatever the
      // shape; without it, the walk must take the date index.
      const plan = await explain(
        searchQuery({ q: "ukraine", now: new Date(), after: null, shape }),
        Prisma.sql`(VERBOSE)`,
        shape === "walk" ? "ArticleSearch_vector_idx" : undefined,
      );
      expect(plan).not.toMatch(/Seq Scan on (public\.)?"(Article|ArticleSearch)"/);
      expect(plan).toContain(
        shape === "index" ? `"ArticleSearch_vector_idx"` : `"ArticleSearch_publishedAt_articleId_idx"`,
      );
      // The candidates' Limit sits below the node computing the rank.
      const rank = plan.indexOf("ts_rank_cd");
      const limit = plan.indexOf(`Limit`, rank);
      expect(rank).toBeGreaterThanOrEqual(0);
      expect(limit).toBeGreaterThan(rank);
    },
  );

  it("takes the index for a word the planner expects in a few articles", async () => {
    expect(await searchShape(`glimmerfen`)).toBe("index");
  });
});

describe("search params and cursor parsing", () => {
  it("trims and collapses the query, keeps the first value, and flags empty or too-long ones", () => {
    expect(parseSearchParams({ q: "  élection   municipale \n" })).toEqual({
      status: "ok",
      q: "élection municipale",
      cursor: undefined,
    });
    expect(parseSearchParams({ q: ["first", "second"] })).toMatchObject({ status: "ok", q: "first" });
    expect(parseSearchParams({})).toEqual({ status: "empty", q: "" });
    expect(parseSearchParams({ q: "   " })).toEqual({ status: "empty", q: "" });
    expect(parseSearchParams({ q: "x".repeat(200) })).toMatchObject({ status: "ok" });
    expect(parseSearchParams({ q: "x".repeat(201) })).toMatchObject({ status: "too-long" });
    expect(parseSearchParams(new URLSearchParams("q=vote&cursor=abc_-1"))).toEqual({
      status: "ok",
      q: "vote",
      cursor: "abc_-1",
    });
    expect(parseSearchParams({ q: "vote", cursor: "<script>" })).toEqual({
      status: "ok",
      q: "vote",
      cursor: undefined,
    });
  });

  it("round-trips cursors and rejects forged ones", () => {
    const cursor = { n: 3, r: "1234567", p: "2026-01-02 03:04:05.678", i: 42 };
    expect(decodeSearchCursor(encodeSearchCursor(cursor))).toEqual(cursor);
    expect(
      decodeSearchCursor(
        Buffer.from(JSON.stringify({ ...cursor, p: "now(); DROP TABLE" })).toString("base64url"),
      ),
    ).toBeNull();
    expect(
      decodeSearchCursor(Buffer.from(JSON.stringify({ ...cursor, n: 99 })).toString("base64url")),
    ).toBeNull();
    expect(decodeSearchCursor("%%%")).toBeNull();
  });
});

describe("search page view", () => {
  async function render(state: import("@/components/search/SearchView").SearchViewState): Promise<string> {
    const { createElement } = await import("react");
    const { renderToStaticMarkup } = await import("react-dom/server");
    const { SearchView } = await import("@/components/search/SearchView");
    // The page's strings come from the catalog (next-intl); outside Next, a provider supplies it.
    const { NextIntlClientProvider } = await import("next-intl");
    const { default: messages } = await import("@/messages/en.json");
    const view = createElement(SearchView, { state });
    return renderToStaticMarkup(
      createElement(NextIntlClientProvider, {
        locale: "en",
        messages,
        timeZone: "Europe/Paris",
        children: view,
      }),
    );
  }

  it("renders a labelled GET search form keeping the query, results with their language, and a pager", async () => {
    const first = await searchArticles({ q: "glimmerfen" });
    const html = await render({
      kind: "results",
      q: "glimmerfen",
      results: first.results,
      total: first.total!,
      start: 0,
      nextCursor: first.nextCursor,
    });
    expect(html).toMatch(
      /^<div class="search-page"><h1>Search<\/h1><form role="search"[^>]* action="\/search" method="get">/,
    );
    expect(html).toContain('<label for="search-q" class="search-label">Search articles</label>');
    expect(html).toMatch(/<input id="search-q"[^>]* type="search"[^>]* name="q" value="glimmerfen"\/>/);
    expect(html).toContain("Results 1–20 of 45 for “glimmerfen”");
    expect(html.match(/<li class="search-result">/g)).toHaveLength(20);
    const frenchOne = first.results.find((result) => result.lang === "fr")!;
    expect(html).toContain(`<a lang="fr" class="story-link" href="${frenchOne.href}">${frenchOne.title}</a>`);
    expect(html).toContain('<p class="search-snippet" lang="en"><mark>');
    expect(html).toContain(
      `<a rel="next" href="/search?q=glimmerfen&amp;cursor=${first.nextCursor}">More results →</a>`,
    );
    expect(html).not.toMatch(/<a[^>]*>\s*<\/a>/);
  });

  it("escapes the query everywhere it is shown", async () => {
    const q = '<img src=x onerror="alert(1)">';
    const states: import("@/components/search/SearchView").SearchViewState[] = [
      { kind: "no-terms", q },
      { kind: "too-long", q },
      { kind: "no-results", q, sections: [] },
      { kind: "results", q, results: [], total: 0, start: 20, nextCursor: null },
    ];
    for (const state of states) {
      const html = await render(state);
      expect(html).not.toContain("<img");
      expect(html).toContain("&lt;img");
    }
  });

  it("helps when nothing is found: spelling, fewer words, and links to the sections", async () => {
    const html = await render({
      kind: "no-results",
      q: "zzz",
      sections: [{ slug: "world", name: "World", description: "" }],
    });
    expect(html).toContain("<h2>No results for “zzz”</h2>");
    expect(html).toContain("Check the spelling.");
    expect(html).toContain("Try fewer words");
    expect(html).toContain('<a href="/world">World</a>');
  });

  it("prompts for a query, and explains too long or empty-of-words queries", async () => {
    expect(await render({ kind: "prompt" })).toContain("Search every story");
    expect(await render({ kind: "too-long", q: "x".repeat(250) })).toContain(
      "250 characters long; searches are limited to 200",
    );
    expect(await render({ kind: "no-terms", q: "the" })).toContain(
      "only contains punctuation or very common words",
    );
  });
});
