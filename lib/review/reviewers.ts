// The admin's view of the reviewers: each one's quality figures (computed by the pure
// reviewer-quality.ts on the rows loaded here) beside their exclusion state and history.
import "server-only";
import { db } from "../db/client";
import { exclusionHistory } from "./exclusions";
import { reviewerQuality, type ReviewerQuality } from "./reviewer-quality";

export async function reviewerReport() {
  const [votes, gold, exclusions] = await Promise.all([
    db().vote.findMany({ select: { reviewerId: true, completionAId: true, completionBId: true, choice: true, shownLeftId: true, elapsedMs: true } }),
    db().goldPair.findMany({ select: { completionAId: true, completionBId: true, expected: true } }),
    exclusionHistory(),
  ]);
  const quality = new Map(reviewerQuality(votes, gold).map((row) => [row.reviewerId, row]));
  // Everyone who can vote is listed, voted or not, and anyone with votes or an exclusion on record
  // even if their role changed since.
  const users = await db().user.findMany({
    where: { OR: [{ role: "reviewer" }, { id: { in: [...quality.keys(), ...exclusions.map((row) => row.reviewerId)] } }] },
    select: { id: true, name: true, email: true, role: true, deactivatedAt: true },
    orderBy: { name: "asc" },
  });
  return users.map((user) => {
    const history = exclusions.filter((row) => row.reviewerId === user.id);
    return {
      ...user,
      quality: quality.get(user.id) ?? emptyQuality(user.id),
      excluded: history.find((row) => row.endedAt === null) ?? null,
      history,
    };
  });
}

function emptyQuality(reviewerId: string): ReviewerQuality {
  return {
    reviewerId,
    votes: 0,
    agreement: { count: 0, n: 0, rate: null, ci95: [0, 1] },
    leftWins: { count: 0, n: 0, rate: null, ci95: [0, 1], pValue: null },
    time: { timedVotes: 0, medianMs: null, tooFast: false },
    gold: { count: 0, n: 0, rate: null, ci95: [0, 1] },
    flags: [],
  };
}
