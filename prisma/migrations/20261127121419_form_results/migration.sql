-- CreateTable
CREATE TABLE "FormResult" (
    "id" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "state" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FormResult_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FormResult_createdAt_idx" ON "FormResult"("createdAt");
