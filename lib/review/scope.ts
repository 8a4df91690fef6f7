// Which answers a leaderboard or an export covers: one session, one run, or every run of a
// dataset (and everything when nothing is given). One rule for both. A judge's own calls
// (completions with judgingId) are never answers under review.
import "server-only";
import { z } from "zod";
import { Prisma } from "../db/generated/client";

export const reviewScopeSchema = {
  sessionId: z.uuid().optional(),
  runId: z.uuid().optional(),
  datasetId: z.uuid().optional(),
};

export function completionScope(scope: { sessionId?: string; runId?: string; datasetId?: string }): Prisma.CompletionWhereInput {
  return {
    AND: [
      { judgingId: null },
      ...(scope.sessionId ? [{ turn: { sessionId: scope.sessionId } }] : []),
      ...(scope.runId ? [{ runItem: { runId: scope.runId } }] : []),
      ...(scope.datasetId ? [{ runItem: { run: { datasetId: scope.datasetId } } }] : []),
    ],
  };
}

/** The same scope as SQL about the answer whose id is `id`, for the aggregate queries that
 * Prisma's query API cannot express. Every part is a lookup by that id, so a count of votes by
 * the variants they carry never joins the answers table for the common case (whole board: only
 * the rare judge's calls are looked for). Keep in step with completionScope. */
export function answerScopeSql(id: Prisma.Sql, scope: { sessionId?: string; runId?: string; datasetId?: string }): Prisma.Sql {
  return Prisma.join(
    [
      Prisma.sql`NOT EXISTS (SELECT 1 FROM "Completion" jc WHERE jc.id = ${id} AND jc."judgingId" IS NOT NULL)`,
      ...(scope.sessionId ? [Prisma.sql`EXISTS (SELECT 1 FROM "Completion" sc JOIN "Turn" st ON st.id = sc."turnId" WHERE sc.id = ${id} AND st."sessionId" = ${scope.sessionId}::uuid)`] : []),
      ...(scope.runId ? [Prisma.sql`EXISTS (SELECT 1 FROM "RunItem" ri WHERE ri."completionId" = ${id} AND ri."runId" = ${scope.runId}::uuid)`] : []),
      ...(scope.datasetId
        ? [Prisma.sql`EXISTS (SELECT 1 FROM "RunItem" ri JOIN "Run" r ON r.id = ri."runId" WHERE ri."completionId" = ${id} AND r."datasetId" = ${scope.datasetId}::uuid)`]
        : []),
    ],
    " AND ",
  );
}
