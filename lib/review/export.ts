// Votes and ratings as files, for analysis elsewhere. Rows name the variants: an export is for
// after the judging, not part of the blind review.
import "server-only";
import { z } from "zod";
import { toCsv } from "../api/csv";
import { db } from "../db/client";
import { completionScope, reviewScopeSchema } from "./scope";

export const reviewExportSchema = z.object({
  kind: z.enum(["votes", "ratings"]).default("votes"),
  format: z.enum(["csv", "json"]).default("csv"),
  ...reviewScopeSchema,
});

const side = { select: { id: true, variant: { select: { name: true } }, turn: { select: { sessionId: true, index: true } }, runItem: { select: { runId: true, testCase: { select: { position: true } } } } } } as const;

interface ReviewedAnswer {
  turn: { sessionId: string; index: number } | null;
  runItem: { runId: string; testCase: { position: number } | null } | null;
}

/** Where a reviewed answer came from: a compare turn or a run's case (both counted from 1). */
function origin(answer: ReviewedAnswer) {
  return {
    sessionId: answer.turn?.sessionId ?? null,
    turn: answer.turn ? answer.turn.index + 1 : null,
    runId: answer.runItem?.runId ?? null,
    case: answer.runItem?.testCase ? answer.runItem.testCase.position + 1 : null,
  };
}

export async function exportReviews(input: z.input<typeof reviewExportSchema>): Promise<{ body: string; contentType: string; filename: string }> {
  const query = reviewExportSchema.parse(input);
  const { kind, format } = query;
  const scope = completionScope(query);
  let rows: Record<string, unknown>[];
  if (kind === "votes") {
    const votes = await db().vote.findMany({ where: { completionA: scope }, orderBy: { createdAt: "asc" }, include: { completionA: side, completionB: side, reviewer: { select: { email: true } } } });
    rows = votes.map((vote) => ({
      id: vote.id,
      ...origin(vote.completionA),
      completionA: vote.completionAId,
      variantA: vote.completionA.variant.name,
      completionB: vote.completionBId,
      variantB: vote.completionB.variant.name,
      choice: vote.choice,
      reason: vote.reason,
      blind: vote.blind,
      reviewer: vote.reviewer.email,
      createdAt: vote.createdAt,
      updatedAt: vote.updatedAt,
    }));
  } else {
    const ratings = await db().rating.findMany({ where: { completion: scope }, orderBy: { createdAt: "asc" }, include: { completion: side, reviewer: { select: { email: true } } } });
    rows = ratings.map((rating) => ({
      id: rating.id,
      ...origin(rating.completion),
      completion: rating.completionId,
      variant: rating.completion.variant.name,
      criterion: rating.criterion,
      score: rating.score,
      reviewer: rating.reviewer.email,
      createdAt: rating.createdAt,
      updatedAt: rating.updatedAt,
    }));
  }
  const scoped = query.sessionId ?? query.runId ?? query.datasetId;
  const filename = `juxta-${kind}${scoped ? `-${scoped.slice(0, 8)}` : ""}.${format}`;
  if (format === "json") return { body: JSON.stringify({ exportedAt: new Date().toISOString(), [kind]: rows }, null, 2), contentType: "application/json", filename };
  const header = rows[0] ? Object.keys(rows[0]) : kind === "votes" ? ["id", "choice"] : ["id", "score"];
  return { body: toCsv([header, ...rows.map((row) => header.map((key) => row[key]))]), contentType: "text/csv; charset=utf-8", filename };
}
