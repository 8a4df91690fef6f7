// The review queue: the next blind pair for a reviewer. Pairs are two answers to the same input
// from different variants, both complete, that this reviewer has not judged: the latest answers of
// two columns of a compare turn, or two variants' answers to the same case and repetition of a
// replay run. They are spread evenly over variant pairs (the least-voted variant pair first) and
// sides are shuffled.
import { db } from "../db/client";

interface Candidate {
  aId: string;
  bId: string;
  va: string;
  vb: string;
}

export interface ReviewPair {
  /** Shown as "A" and "B"; which variant is which is not said until after the vote. */
  left: { completionId: string; text: string };
  right: { completionId: string; text: string };
  prompt: string;
  /** How many pairs this reviewer has left. */
  remaining: number;
}

export async function nextPair(reviewerId: string, skip: string[] = []): Promise<ReviewPair | null> {
  const candidates = await db().$queryRaw<Candidate[]>`
    SELECT a.id AS "aId", b.id AS "bId", a."variantId" AS va, b."variantId" AS vb
    FROM "Completion" a
    JOIN "Completion" b ON b."turnId" = a."turnId" AND a.id < b.id AND b."columnId" <> a."columnId" AND b."variantId" <> a."variantId"
    WHERE a."turnId" IS NOT NULL AND a.status = 'done' AND b.status = 'done'
      AND NOT EXISTS (SELECT 1 FROM "Completion" n WHERE n."turnId" = a."turnId" AND n."columnId" = a."columnId" AND n."createdAt" > a."createdAt")
      AND NOT EXISTS (SELECT 1 FROM "Completion" n WHERE n."turnId" = b."turnId" AND n."columnId" = b."columnId" AND n."createdAt" > b."createdAt")
      AND NOT EXISTS (SELECT 1 FROM "Vote" v WHERE v."completionAId" = a.id AND v."completionBId" = b.id AND v."reviewerId" = ${reviewerId}::uuid)
    UNION ALL
    SELECT a.id, b.id, a."variantId", b."variantId"
    FROM "RunItem" ia
    JOIN "RunItem" ib ON ib."runId" = ia."runId" AND ib."caseKey" = ia."caseKey" AND ib.repetition = ia.repetition AND ib."variantId" <> ia."variantId"
    JOIN "Completion" a ON a.id = ia."completionId"
    JOIN "Completion" b ON b.id = ib."completionId"
    WHERE ia."testCaseId" IS NOT NULL AND a.id < b.id AND a.status = 'done' AND b.status = 'done'
      AND NOT EXISTS (SELECT 1 FROM "Vote" v WHERE v."completionAId" = a.id AND v."completionBId" = b.id AND v."reviewerId" = ${reviewerId}::uuid)`;
  const open = candidates.filter((candidate) => !skip.includes(`${candidate.aId}|${candidate.bId}`));
  if (open.length === 0) return null;

  // Votes so far per variant pair, so the queue fills the thinnest comparisons first.
  const counts = await db().$queryRaw<{ va: string; vb: string; n: bigint }[]>`
    SELECT LEAST(a."variantId", b."variantId") AS va, GREATEST(a."variantId", b."variantId") AS vb, COUNT(*) AS n
    FROM "Vote" v JOIN "Completion" a ON a.id = v."completionAId" JOIN "Completion" b ON b.id = v."completionBId"
    GROUP BY 1, 2`;
  const key = (x: string, y: string) => (x < y ? `${x}|${y}` : `${y}|${x}`);
  const votesFor = new Map(counts.map((row) => [key(row.va, row.vb), Number(row.n)]));
  const fewest = Math.min(...open.map((candidate) => votesFor.get(key(candidate.va, candidate.vb)) ?? 0));
  const thinnest = open.filter((candidate) => (votesFor.get(key(candidate.va, candidate.vb)) ?? 0) === fewest);
  const pick = thinnest[Math.floor(Math.random() * thinnest.length)]!;

  const completions = await db().completion.findMany({ where: { id: { in: [pick.aId, pick.bId] } }, select: { id: true, text: true, request: true, turn: { select: { content: true } } } });
  const [first, second] = Math.random() < 0.5 ? [pick.aId, pick.bId] : [pick.bId, pick.aId];
  const find = (id: string) => completions.find((completion) => completion.id === id)!;
  return {
    left: { completionId: first, text: find(first).text },
    right: { completionId: second, text: find(second).text },
    prompt: find(first).turn?.content ?? lastUserMessage(find(first).request),
    remaining: open.length,
  };
}

/** After a vote: who was who. */
/** The variants behind a pair, told after a vote — except for answers of a blind Compare session
 * whose names are not revealed yet: a vote cast there must not unblind the session (null). */
export async function revealPair(leftId: string, rightId: string): Promise<{ left: string; right: string } | null> {
  const rows = await db().completion.findMany({
    where: { id: { in: [leftId, rightId] } },
    select: { id: true, variant: { select: { name: true } }, turn: { select: { session: { select: { blind: true, revealedAt: true } } } } },
  });
  if (rows.some((row) => row.turn?.session.blind && row.turn.session.revealedAt === null)) return null;
  const name = (id: string) => rows.find((row) => row.id === id)?.variant.name ?? "?";
  return { left: name(leftId), right: name(rightId) };
}

/** A run answer's input: the last user message of the request it was sent. */
function lastUserMessage(request: unknown): string {
  const messages = (request as { messages?: Array<{ role: string; content: string }> } | null)?.messages ?? [];
  return messages.findLast((message) => message.role === "user")?.content ?? "";
}
