-- The moderation queue's text filter becomes a word search over a stored tsvector with a GIN
-- index, in place of the body's trigram index: a trigram scan of a common word read thousands
-- of heap rows to recheck them (and built a bitmap of every candidate before a LIMIT could stop
-- it), where a word is one posting list, and the column's lexeme statistics let the planner
-- pick between that list and walking a tab's (status, createdAt, id) index. Words are matched
-- without stemming (lede_simple), accents and case ignored; URL and email punctuation splits
-- words, so "example" finds "spam.example.com". Kept by a row trigger (Prisma cannot express
-- it; its diff ignores triggers, so the drift check stays clean).

-- DropIndex
DROP INDEX "Comment_body_idx";

CREATE TEXT SEARCH CONFIGURATION lede_simple (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION lede_simple
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;

CREATE FUNCTION comment_body_search(body text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT to_tsvector('lede_simple'::regconfig, translate(body, '/.@:', '    ')) $$;

-- AlterTable
ALTER TABLE "Comment" ADD COLUMN     "bodySearch" tsvector;

-- Existing comments, in one pass. Only "bodySearch" changes, so the per-status counters have
-- nothing to recount: their statement trigger is paused for it (inside this transaction).
ALTER TABLE "Comment" DISABLE TRIGGER comment_counts_update;
UPDATE "Comment" SET "bodySearch" = comment_body_search(body);
ALTER TABLE "Comment" ENABLE TRIGGER comment_counts_update;
-- On a large table, VACUUM ANALYZE "Comment" after this (autovacuum does, in time): the backfill
-- leaves every row's old version behind, and index-only scans visit the heap until then.

CREATE FUNCTION comment_body_search_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."bodySearch" := comment_body_search(NEW.body);
  RETURN NEW;
END
$$;

CREATE TRIGGER comment_body_search
  BEFORE INSERT OR UPDATE OF body ON "Comment"
  FOR EACH ROW EXECUTE FUNCTION comment_body_search_update();

-- CreateIndex
CREATE INDEX "Comment_bodySearch_idx" ON "Comment" USING GIN ("bodySearch");

-- The planner's choice between the GIN index and a walk of the tab rests on how common each
-- word is: keep the frequencies of ten times more words than by default (at a million comments
-- the default left every rarer word estimated at 0.3 %, too high for a word that is absent).
ALTER TABLE "Comment" ALTER COLUMN "bodySearch" SET STATISTICS 1000;
