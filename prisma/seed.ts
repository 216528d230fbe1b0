// Demo content: the seed article and its three "Lire aussi" targets, ~50 articles in French and
// English, ~300 comments (threads, pending and spam ones), Editor's Picks and three staff users.
// Idempotent: everything is keyed by a natural key (slug, email) and only created when missing,
// so a second run changes nothing.
import { createHash } from "node:crypto";
import { hash } from "@node-rs/argon2";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { CommentStatus } from "@/lib/generated/prisma/enums";
import { emailHash } from "@/lib/comments/identity";
import { visibleArticleWhere } from "@/lib/articles/visibility";
import { slugify } from "@/lib/text/slug";
import {
  articles,
  authors,
  commenterNames,
  commentSamples,
  sections,
  spamSamples,
  type SeedArticle,
} from "./seed/content";
import { loadSeedArticle } from "./seed/seed-article";
import { demoSitePages, seedArticleTranslation } from "./seed/site-pages";

export const DEMO_STAFF = [
  { email: "admin@lede.test", password: "lede-admin-2026", role: "ADMIN", name: "Alex Admin", author: null },
  {
    email: "editor@lede.test",
    password: "lede-editor-2026",
    role: "EDITOR",
    name: "Camille Dubois",
    author: "camille-dubois",
  },
  {
    email: "moderator@lede.test",
    password: "lede-moderator-2026",
    role: "MODERATOR",
    name: "Sam Moderator",
    author: null,
  },
] as const;

const SEED_ARTICLE_SECTION = "world";
const HOUR = 3_600_000;

