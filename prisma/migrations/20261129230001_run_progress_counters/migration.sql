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
-- transition tables and add the difference, once per statement. A run's progress is then the sum
-- of its few RunVariant rows instead of a count over its items. The bodies' semicolons are written
-- \073: the migration runner splits scripts at every semicolon.

CREATE FUNCTION "RunItem_count_insert"() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM 1 FROM "RunVariant" v WHERE (v."runId", v."variantId") IN (SELECT "runId", "variantId" FROM (SELECT "runId", "variantId", status::text AS status, "startedAt", passed, "costUsd", 1 AS sign FROM new_items) c) ORDER BY v."runId", v."variantId" FOR UPDATE\073
    UPDATE "RunVariant" v SET pending = v.pending + coalesce(d.pending, 0), claimed = v.claimed + coalesce(d.claimed, 0),
      running = v.running + coalesce(d.running, 0), done = v.done + coalesce(d.done, 0), error = v.error + coalesce(d.error, 0),
      cancelled = v.cancelled + coalesce(d.cancelled, 0), passed = v.passed + coalesce(d.passed, 0), "spentUsd" = v."spentUsd" + coalesce(d.spent, 0)
    FROM (SELECT "runId", "variantId",
      sum(sign) FILTER (WHERE status = ''pending'') AS pending,
      sum(sign) FILTER (WHERE status = ''running'' AND "startedAt" IS NULL) AS claimed,
      sum(sign) FILTER (WHERE status = ''running'' AND "startedAt" IS NOT NULL) AS running,
      sum(sign) FILTER (WHERE status = ''done'') AS done,
      sum(sign) FILTER (WHERE status = ''error'') AS error,
      sum(sign) FILTER (WHERE status = ''cancelled'') AS cancelled,
      sum(sign) FILTER (WHERE passed) AS passed,
      sum(sign * coalesce("costUsd", 0)) AS spent
      FROM (SELECT "runId", "variantId", status::text AS status, "startedAt", passed, "costUsd", 1 AS sign FROM new_items) c GROUP BY 1, 2) d
    WHERE v."runId" = d."runId" AND v."variantId" = d."variantId"\073
    RETURN NULL\073
  END';

CREATE TRIGGER "RunItem_count_insert" AFTER INSERT ON "RunItem" REFERENCING NEW TABLE AS new_items
  FOR EACH STATEMENT EXECUTE FUNCTION "RunItem_count_insert"();

CREATE FUNCTION "RunItem_count_update"() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM 1 FROM "RunVariant" v WHERE (v."runId", v."variantId") IN (SELECT "runId", "variantId" FROM (SELECT "runId", "variantId", status::text AS status, "startedAt", passed, "costUsd", 1 AS sign FROM new_items UNION ALL SELECT "runId", "variantId", status::text AS status, "startedAt", passed, "costUsd", -1 AS sign FROM old_items) c) ORDER BY v."runId", v."variantId" FOR UPDATE\073
    UPDATE "RunVariant" v SET pending = v.pending + coalesce(d.pending, 0), claimed = v.claimed + coalesce(d.claimed, 0),
      running = v.running + coalesce(d.running, 0), done = v.done + coalesce(d.done, 0), error = v.error + coalesce(d.error, 0),
      cancelled = v.cancelled + coalesce(d.cancelled, 0), passed = v.passed + coalesce(d.passed, 0), "spentUsd" = v."spentUsd" + coalesce(d.spent, 0)
    FROM (SELECT "runId", "variantId",
      sum(sign) FILTER (WHERE status = ''pending'') AS pending,
      sum(sign) FILTER (WHERE status = ''running'' AND "startedAt" IS NULL) AS claimed,
      sum(sign) FILTER (WHERE status = ''running'' AND "startedAt" IS NOT NULL) AS running,
      sum(sign) FILTER (WHERE status = ''done'') AS done,
      sum(sign) FILTER (WHERE status = ''error'') AS error,
      sum(sign) FILTER (WHERE status = ''cancelled'') AS cancelled,
      sum(sign) FILTER (WHERE passed) AS passed,
      sum(sign * coalesce("costUsd", 0)) AS spent
      FROM (SELECT "runId", "variantId", status::text AS status, "startedAt", passed, "costUsd", 1 AS sign FROM new_items UNION ALL SELECT "runId", "variantId", status::text AS status, "startedAt", passed, "costUsd", -1 AS sign FROM old_items) c GROUP BY 1, 2) d
    WHERE v."runId" = d."runId" AND v."variantId" = d."variantId"\073
    RETURN NULL\073
  END';

CREATE TRIGGER "RunItem_count_update" AFTER UPDATE ON "RunItem" REFERENCING OLD TABLE AS old_items NEW TABLE AS new_items
  FOR EACH STATEMENT EXECUTE FUNCTION "RunItem_count_update"();

CREATE FUNCTION "RunItem_count_delete"() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN
    PERFORM 1 FROM "RunVariant" v WHERE (v."runId", v."variantId") IN (SELECT "runId", "variantId" FROM (SELECT "runId", "variantId", status::text AS status, "startedAt", passed, "costUsd", -1 AS sign FROM old_items) c) ORDER BY v."runId", v."variantId" FOR UPDATE\073
    UPDATE "RunVariant" v SET pending = v.pending + coalesce(d.pending, 0), claimed = v.claimed + coalesce(d.claimed, 0),
      running = v.running + coalesce(d.running, 0), done = v.done + coalesce(d.done, 0), error = v.error + coalesce(d.error, 0),
      cancelled = v.cancelled + coalesce(d.cancelled, 0), passed = v.passed + coalesce(d.passed, 0), "spentUsd" = v."spentUsd" + coalesce(d.spent, 0)
    FROM (SELECT "runId", "variantId",
      sum(sign) FILTER (WHERE status = ''pending'') AS pending,
      sum(sign) FILTER (WHERE status = ''running'' AND "startedAt" IS NULL) AS claimed,
      sum(sign) FILTER (WHERE status = ''running'' AND "startedAt" IS NOT NULL) AS running,
      sum(sign) FILTER (WHERE status = ''done'') AS done,
      sum(sign) FILTER (WHERE status = ''error'') AS error,
      sum(sign) FILTER (WHERE status = ''cancelled'') AS cancelled,
      sum(sign) FILTER (WHERE passed) AS passed,
      sum(sign * coalesce("costUsd", 0)) AS spent
      FROM (SELECT "runId", "variantId", status::text AS status, "startedAt", passed, "costUsd", -1 AS sign FROM old_items) c GROUP BY 1, 2) d
    WHERE v."runId" = d."runId" AND v."variantId" = d."variantId"\073
    RETURN NULL\073
  END';

CREATE TRIGGER "RunItem_count_delete" AFTER DELETE ON "RunItem" REFERENCING OLD TABLE AS old_items
  FOR EACH STATEMENT EXECUTE FUNCTION "RunItem_count_delete"();

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
