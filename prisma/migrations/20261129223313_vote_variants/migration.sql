-- DropIndex
DROP INDEX "Vote_reviewerId_idx";

-- AlterTable: added nullable, filled from each vote's two answers, then required.
ALTER TABLE "Vote" ADD COLUMN     "variantAId" UUID,
ADD COLUMN     "variantBId" UUID;

-- Votes cast before this migration get their answers' variants.
UPDATE "Vote" v
SET "variantAId" = a."variantId", "variantBId" = b."variantId"
FROM "Completion" a, "Completion" b
WHERE a.id = v."completionAId" AND b.id = v."completionBId";

ALTER TABLE "Vote" ALTER COLUMN "variantAId" SET NOT NULL,
ALTER COLUMN "variantBId" SET NOT NULL;

-- CreateIndex
CREATE INDEX "Vote_reviewerId_id_idx" ON "Vote"("reviewerId", "id");

-- CreateIndex
CREATE INDEX "Vote_variantAId_variantBId_choice_idx" ON "Vote"("variantAId", "variantBId", "choice");
