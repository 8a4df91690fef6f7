-- DropIndex
DROP INDEX "RunItem_runId_status_idx";

-- AlterTable
ALTER TABLE "Run" ADD COLUMN     "executorId" TEXT,
ADD COLUMN     "executorLeaseUntil" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "RunItem" ADD COLUMN     "sequence" INTEGER NOT NULL,
ADD COLUMN     "workerId" TEXT;

-- CreateIndex
CREATE INDEX "RunItem_runId_status_sequence_idx" ON "RunItem"("runId", "status", "sequence");
