-- AlterTable
ALTER TABLE "RunVariant" ADD COLUMN     "cancelled" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "claimed" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "done" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "error" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "passed" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "pending" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "running" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "spentUsd" DECIMAL(18,8) NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "RunItem_runId_sequence_idx" ON "RunItem"("runId", "sequence");

-- CreateIndex
CREATE INDEX "RunItem_runId_variantId_idx" ON "RunItem"("runId", "variantId");

-- Each variant's items by state, kept in the statement that changes them (whoever writes: create,
-- claim, call start, save, cancel, takeover, delete): statement triggers read the changed rows from
-- transition tables and add the difference, once per statement, counter rows locked in key order
-- so two statements on one run cannot deadlock. A run's progress is then the sum of its few
-- RunVariant rows instead of a count over its items. The body's semicolons are written \073: the
-- migration runner splits scripts at every semicolon.
CREATE FUNCTION "RunItem_count_progress"() RETURNS trigger LANGUAGE plpgsql
  AS E'DECLARE
    changed text := CASE TG_OP WHEN ''INSERT'' THEN ''SELECT "runId", "variantId", status, "startedAt", passed, "costUsd", 1 AS sign FROM new_items''
      WHEN ''DELETE'' THEN ''SELECT "runId", "variantId", status, "startedAt", passed, "costUsd", -1 AS sign FROM old_items''
      ELSE ''SELECT "runId", "variantId", status, "startedAt", passed, "costUsd", 1 AS sign FROM new_items UNION ALL SELECT "runId", "variantId", status, "startedAt", passed, "costUsd", -1 AS sign FROM old_items'' END\073
  BEGIN
    EXECUTE ''SELECT count(*) FROM (SELECT 1 FROM "RunVariant" v WHERE (v."runId", v."variantId") IN (SELECT "runId", "variantId" FROM ('' || changed || '') c)
      ORDER BY v."runId", v."variantId" FOR UPDATE) locked''\073
    EXECUTE ''UPDATE "RunVariant" v SET pending = v.pending + d.pending, claimed = v.claimed + d.claimed, running = v.running + d.running,
      done = v.done + d.done, error = v.error + d.error, cancelled = v.cancelled + d.cancelled, passed = v.passed + d.passed, "spentUsd" = v."spentUsd" + d.spent
      FROM (SELECT "runId", "variantId",
        coalesce(sum(sign) FILTER (WHERE status = ''''pending''''), 0) AS pending,
        coalesce(sum(sign) FILTER (WHERE status = ''''running'''' AND "startedAt" IS NULL), 0) AS claimed,
        coalesce(sum(sign) FILTER (WHERE status = ''''running'''' AND "startedAt" IS NOT NULL), 0) AS running,
        coalesce(sum(sign) FILTER (WHERE status = ''''done''''), 0) AS done,
        coalesce(sum(sign) FILTER (WHERE status = ''''error''''), 0) AS error,
        coalesce(sum(sign) FILTER (WHERE status = ''''cancelled''''), 0) AS cancelled,
        coalesce(sum(sign) FILTER (WHERE passed), 0) AS passed,
        coalesce(sum(sign * coalesce("costUsd", 0)), 0) AS spent
      FROM ('' || changed || '') c GROUP BY 1, 2) d
      WHERE v."runId" = d."runId" AND v."variantId" = d."variantId"''\073
    RETURN NULL\073
  END';

CREATE TRIGGER "RunItem_count_insert" AFTER INSERT ON "RunItem" REFERENCING NEW TABLE AS new_items
  FOR EACH STATEMENT EXECUTE FUNCTION "RunItem_count_progress"();

CREATE TRIGGER "RunItem_count_update" AFTER UPDATE ON "RunItem" REFERENCING OLD TABLE AS old_items NEW TABLE AS new_items
  FOR EACH STATEMENT EXECUTE FUNCTION "RunItem_count_progress"();

CREATE TRIGGER "RunItem_count_delete" AFTER DELETE ON "RunItem" REFERENCING OLD TABLE AS old_items
  FOR EACH STATEMENT EXECUTE FUNCTION "RunItem_count_progress"();

-- Runs that exist already.
UPDATE "RunVariant" v SET pending = c.pending, claimed = c.claimed, running = c.running, done = c.done, error = c.error,
  cancelled = c.cancelled, passed = c.passed, "spentUsd" = c.spent
FROM (SELECT "runId", "variantId",
    count(*) FILTER (WHERE status = 'pending') AS pending,
    count(*) FILTER (WHERE status = 'running' AND "startedAt" IS NULL) AS claimed,
    count(*) FILTER (WHERE status = 'running' AND "startedAt" IS NOT NULL) AS running,
    count(*) FILTER (WHERE status = 'done') AS done,
    count(*) FILTER (WHERE status = 'error') AS error,
    count(*) FILTER (WHERE status = 'cancelled') AS cancelled,
    count(*) FILTER (WHERE passed) AS passed,
    coalesce(sum("costUsd"), 0) AS spent
  FROM "RunItem" GROUP BY 1, 2) c
WHERE v."runId" = c."runId" AND v."variantId" = c."variantId";
