// The review queue: the next blind pair for a reviewer (which pairs qualify: queue-candidates.ts).
// It asks about the two variants whose next vote should shrink the leaderboard's uncertainty most
// (queue-priority.ts), serves one of their pairs with the sides shuffled, and records when it was
// served (the time per vote). Gold pairs the reviewer has not judged are mixed in unannounced,
// about one pair in ten: nothing in the answer differs for them.
import "server-only";
import { z } from "zod";
import { db } from "../db/client";
import type { ReviewPair } from "./api-schemas";
import { leaderboard, type Leaderboard } from "./leaderboard";
import { oneCandidate, openVariantPairs, type CandidatePair, type QueueFilter } from "./queue-candidates";
import { pickVariantPair, rankVariantPairs } from "./queue-priority";
import { forgetTotals } from "./queue-totals";

export const nextQuerySchema = z.object({
  skip: z.string().max(10_000).optional(),
  runId: z.uuid().optional(),
  datasetId: z.uuid().optional(),
  gold: z.enum(["true", "false"]).optional(),
});

export const GOLD_SHARE = 0.1;
/** Enough to order the board for the queue. */
const QUEUE_BOARD_RESAMPLES = 200;
/** The leaderboard is refitted after every vote (a few hundred ms at thousands of votes); one vote
 * barely moves which neighbours overlap, so the queue reuses a board for up to a minute. */
const QUEUE_BOARD_TTL_MS = 60_000;
const holder = globalThis as unknown as { juxtaQueueBoards?: Map<string, { at: number; board: Promise<Leaderboard> }> };
const queueBoards = (holder.juxtaQueueBoards ??= new Map());

function queueBoard(filter: QueueFilter): Promise<Leaderboard> {
  const scope = { runId: filter.runId, datasetId: filter.datasetId };
  const key = JSON.stringify(scope);
  const kept = queueBoards.get(key);
  if (kept && Date.now() - kept.at < QUEUE_BOARD_TTL_MS) return kept.board;
  const board = leaderboard({ ...scope, resamples: QUEUE_BOARD_RESAMPLES });
  // A failed fit is not kept: the next request tries again.
  board.catch(() => queueBoards.delete(key));
  queueBoards.set(key, { at: Date.now(), board });
  // Per run or dataset asked about; old entries go so the map stays small.
  for (const [other, entry] of queueBoards) if (Date.now() - entry.at >= QUEUE_BOARD_TTL_MS) queueBoards.delete(other);
  return board;
}


export interface NextOptions extends QueueFilter {
  /** Uniform in [0, 1): gold draws, ties and sides. Tests pass a seeded one. */
  random?: () => number;
}

export async function nextPair(reviewerId: string, options: NextOptions = {}): Promise<ReviewPair | null> {
  const { random = Math.random, ...filter } = options;
  const open = await openVariantPairs(reviewerId, filter);
  const remaining = open.reduce((sum, pair) => sum + pair.open, 0);
  if (remaining === 0) return null;

  // The draw is made for every request, gold pairs left or not, so how often it happens says nothing.
  const goldDraw = random() < GOLD_SHARE;
  let pick: CandidatePair | null = goldDraw && !filter.gold ? await oneCandidate(reviewerId, { ...filter, gold: true }) : null;
  if (!pick && filter.gold) pick = await oneCandidate(reviewerId, filter);
  if (!pick) {
    const board = await queueBoard(filter);
    const variants = pickVariantPair(rankVariantPairs(open, board), random)!;
    pick = await oneCandidate(reviewerId, filter, variants);
    // The kept count said there were pairs and there were none: answers went in a way its
    // fingerprint does not see. Counted afresh on the next request.
    if (!pick) forgetTotals(filter);
  }
  // Counted a moment ago; a vote from another tab can take the last pair in between.
  if (!pick) return null;
  return serve(reviewerId, pick, remaining, random);
}

async function serve(reviewerId: string, pick: CandidatePair, remaining: number, random: () => number): Promise<ReviewPair> {
  const pair = { reviewerId, completionAId: pick.aId, completionBId: pick.bId };
  const servedAt = new Date();
  await db().reviewAssignment.upsert({ where: { reviewerId_completionAId_completionBId: pair }, create: { ...pair, servedAt }, update: { servedAt } });
  const completions = await db().completion.findMany({ where: { id: { in: [pick.aId, pick.bId] } }, select: { id: true, text: true, request: true, turn: { select: { content: true } } } });
  const [first, second] = random() < 0.5 ? [pick.aId, pick.bId] : [pick.bId, pick.aId];
  const find = (id: string) => completions.find((completion) => completion.id === id)!;
  return {
    left: { completionId: first, text: find(first).text },
    right: { completionId: second, text: find(second).text },
    prompt: find(first).turn?.content ?? lastUserMessage(find(first).request),
    remaining,
  };
}

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
