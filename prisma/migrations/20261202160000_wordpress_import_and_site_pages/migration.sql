-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "wordpressId" INTEGER,
ADD COLUMN     "wordpressPath" TEXT;

-- AlterTable
ALTER TABLE "Comment" ADD COLUMN     "wordpressId" INTEGER;

-- CreateTable
CREATE TABLE "SitePage" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "published" BOOLEAN NOT NULL DEFAULT true,
    "position" INTEGER NOT NULL DEFAULT 0,
    "wordpressId" INTEGER,
    "wordpressPath" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SitePage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SitePage_slug_key" ON "SitePage"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "SitePage_wordpressId_key" ON "SitePage"("wordpressId");

-- CreateIndex
CREATE UNIQUE INDEX "SitePage_wordpressPath_key" ON "SitePage"("wordpressPath");

-- CreateIndex
CREATE INDEX "SitePage_published_position_idx" ON "SitePage"("published", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Article_wordpressId_key" ON "Article"("wordpressId");

-- CreateIndex
CREATE UNIQUE INDEX "Article_wordpressPath_key" ON "Article"("wordpressPath");

-- CreateIndex
CREATE UNIQUE INDEX "Comment_wordpressId_key" ON "Comment"("wordpressId");
