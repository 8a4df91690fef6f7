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

export async function exportReviews(input: z.input<typeof reviewExportSchema>): Promise<{ body: string; contentType: string; filename: string }> {
  const query = reviewExportSchema.parse(input);
  const { kind, format } = query;
  const scope = completionScope(query);
  let rows: Record<string, unknown>[];
  if (kind === "votes") {
    const votes = await db().vote.findMany({ where: { completionA: scope }, orderBy: { createdAt: "asc" }, include: { completionA: side, completionB: side, reviewer: { select: { email: true } } } });
    rows = votes.map((vote) => ({
      id: vote.id,
      sessionId: vote.completionA.turn?.sessionId ?? null,
      turn: vote.completionA.turn ? vote.completionA.turn.index + 1 : null,
      runId: vote.completionA.runItem?.runId ?? null,
      case: vote.completionA.runItem?.testCase ? vote.completionA.runItem.testCase.position + 1 : null,
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
      sessionId: rating.completion.turn?.sessionId ?? null,
      turn: rating.completion.turn ? rating.completion.turn.index + 1 : null,
      runId: rating.completion.runItem?.runId ?? null,
      case: rating.completion.runItem?.testCase ? rating.completion.runItem.testCase.position + 1 : null,
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
