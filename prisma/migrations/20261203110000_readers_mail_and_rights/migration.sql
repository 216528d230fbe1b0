-- CreateEnum
CREATE TYPE "ErasedCommentText" AS ENUM ('KEEP', 'REPLACE', 'DELETE');

-- CreateEnum
CREATE TYPE "MailStatus" AS ENUM ('QUEUED', 'SENT', 'FAILED');

-- CreateEnum
CREATE TYPE "StaffLinkPurpose" AS ENUM ('INVITE', 'RESET');

-- CreateEnum
CREATE TYPE "DsaDecision" AS ENUM ('REMOVE', 'RESTRICT', 'KEEP');

-- AlterTable
ALTER TABLE "DiscussionSettings" ADD COLUMN     "erasedCommentText" "ErasedCommentText" NOT NULL DEFAULT 'KEEP',
ADD COLUMN     "ipRetentionDays" INTEGER NOT NULL DEFAULT 90;

-- CreateTable
CREATE TABLE "MailOutbox" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "toEmail" TEXT NOT NULL,
    "toHash" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT,
    "headers" JSONB,
    "status" "MailStatus" NOT NULL DEFAULT 'QUEUED',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "file" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MailOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MailRecipient" (
    "emailHash" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "confirmedAt" TIMESTAMP(3),
    "unsubscribedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MailRecipient_pkey" PRIMARY KEY ("emailHash")
);

-- CreateTable
CREATE TABLE "ReplySubscription" (
    "commentId" INTEGER NOT NULL,
    "emailHash" TEXT NOT NULL,
    "threadId" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReplySubscription_pkey" PRIMARY KEY ("commentId")
);

-- CreateTable
CREATE TABLE "StaffAccountLink" (
    "id" SERIAL NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "purpose" "StaffLinkPurpose" NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StaffAccountLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DsaNotice" (
    "id" SERIAL NOT NULL,
    "commentId" INTEGER,
    "legalGround" TEXT NOT NULL,
    "explanation" TEXT NOT NULL,
    "notifierName" TEXT,
    "notifierEmail" TEXT,
    "notifierHash" TEXT,
    "ipHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decision" "DsaDecision",
    "decidedAt" TIMESTAMP(3),
    "decidedById" INTEGER,
    "statement" JSONB,

    CONSTRAINT "DsaNotice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MailOutbox_key_key" ON "MailOutbox"("key");

-- CreateIndex
CREATE UNIQUE INDEX "MailOutbox_messageId_key" ON "MailOutbox"("messageId");

-- CreateIndex
CREATE INDEX "MailOutbox_toHash_sentAt_idx" ON "MailOutbox"("toHash", "sentAt");

-- CreateIndex
CREATE INDEX "MailOutbox_createdAt_id_idx" ON "MailOutbox"("createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "ReplySubscription_emailHash_idx" ON "ReplySubscription"("emailHash");

-- CreateIndex
CREATE UNIQUE INDEX "StaffAccountLink_tokenHash_key" ON "StaffAccountLink"("tokenHash");

-- CreateIndex
CREATE INDEX "StaffAccountLink_userId_createdAt_idx" ON "StaffAccountLink"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "DsaNotice_decidedAt_createdAt_idx" ON "DsaNotice"("decidedAt", "createdAt");

-- CreateIndex
CREATE INDEX "DsaNotice_commentId_idx" ON "DsaNotice"("commentId");

-- CreateIndex
CREATE INDEX "DsaNotice_notifierHash_idx" ON "DsaNotice"("notifierHash");

-- CreateIndex
CREATE INDEX "DsaNotice_createdAt_idx" ON "DsaNotice"("createdAt");

-- AddForeignKey
ALTER TABLE "ReplySubscription" ADD CONSTRAINT "ReplySubscription_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffAccountLink" ADD CONSTRAINT "StaffAccountLink_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DsaNotice" ADD CONSTRAINT "DsaNotice_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "Comment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DsaNotice" ADD CONSTRAINT "DsaNotice_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
