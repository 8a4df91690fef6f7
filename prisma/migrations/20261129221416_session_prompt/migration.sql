-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "promptSystem" TEXT,
ADD COLUMN     "promptVersionId" UUID;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_promptVersionId_fkey" FOREIGN KEY ("promptVersionId") REFERENCES "PromptVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;
