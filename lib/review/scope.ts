// Which answers a leaderboard or an export covers: one session, one run, or every run of a
// dataset (and everything when nothing is given). One rule for both.
import { z } from "zod";
import type { Prisma } from "../db/generated/client";

export const reviewScopeSchema = {
  sessionId: z.uuid().optional(),
  runId: z.uuid().optional(),
  datasetId: z.uuid().optional(),
};

export function completionScope(scope: { sessionId?: string; runId?: string; datasetId?: string }): Prisma.CompletionWhereInput {
  return {
    AND: [
      ...(scope.sessionId ? [{ turn: { sessionId: scope.sessionId } }] : []),
      ...(scope.runId ? [{ runItem: { runId: scope.runId } }] : []),
      ...(scope.datasetId ? [{ runItem: { run: { datasetId: scope.datasetId } } }] : []),
    ],
  };
}
