-- AlterTable
ALTER TABLE "DiscussionSettings" ALTER COLUMN "spamThreshold" SET DEFAULT 0.92;

-- CreateTable
CREATE TABLE "SpamWeight" (
    "bucket" INTEGER NOT NULL,
    "weight" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SpamWeight_pkey" PRIMARY KEY ("bucket")
);

-- The spam score is now the average of Naive Bayes and the linear model, whose scale puts the
-- calibrated spam threshold at 0.92 (README "Spam filter"): sites still on both old defaults
-- (0.9 / 0.6) move to the new one; a site that chose its own thresholds keeps them.
UPDATE "DiscussionSettings" SET "spamThreshold" = 0.92 WHERE "spamThreshold" = 0.9 AND "holdThreshold" = 0.6;
