-- AlterTable
ALTER TABLE "Run" ADD COLUMN     "summary" JSONB;
