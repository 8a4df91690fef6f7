-- AlterEnum
ALTER TYPE "ErrorKind" ADD VALUE 'blocked';

-- AlterTable
ALTER TABLE "Provider" ADD COLUMN     "customEndpoint" BOOLEAN NOT NULL DEFAULT false;

-- Existing OpenAI/Anthropic providers with a base URL were custom endpoints all along: keep them working.
UPDATE "Provider" SET "customEndpoint" = true WHERE "kind" IN ('openai', 'anthropic') AND "baseUrl" IS NOT NULL;
