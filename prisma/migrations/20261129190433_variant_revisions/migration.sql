-- Variant revisions: every variant gets revision 1 from its current settings, and what used a
-- variant before (runs, compare answers) is pointed at it. RunVariant.revisionId is NOT NULL once filled.

-- CreateTable
CREATE TABLE "VariantRevision" (
    "id" UUID NOT NULL,
    "variantId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "modelId" UUID NOT NULL,
    "systemPrompt" TEXT,
    "temperature" DOUBLE PRECISION,
    "topP" DOUBLE PRECISION,
    "maxTokens" INTEGER,
    "stop" TEXT[],
    "seed" INTEGER,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VariantRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "VariantRevision_variantId_number_key" ON "VariantRevision"("variantId", "number");

-- Backfill: revision 1 of every variant, dated when the variant was made. The id is a version 4
-- uuid (uuid(7) ids come from the client) — ids are opaque, so the version does not matter.
INSERT INTO "VariantRevision" ("id", "variantId", "number", "modelId", "systemPrompt", "temperature", "topP", "maxTokens", "stop", "seed", "createdAt")
SELECT gen_random_uuid(), v."id", 1, v."modelId", v."systemPrompt", v."temperature", v."topP", v."maxTokens", v."stop", v."seed", v."createdAt"
FROM "Variant" v;

-- AlterTable
ALTER TABLE "Completion" ADD COLUMN     "variantRevisionId" UUID;

UPDATE "Completion" c SET "variantRevisionId" = r."id"
FROM "VariantRevision" r
WHERE r."variantId" = c."variantId" AND c."columnId" IS NOT NULL;

-- AlterTable
ALTER TABLE "RunVariant" ADD COLUMN     "revisionId" UUID;

UPDATE "RunVariant" rv SET "revisionId" = r."id"
FROM "VariantRevision" r
WHERE r."variantId" = rv."variantId";

ALTER TABLE "RunVariant" ALTER COLUMN "revisionId" SET NOT NULL;

-- AddForeignKey
ALTER TABLE "VariantRevision" ADD CONSTRAINT "VariantRevision_variantId_fkey" FOREIGN KEY ("variantId") REFERENCES "Variant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VariantRevision" ADD CONSTRAINT "VariantRevision_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "Model"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VariantRevision" ADD CONSTRAINT "VariantRevision_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Completion" ADD CONSTRAINT "Completion_variantRevisionId_fkey" FOREIGN KEY ("variantRevisionId") REFERENCES "VariantRevision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RunVariant" ADD CONSTRAINT "RunVariant_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "VariantRevision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
