-- Reader search reads a narrow table of its own: one row per published article with its
-- language, publication time and search document, the document stored out of line. Searching
-- the wide Article rows cost one heap page per match (a title, dek and body each) or, walking
-- the newest first, a detoasted document per article passed over: 25 ms for a phrase in 4 % of
-- 100,000 articles. Here a few thousand matches sit on a few hundred narrow pages, and only the
-- newest 200 candidates' documents are read, to rank them. Article."searchVector" stays the
-- source (its BEFORE trigger computes it); a row trigger (Prisma cannot express it; its diff
-- ignores triggers, so the drift check stays clean) copies it here while the article is
-- published, and removes it when it is not. Article's own GIN index has no reader left.

-- DropIndex
DROP INDEX "Article_searchVector_idx";

-- CreateTable
CREATE TABLE "ArticleSearch" (
    "articleId" INTEGER NOT NULL,
    "lang" "Language" NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "vector" tsvector NOT NULL,

    CONSTRAINT "ArticleSearch_pkey" PRIMARY KEY ("articleId")
);

-- Every document out of line, uncompressed (a tsvector hardly compresses, and ranking reads
-- 200 of them per search): a row is then ~50 bytes, ~150 to a page.
ALTER TABLE "ArticleSearch" SET (toast_tuple_target = 128);
ALTER TABLE "ArticleSearch" ALTER COLUMN "vector" SET STORAGE EXTERNAL;

-- CreateIndex
CREATE INDEX "ArticleSearch_vector_idx" ON "ArticleSearch" USING GIN ("vector");

-- CreateIndex
CREATE INDEX "ArticleSearch_publishedAt_articleId_idx" ON "ArticleSearch"("publishedAt" DESC, "articleId" DESC);

-- AddForeignKey
ALTER TABLE "ArticleSearch" ADD CONSTRAINT "ArticleSearch_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE FUNCTION article_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status = 'PUBLISHED' AND NEW."publishedAt" IS NOT NULL AND NEW."searchVector" IS NOT NULL THEN
    INSERT INTO "ArticleSearch" ("articleId", "lang", "publishedAt", "vector")
    VALUES (NEW.id, NEW.lang, NEW."publishedAt", NEW."searchVector")
    ON CONFLICT ("articleId") DO UPDATE
      SET "lang" = EXCLUDED."lang", "publishedAt" = EXCLUDED."publishedAt", "vector" = EXCLUDED."vector";
  ELSIF TG_OP = 'UPDATE' THEN
    DELETE FROM "ArticleSearch" WHERE "articleId" = NEW.id;
  END IF;
  RETURN NULL;
END
$$;

-- "searchVector" is set by the BEFORE trigger whenever title, dek, body or lang change; an
-- AFTER trigger sees its final value.
CREATE TRIGGER article_search_sync
  AFTER INSERT OR UPDATE OF status, "publishedAt", lang, title, dek, body, "searchVector" ON "Article"
  FOR EACH ROW EXECUTE FUNCTION article_search_sync();

-- The articles already published.
INSERT INTO "ArticleSearch" ("articleId", "lang", "publishedAt", "vector")
SELECT id, lang, "publishedAt", "searchVector" FROM "Article"
WHERE status = 'PUBLISHED' AND "publishedAt" IS NOT NULL AND "searchVector" IS NOT NULL;