/** Deterministic pseudo-random numbers, so every machine gets the same demo site. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]! };
}

type Log = (message: string) => void;

export async function seedDemoContent(
  db: PrismaClient,
  log: Log = console.log,
  now = new Date(),
): Promise<void> {
  log("Seeding discussion settings…");
  await db.discussionSettings.upsert({ where: { id: 1 }, create: { id: 1 }, update: {} });

  log("Seeding staff users…");
  for (const staff of DEMO_STAFF) {
    const existing = await db.user.findUnique({ where: { email: staff.email } });
    if (existing) continue;
    await db.user.create({
      data: {
        email: staff.email,
        name: staff.name,
        role: staff.role,
        passwordHash: await hash(staff.password),
      },
    });
  }

  log(`Seeding ${sections.length} sections, ${authors.length} authors…`);
  for (const [position, section] of sections.entries()) {
    await db.section.upsert({ where: { slug: section.slug }, create: { ...section, position }, update: {} });
  }
  for (const author of authors) {
    await db.author.upsert({ where: { slug: author.slug }, create: author, update: {} });
  }
  for (const staff of DEMO_STAFF) {
    if (!staff.author) continue;
    const user = await db.user.findUniqueOrThrow({ where: { email: staff.email } });
    await db.author.updateMany({ where: { slug: staff.author, userId: null }, data: { userId: user.id } });
  }

  log(`Seeding ${articles.length + 1} articles…`);
  let created = 0;
  for (const article of articles) if (await upsertArticle(db, article, now)) created++;
  const seed = loadSeedArticle();
  const seedArticle: SeedArticle = {
    slug: slugify(seed.title),
    title: seed.title,
    dek: "Antony Blinken et Sergueï Lavrov se sont affrontés à Stockholm sur le déploiement de troupes russes à la frontière ukrainienne.",
    body: seed.paragraphs.join("\n\n"),
    lang: "fr",
    section: SEED_ARTICLE_SECTION,
    authors: ["camille-dubois"],
    tags: ["Ukraine", "Russie", "OTAN", "Diplomatie"],
    sourceName: seed.sourceName,
    sourceUrl: "https://www.politico.eu/article/antony-blinken-sergey-lavrov-ukraine-russia-nato/",
    hoursAgo: 2,
  };
  if (await upsertArticle(db, seedArticle, now)) created++;
  log(`  ${created} created, ${articles.length + 1 - created} already there.`);

  const seedRow = await db.article.findUniqueOrThrow({ where: { slug: seedArticle.slug } });
  for (const link of seed.readAlso) {
    const target = await db.article.findFirst({ where: { title: link.title } });
    if (!target) throw new Error(`Seed content lacks the "Lire aussi" target "${link.title}".`);
    await db.readAlso.upsert({
      where: { articleId_targetId: { articleId: seedRow.id, targetId: target.id } },
      create: { articleId: seedRow.id, targetId: target.id, afterParagraph: link.afterParagraph },
      update: {},
    });
  }

  log("Seeding the seed article's English translation and the site pages…");
  const translation: SeedArticle = {
    ...seedArticleTranslation,
    lang: "en",
    section: SEED_ARTICLE_SECTION,
    authors: ["camille-dubois"],
    tags: ["Ukraine", "Russia", "NATO", "Diplomacy"],
    hoursAgo: 30,
  };
  await upsertArticle(db, translation, now);
  await db.article.updateMany({
    where: { slug: { in: [seedArticle.slug, translation.slug] }, translationGroup: null },
    data: { translationGroup: seedArticleTranslation.translationGroup },
  });
  for (const page of demoSitePages)
    await db.sitePage.upsert({ where: { slug: page.slug }, create: page, update: {} });

  await seedWorkflowExamples(db, now);
  await seedPicks(db, seedRow.id, now);
  await seedComments(db, seedRow.id, now, log);
  log("Demo content ready.");
}

async function upsertArticle(db: PrismaClient, article: SeedArticle, now: Date): Promise<boolean> {
  if (await db.article.findUnique({ where: { slug: article.slug }, select: { id: true } })) return false;
  const section = await db.section.findUniqueOrThrow({ where: { slug: article.section } });
  const authorRows = await db.author.findMany({ where: { slug: { in: article.authors } } });
  const publishedAt = new Date(now.getTime() - article.hoursAgo * HOUR);
  await db.article.create({
    data: {
      slug: article.slug,
      title: article.title,
      dek: article.dek,
      body: article.body,
      lang: article.lang,
      status: "PUBLISHED",
      publishedAt,
      sectionId: section.id,
      sourceName: article.sourceName ?? null,
      sourceUrl: article.sourceUrl ?? null,
      correction: article.correction ?? null,
      // The demo has no photos: articles whose content has a caption get the section's
      // generated artwork (public/images/seed), credited as such, without the photo caption.
      ...(article.heroCaption
        ? {
            heroImageUrl: `/images/seed/${article.section}.jpg`,
            heroImageAlt: `Abstract colour illustration for the ${section.name} section`,
            heroImageCredit: "Illustration: Lede (generated artwork)",
            heroImageWidth: 1200,
            heroImageHeight: 675,
          }
        : {}),
      authors: {
        create: article.authors.map((slug, position) => ({
          position,
          authorId: authorRows.find((row) => row.slug === slug)!.id,
        })),
      },
      tags: {
        create: await Promise.all(
          article.tags.map(async (name) => {
            const tag = await db.tag.upsert({
              where: { slug: slugify(name) },
              create: { slug: slugify(name), name },
              update: {},
            });
            return { tagId: tag.id };
          }),
        ),
      },
      revisions: {
        create: { version: 1, snapshot: { title: article.title, dek: article.dek, body: article.body } },
      },
    },
  });
  return true;
}

/** A draft and a scheduled article, so the workflow states exist in the demo. */
async function seedWorkflowExamples(db: PrismaClient, now: Date) {
  const examples: (SeedArticle & { status: "DRAFT" | "PUBLISHED" })[] = [
    {
      slug: "draft-city-council-budget-vote",
      title: "Draft: City council prepares for a contested budget vote",
      dek: "An unpublished draft: readers never see it.",
      body: "Council members will meet on Monday to vote on the budget.\n\nThis draft is still being reported.",
      lang: "en",
      section: "politics",
      authors: [authors[0]!.slug],
      tags: ["Budget"],
      hoursAgo: 0,
      status: "DRAFT",
    },
    {
      slug: "scheduled-weekend-cultural-agenda",
      title: "Scheduled: The weekend cultural agenda",
      dek: "A scheduled article: it goes live on its own at its publish time.",
      body: "Exhibitions, concerts and festivals to see this weekend.\n\nThe full list follows.",
      lang: "en",
      section: "culture",
      authors: [authors[1]!.slug],
      tags: ["Agenda"],
      hoursAgo: -48, // scheduled: published, two days from now
      status: "PUBLISHED",
    },
  ];
  for (const example of examples) {
    if ((await upsertArticle(db, example, now)) && example.status === "DRAFT") {
      await db.article.update({
        where: { slug: example.slug },
        data: { status: "DRAFT", publishedAt: null },
      });
    }
  }
}

async function seedPicks(db: PrismaClient, leadArticleId: number, now: Date) {
  if ((await db.editorPick.count()) > 0) return;
  const picks = await db.article.findMany({
    where: { ...visibleArticleWhere(now), id: { not: leadArticleId } },
    orderBy: [{ publishedAt: "desc" }],
    skip: 3,
    take: 4,
    select: { id: true },
  });
  await db.editorPick.create({ data: { articleId: leadArticleId, rank: 0, isLead: true } });
  await db.editorPick.createMany({
    data: picks.map((article, index) => ({
      articleId: article.id,
      rank: index + 1,
      note: index === 0 ? "Our pick of the week" : null,
    })),
  });
}

/** A demo visitor's address hash, shaped like a real one (SHA-256 hex, lib/security/request.ts). */
const demoIpHash = (visitor: string) => createHash("sha256").update(visitor).digest("hex");

