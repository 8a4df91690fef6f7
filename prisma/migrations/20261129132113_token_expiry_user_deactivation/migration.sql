-- AlterTable
-- Tokens made before expiry existed get the default lifetime from today, not from their creation
-- (which could end a working CI token the moment this migration runs).
ALTER TABLE "ApiToken" ADD COLUMN     "expiresAt" TIMESTAMP(3) NOT NULL DEFAULT (CURRENT_TIMESTAMP + interval '90 days');
ALTER TABLE "ApiToken" ALTER COLUMN "expiresAt" DROP DEFAULT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "deactivatedAt" TIMESTAMP(3);
