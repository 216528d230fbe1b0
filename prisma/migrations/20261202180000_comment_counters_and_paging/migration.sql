-- Comments at scale (1M rows): trigram indexes for the queue's text and name filters, thread
-- numbers for keyset reader pages, and exact per-status counters kept by statement-level
-- triggers for every writer (app, imports, COPY, cascades). Prisma cannot express triggers; its
-- diff ignores them, so the drift check stays clean.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- AlterTable
ALTER TABLE "Comment" ADD COLUMN     "threadNumber" INTEGER;

-- CreateTable
CREATE TABLE "CommentStatusCount" (
    "status" "CommentStatus" NOT NULL,
    "slot" INTEGER NOT NULL,
    "count" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "CommentStatusCount_pkey" PRIMARY KEY ("status","slot")
);

-- CreateTable
CREATE TABLE "ArticleCommentCount" (
    "articleId" INTEGER NOT NULL,
    "status" "CommentStatus" NOT NULL,
    "slot" INTEGER NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ArticleCommentCount_pkey" PRIMARY KEY ("articleId","status","slot")
);

-- DropIndex
DROP INDEX "Comment_status_createdAt_id_idx";

-- CreateIndex
CREATE INDEX "Comment_status_createdAt_id_articleId_idx" ON "Comment"("status", "createdAt" DESC, "id" DESC, "articleId");

-- CreateIndex
CREATE INDEX "Comment_articleId_threadNumber_status_idx" ON "Comment"("articleId", "threadNumber", "status");

-- CreateIndex
CREATE INDEX "Comment_articleId_status_createdAt_id_idx" ON "Comment"("articleId", "status", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Comment_body_idx" ON "Comment" USING GIN ("body" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Comment_authorName_idx" ON "Comment" USING GIN ("authorName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Comment_authorEmail_idx" ON "Comment" USING GIN ("authorEmail" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "CommentReport_resolvedAt_commentId_idx" ON "CommentReport"("resolvedAt", "commentId");

-- ——— Thread numbers ———
-- A top-level comment's place among its article's threads, in posting order. Assigned under a
-- per-article advisory lock (released at commit), so concurrent posts never share a number; a
-- writer that knows the numbers (a bulk load) sets them itself and the trigger leaves them.
CREATE FUNCTION comment_thread_number() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."parentId" IS NOT NULL THEN
    NEW."threadNumber" := NULL;
  ELSIF NEW."threadNumber" IS NULL THEN
    PERFORM pg_advisory_xact_lock(1515, NEW."articleId");
    SELECT coalesce(max("threadNumber"), 0) + 1 INTO NEW."threadNumber"
      FROM "Comment" WHERE "articleId" = NEW."articleId";
  END IF;
  RETURN NEW;
END
$$;

UPDATE "Comment" c SET "threadNumber" = numbered.n
FROM (
  SELECT id, row_number() OVER (PARTITION BY "articleId" ORDER BY "createdAt", id) AS n
  FROM "Comment" WHERE "parentId" IS NULL
) numbered
WHERE c.id = numbered.id;

CREATE TRIGGER comment_thread_number
  BEFORE INSERT OR UPDATE OF "parentId", "threadNumber" ON "Comment"
  FOR EACH ROW EXECUTE FUNCTION comment_thread_number();

-- ——— Exact counters ———
-- Each statement adds its net change per (article, status). A connection always writes the same
-- slot (its backend pid modulo the slot count), so concurrent writers update different rows
-- instead of queueing on one; readers sum the slots. Rows are written in key order.
CREATE FUNCTION comment_counts_add(article_ids integer[], statuses "CommentStatus"[], deltas bigint[])
  RETURNS void LANGUAGE sql AS $$
  INSERT INTO "ArticleCommentCount" AS t ("articleId", status, slot, count)
  SELECT d.article_id, d.status, pg_backend_pid() % 4, d.delta
  FROM unnest(article_ids, statuses, deltas) AS d(article_id, status, delta)
  WHERE d.delta <> 0
  ORDER BY d.article_id, d.status
  ON CONFLICT ("articleId", status, slot) DO UPDATE SET count = t.count + EXCLUDED.count;

  INSERT INTO "CommentStatusCount" AS t (status, slot, count)
  SELECT d.status, pg_backend_pid() % 16, sum(d.delta)
  FROM unnest(statuses, deltas) AS d(status, delta)
  GROUP BY d.status
  HAVING sum(d.delta) <> 0
  ORDER BY d.status
  ON CONFLICT (status, slot) DO UPDATE SET count = t.count + EXCLUDED.count;
$$;

CREATE FUNCTION comment_counts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  article_ids integer[];
  statuses "CommentStatus"[];
  deltas bigint[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg("articleId"), array_agg(status), array_agg(n) INTO article_ids, statuses, deltas
    FROM (SELECT "articleId", status, count(*) AS n FROM new_rows GROUP BY 1, 2) d;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg("articleId"), array_agg(status), array_agg(n) INTO article_ids, statuses, deltas
    FROM (SELECT "articleId", status, -count(*) AS n FROM old_rows GROUP BY 1, 2) d;
  ELSE
    SELECT array_agg("articleId"), array_agg(status), array_agg(n) INTO article_ids, statuses, deltas
    FROM (
      SELECT "articleId", status, sum(n) AS n FROM (
        SELECT "articleId", status, 1 AS n FROM new_rows
        UNION ALL
        SELECT "articleId", status, -1 FROM old_rows
      ) moved GROUP BY 1, 2 HAVING sum(n) <> 0
    ) d;
  END IF;
  IF article_ids IS NOT NULL THEN
    PERFORM comment_counts_add(article_ids, statuses, deltas);
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION comment_counts_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "ArticleCommentCount";
  DELETE FROM "CommentStatusCount";
  RETURN NULL;
END
$$;

CREATE TRIGGER comment_counts_insert AFTER INSERT ON "Comment"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION comment_counts_changed();
CREATE TRIGGER comment_counts_update AFTER UPDATE ON "Comment"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION comment_counts_changed();
CREATE TRIGGER comment_counts_delete AFTER DELETE ON "Comment"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION comment_counts_changed();
CREATE TRIGGER comment_counts_truncate AFTER TRUNCATE ON "Comment"
  FOR EACH STATEMENT EXECUTE FUNCTION comment_counts_truncated();

INSERT INTO "ArticleCommentCount" ("articleId", status, slot, count)
SELECT "articleId", status, 0, count(*) FROM "Comment" GROUP BY 1, 2;
INSERT INTO "CommentStatusCount" (status, slot, count)
SELECT status, 0, count(*) FROM "Comment" GROUP BY 1;
