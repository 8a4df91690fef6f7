-- CreateTable
CREATE TABLE "VotedPair" (
    "completionAId" UUID NOT NULL,
    "completionBId" UUID NOT NULL,
    "votes" INTEGER NOT NULL,

    CONSTRAINT "VotedPair_pkey" PRIMARY KEY ("completionAId","completionBId")
);

-- CreateIndex
CREATE INDEX "VotedPair_votes_idx" ON "VotedPair"("votes");

-- CreateIndex: the run summary's latency histogram, its range and its buckets (lib/runs/summary.ts).
CREATE INDEX "RunItem_runId_status_totalMs_variantId_idx" ON "RunItem"("runId", "status", "totalMs", "variantId");

-- Each pair's vote count, kept in the statement that changes the votes (cast, changed, deleted,
-- also by the cascade when an answer or a reviewer goes): statement triggers read the changed rows
-- from transition tables and add the difference once per statement, pairs in key order so two
-- statements cannot deadlock over them, and a pair whose count reaches 0 is removed. A changed
-- choice nets to nothing. Inter-rater agreement reads the pairs voted on twice or more from here
-- (lib/review/leaderboard.ts). The body's semicolons are written \073: the migration runner splits
-- scripts at every semicolon.
CREATE FUNCTION "Vote_count_pairs"() RETURNS trigger LANGUAGE plpgsql
  AS E'DECLARE
    changed text := CASE TG_OP WHEN ''INSERT'' THEN ''SELECT "completionAId" AS a, "completionBId" AS b, 1 AS sign FROM new_votes''
      WHEN ''DELETE'' THEN ''SELECT "completionAId" AS a, "completionBId" AS b, -1 AS sign FROM old_votes''
      ELSE ''SELECT "completionAId" AS a, "completionBId" AS b, 1 AS sign FROM new_votes UNION ALL SELECT "completionAId", "completionBId", -1 FROM old_votes'' END\073
  BEGIN
    EXECUTE ''INSERT INTO "VotedPair" AS p ("completionAId", "completionBId", votes)
      SELECT a, b, sum(sign) FROM ('' || changed || '') c GROUP BY 1, 2 HAVING sum(sign) <> 0 ORDER BY 1, 2
      ON CONFLICT ("completionAId", "completionBId") DO UPDATE SET votes = p.votes + excluded.votes''\073
    IF TG_OP <> ''INSERT'' THEN
      EXECUTE ''DELETE FROM "VotedPair" p USING (SELECT DISTINCT "completionAId" AS a, "completionBId" AS b FROM old_votes) c
        WHERE p."completionAId" = c.a AND p."completionBId" = c.b AND p.votes <= 0''\073
    END IF\073
    RETURN NULL\073
  END';

CREATE TRIGGER "Vote_count_insert" AFTER INSERT ON "Vote" REFERENCING NEW TABLE AS new_votes
  FOR EACH STATEMENT EXECUTE FUNCTION "Vote_count_pairs"();

CREATE TRIGGER "Vote_count_update" AFTER UPDATE ON "Vote" REFERENCING OLD TABLE AS old_votes NEW TABLE AS new_votes
  FOR EACH STATEMENT EXECUTE FUNCTION "Vote_count_pairs"();

CREATE TRIGGER "Vote_count_delete" AFTER DELETE ON "Vote" REFERENCING OLD TABLE AS old_votes
  FOR EACH STATEMENT EXECUTE FUNCTION "Vote_count_pairs"();

-- Votes cast before this migration.
INSERT INTO "VotedPair" ("completionAId", "completionBId", votes)
SELECT "completionAId", "completionBId", count(*) FROM "Vote" GROUP BY 1, 2;
