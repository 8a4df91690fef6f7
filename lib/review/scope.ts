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

/** The same scope as SQL over a completion alias, for the aggregate queries that Prisma's query
 * API cannot express (grouping by a relation's column). Keep in step with completionScope. */
export function completionScopeSql(alias: string, scope: { sessionId?: string; runId?: string; datasetId?: string }): Prisma.Sql {
  const column = (name: string) => Prisma.raw(`"${alias}"."${name}"`);
  return Prisma.join(
    [
      Prisma.sql`${column("judgingId")} IS NULL`,
      ...(scope.sessionId ? [Prisma.sql`${column("turnId")} IN (SELECT id FROM "Turn" WHERE "sessionId" = ${scope.sessionId}::uuid)`] : []),
      ...(scope.runId ? [Prisma.sql`EXISTS (SELECT 1 FROM "RunItem" ri WHERE ri."completionId" = ${column("id")} AND ri."runId" = ${scope.runId}::uuid)`] : []),
      ...(scope.datasetId
        ? [Prisma.sql`EXISTS (SELECT 1 FROM "RunItem" ri JOIN "Run" r ON r.id = ri."runId" WHERE ri."completionId" = ${column("id")} AND r."datasetId" = ${scope.datasetId}::uuid)`]
        : []),
    ],
    " AND ",
  );
}
