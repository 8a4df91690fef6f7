-- AlterTable
ALTER TABLE "RunItem" ADD COLUMN     "attempts" INTEGER,
ADD COLUMN     "changeTx" BIGINT NOT NULL DEFAULT (pg_current_xact_id())::text::bigint,
ADD COLUMN     "costUsd" DECIMAL(14,8),
ADD COLUMN     "errorKind" "ErrorKind",
ADD COLUMN     "inputTokens" INTEGER,
ADD COLUMN     "outputTokens" INTEGER,
ADD COLUMN     "totalMs" INTEGER,
ADD COLUMN     "ttftMs" INTEGER;

-- CreateIndex
CREATE INDEX "RunItem_runId_changeTx_idx" ON "RunItem"("runId", "changeTx");

-- Every change of an item stamps the transaction that made it, whoever writes it (claims,
-- saves, cancels, takeovers): the run page asks for the items changed since its last snapshot.
-- The body's semicolons are written \073: the migration runner splits scripts at every semicolon.
CREATE FUNCTION "RunItem_stamp_change"() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN NEW."changeTx" := pg_current_xact_id()::text::bigint\073 RETURN NEW\073 END';

CREATE TRIGGER "RunItem_stamp_change" BEFORE UPDATE ON "RunItem"
  FOR EACH ROW EXECUTE FUNCTION "RunItem_stamp_change"();

-- Items saved before this migration get their completion's metrics.
UPDATE "RunItem" i
SET "ttftMs" = c."ttftMs", "totalMs" = c."totalMs", "inputTokens" = c."inputTokens", "outputTokens" = c."outputTokens",
  "costUsd" = c."costUsd", attempts = c.attempts, "errorKind" = c."errorKind"
FROM "Completion" c
WHERE c.id = i."completionId";
