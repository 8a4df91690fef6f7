-- CreateEnum
CREATE TYPE "JudgingStatus" AS ENUM ('queued', 'running', 'done', 'cancelled', 'failed');

-- AlterTable
ALTER TABLE "Completion" ADD COLUMN     "cacheWriteInputTokens" INTEGER,
ADD COLUMN     "cachedInputTokens" INTEGER,
ADD COLUMN     "judgingId" UUID,
ADD COLUMN     "reasoningTokens" INTEGER,
ADD COLUMN     "responseModel" TEXT,
ADD COLUMN     "systemFingerprint" TEXT;

-- AlterTable
ALTER TABLE "Dataset" ADD COLUMN     "noise" JSONB,
ADD COLUMN     "noisyOfId" UUID,
ADD COLUMN     "scorecardWeights" JSONB;

-- AlterTable
ALTER TABLE "Model" ADD COLUMN     "cacheWritePricePerMTok" DECIMAL(12,6),
ADD COLUMN     "cachedInputPricePerMTok" DECIMAL(12,6),
ADD COLUMN     "reasoningPricePerMTok" DECIMAL(12,6);

-- AlterTable
ALTER TABLE "TestCase" ADD COLUMN     "cleanCaseId" UUID;

-- AlterTable
ALTER TABLE "Vote" ADD COLUMN     "elapsedMs" INTEGER,
ADD COLUMN     "shownLeftId" UUID;

-- CreateTable
CREATE TABLE "ReviewAssignment" (
    "id" UUID NOT NULL,
    "reviewerId" UUID NOT NULL,
    "completionAId" UUID NOT NULL,
    "completionBId" UUID NOT NULL,
    "servedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GoldPair" (
    "id" UUID NOT NULL,
    "completionAId" UUID NOT NULL,
    "completionBId" UUID NOT NULL,
    "expected" "VoteChoice" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GoldPair_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewerExclusion" (
    "id" UUID NOT NULL,
    "reviewerId" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedById" UUID,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "ReviewerExclusion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Judging" (
    "id" UUID NOT NULL,
    "runId" UUID NOT NULL,
    "judgeVariantId" UUID NOT NULL,
    "rubric" TEXT NOT NULL,
    "status" "JudgingStatus" NOT NULL DEFAULT 'queued',
    "totalPairs" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "Judging_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JudgeVerdict" (
    "id" UUID NOT NULL,
    "judgingId" UUID NOT NULL,
    "completionAId" UUID NOT NULL,
    "completionBId" UUID NOT NULL,
    "choiceAFirst" "VoteChoice",
    "choiceBFirst" "VoteChoice",
    "reasonAFirst" TEXT,
    "reasonBFirst" TEXT,
    "choice" "VoteChoice",
    "consistent" BOOLEAN,
    "callAFirstId" UUID,
    "callBFirstId" UUID,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JudgeVerdict_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReviewAssignment_reviewerId_completionAId_completionBId_key" ON "ReviewAssignment"("reviewerId", "completionAId", "completionBId");

-- CreateIndex
CREATE UNIQUE INDEX "GoldPair_completionAId_completionBId_key" ON "GoldPair"("completionAId", "completionBId");

-- CreateIndex
CREATE INDEX "ReviewerExclusion_reviewerId_idx" ON "ReviewerExclusion"("reviewerId");

-- CreateIndex
CREATE INDEX "Judging_runId_idx" ON "Judging"("runId");

-- CreateIndex
CREATE UNIQUE INDEX "JudgeVerdict_judgingId_completionAId_completionBId_key" ON "JudgeVerdict"("judgingId", "completionAId", "completionBId");

-- CreateIndex
CREATE INDEX "Completion_judgingId_idx" ON "Completion"("judgingId");

-- AddForeignKey
ALTER TABLE "Completion" ADD CONSTRAINT "Completion_judgingId_fkey" FOREIGN KEY ("judgingId") REFERENCES "Judging"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Dataset" ADD CONSTRAINT "Dataset_noisyOfId_fkey" FOREIGN KEY ("noisyOfId") REFERENCES "Dataset"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TestCase" ADD CONSTRAINT "TestCase_cleanCaseId_fkey" FOREIGN KEY ("cleanCaseId") REFERENCES "TestCase"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewAssignment" ADD CONSTRAINT "ReviewAssignment_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoldPair" ADD CONSTRAINT "GoldPair_completionAId_fkey" FOREIGN KEY ("completionAId") REFERENCES "Completion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoldPair" ADD CONSTRAINT "GoldPair_completionBId_fkey" FOREIGN KEY ("completionBId") REFERENCES "Completion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoldPair" ADD CONSTRAINT "GoldPair_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewerExclusion" ADD CONSTRAINT "ReviewerExclusion_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewerExclusion" ADD CONSTRAINT "ReviewerExclusion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewerExclusion" ADD CONSTRAINT "ReviewerExclusion_endedById_fkey" FOREIGN KEY ("endedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Judging" ADD CONSTRAINT "Judging_runId_fkey" FOREIGN KEY ("runId") REFERENCES "Run"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Judging" ADD CONSTRAINT "Judging_judgeVariantId_fkey" FOREIGN KEY ("judgeVariantId") REFERENCES "Variant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Judging" ADD CONSTRAINT "Judging_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JudgeVerdict" ADD CONSTRAINT "JudgeVerdict_judgingId_fkey" FOREIGN KEY ("judgingId") REFERENCES "Judging"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JudgeVerdict" ADD CONSTRAINT "JudgeVerdict_completionAId_fkey" FOREIGN KEY ("completionAId") REFERENCES "Completion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JudgeVerdict" ADD CONSTRAINT "JudgeVerdict_completionBId_fkey" FOREIGN KEY ("completionBId") REFERENCES "Completion"("id") ON DELETE CASCADE ON UPDATE CASCADE;