async function seedComments(db: PrismaClient, seedArticleId: number, now: Date, log: Log) {
  if ((await db.comment.count()) > 0) {
    log("Comments already seeded.");
    return;
  }
  const rng = random(2026);
  const published = await db.article.findMany({
    where: visibleArticleWhere(now),
    orderBy: [{ publishedAt: "desc" }],
    select: { id: true, lang: true, publishedAt: true },
  });
  // The seed article gets long threads (more than one page of 50); others a handful each.
  const plan = published.map((article) => ({
    article,
    topLevel: article.id === seedArticleId ? 56 : Math.floor(rng.next() * 7),
  }));
  let total = 0;
  for (const { article, topLevel } of plan) {
    const samples = commentSamples.filter((sample) => sample.lang === article.lang);
    let at = article.publishedAt!.getTime() + 10 * 60_000;
    const thread: { id: number; depth: number; threadId: number }[] = [];
    for (let index = 0; index < topLevel; index++) {
      const replies = rng.next() < 0.35 ? 1 + Math.floor(rng.next() * 3) : 0;
      for (let reply = 0; reply <= replies; reply++) {
        at = Math.min(at + Math.floor(rng.next() * 40 * 60_000), now.getTime() - 60_000);
        const parent = reply === 0 ? null : rng.pick(thread.slice(-reply));
        const spam = rng.next() < 0.04;
        const status: CommentStatus = spam ? "SPAM" : rng.next() < 0.06 ? "PENDING" : "APPROVED";
        const name = rng.pick(commenterNames);
        const email = `${slugify(name).replace(/-/g, ".")}@example.com`;
        const comment = await db.comment.create({
          data: {
            articleId: article.id,
            parentId: parent?.id ?? null,
            threadId: parent?.threadId ?? null,
            depth: parent ? parent.depth + 1 : 0,
            authorName: name,
            authorEmail: email,
            emailHash: emailHash(email),
            authorUrl: rng.next() < 0.1 ? `https://${slugify(name)}.example.net` : null,
            body: spam ? rng.pick(spamSamples) : rng.pick(samples.length ? samples : commentSamples).text,
            status,
            reasons: [
              spam
                ? "Demo content: marked as spam"
                : status === "PENDING"
                  ? "Demo content: awaiting moderation"
                  : "Demo content",
            ],
            spamScore: spam ? 0.99 : 0.05,
            ipHash: demoIpHash(`seed-${total % 97}`),
            userAgent: "Mozilla/5.0 (demo seed)",
            featured: status === "APPROVED" && rng.next() < 0.03,
            createdAt: new Date(at),
            statusChanges: { create: { toStatus: status, reason: "Demo content", createdAt: new Date(at) } },
          },
        });
        const threadId = parent?.threadId ?? comment.id;
        if (!parent) await db.comment.update({ where: { id: comment.id }, data: { threadId } });
        if (status === "APPROVED") thread.push({ id: comment.id, depth: comment.depth, threadId });
        total++;
      }
    }
  }
  total += await seedModerationHistory(db, published, now);
  log(`Seeded ${total} comments.`);
}

/**
 * What a moderator finds in every tab of a site that has been running a while: junk moved to
 * the trash (with the decision in its history) and readers' open reports on published
 * comments. Its own random sequence, so the comments above stay as they are.
 */
async function seedModerationHistory(
  db: PrismaClient,
  published: { id: number; publishedAt: Date | null }[],
  now: Date,
): Promise<number> {
  const rng = random(2027);
  const trashed = 8;
  for (let index = 0; index < trashed; index++) {
    const article = rng.pick(published);
    const name = rng.pick(commenterNames);
    const email = `${slugify(name).replace(/-/g, ".")}.${index}@example.org`;
    const postedAt = new Date(
      Math.min(article.publishedAt!.getTime() + (1 + index) * 37 * 60_000, now.getTime() - 3_600_000),
    );
    const trashedAt = new Date(postedAt.getTime() + 20 * 60_000);
    const comment = await db.comment.create({
      data: {
        articleId: article.id,
        depth: 0,
        authorName: name,
        authorEmail: email,
        emailHash: emailHash(email),
        body: rng.pick(spamSamples),
        status: "TRASH",
        reasons: ["Demo content: awaiting moderation"],
        spamScore: 0.7,
        ipHash: demoIpHash(`seed-trash-${index}`),
        userAgent: "Mozilla/5.0 (demo seed)",
        createdAt: postedAt,
        statusChanges: {
          create: [
            { toStatus: "PENDING", reason: "Demo content", createdAt: postedAt },
            {
              fromStatus: "PENDING",
              toStatus: "TRASH",
              reason: "Demo content: off-topic",
              createdAt: trashedAt,
            },
          ],
        },
      },
    });
    await db.comment.update({ where: { id: comment.id }, data: { threadId: comment.id } });
  }
  const reported = await db.comment.findMany({
    where: { status: "APPROVED", parentId: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 3,
    select: { id: true, createdAt: true },
  });
  const reasons = ["OFF_TOPIC", "ABUSE", "SPAM"] as const;
  for (const [index, comment] of reported.entries()) {
    await db.commentReport.create({
      data: {
        commentId: comment.id,
        reason: reasons[index % reasons.length]!,
        details: index === 1 ? "Demo content: a reader finds this rude" : "",
        ipHash: demoIpHash(`seed-report-${index}`),
        createdAt: new Date(Math.min(comment.createdAt.getTime() + 45 * 60_000, now.getTime())),
      },
    });
  }
  return trashed;
}
