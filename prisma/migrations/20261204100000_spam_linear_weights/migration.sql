-- CreateTable
CREATE TABLE "SpamWeight" (
    "bucket" INTEGER NOT NULL,
    "weight" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SpamWeight_pkey" PRIMARY KEY ("bucket")
);
