// Everything reviewers said about a set of answers (a session's, or one run answer's), for the
// pages that show them: annotations, ratings (their means) and how each answer fared in votes.
import "server-only";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";

export interface AnswerReviews {
  annotations: { id: string; body: string; quote: string | null; quoteStart: number | null; author: { id: string; name: string }; createdAt: Date }[];
  ratings: { criterion: string; mean: number; n: number }[];
  votes: { won: number; lost: number; tied: number; bothBad: number };
}

export const sessionReviews = (sessionId: string) => reviewsOf({ turn: { sessionId } });

export async function completionReviews(completionId: string): Promise<AnswerReviews> {
  return (await reviewsOf({ id: completionId }))[completionId] ?? { annotations: [], ratings: [], votes: { won: 0, lost: 0, tied: 0, bothBad: 0 } };
}

async function reviewsOf(scope: Prisma.CompletionWhereInput): Promise<Record<string, AnswerReviews>> {
  const [annotations, ratings, votes] = await Promise.all([
    db().annotation.findMany({ where: { completion: scope }, orderBy: { createdAt: "asc" }, include: { author: { select: { id: true, name: true } } } }),
    db().rating.findMany({ where: { completion: scope }, select: { completionId: true, criterion: true, score: true } }),
    db().vote.findMany({ where: { OR: [{ completionA: scope }, { completionB: scope }] }, select: { completionAId: true, completionBId: true, choice: true } }),
  ]);
  const result: Record<string, AnswerReviews> = {};
  const entry = (id: string) => (result[id] ??= { annotations: [], ratings: [], votes: { won: 0, lost: 0, tied: 0, bothBad: 0 } });

  for (const annotation of annotations) {
    entry(annotation.completionId).annotations.push({
      id: annotation.id,
      body: annotation.body,
      quote: annotation.quote,
      quoteStart: annotation.quoteStart,
      author: annotation.author,
      createdAt: annotation.createdAt,
    });
  }
  const scores = new Map<string, number[]>();
  for (const rating of ratings) scores.set(`${rating.completionId}|${rating.criterion}`, [...(scores.get(`${rating.completionId}|${rating.criterion}`) ?? []), rating.score]);
  for (const [key, values] of scores) {
    const [completionId, criterion] = key.split("|") as [string, string];
    entry(completionId).ratings.push({ criterion, mean: values.reduce((sum, value) => sum + value, 0) / values.length, n: values.length });
  }
  for (const vote of votes) {
    const a = entry(vote.completionAId).votes;
    const b = entry(vote.completionBId).votes;
    const [forA, forB] = ({ a: ["won", "lost"], b: ["lost", "won"], tie: ["tied", "tied"], both_bad: ["bothBad", "bothBad"] } as const)[vote.choice];
    a[forA] += 1;
    b[forB] += 1;
  }
  return result;
}
