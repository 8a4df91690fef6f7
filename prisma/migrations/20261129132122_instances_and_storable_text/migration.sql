-- AlterEnum
ALTER TYPE "ErrorKind" ADD VALUE 'storage';

-- AlterTable
ALTER TABLE "Completion" ADD COLUMN     "instanceId" TEXT,
ADD COLUMN     "textSanitized" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "Instance" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "hostname" TEXT NOT NULL,
    "pid" INTEGER NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "heartbeatAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Instance_pkey" PRIMARY KEY ("id")
);
