// The home page's "recent activity": the latest compare sessions, runs and review votes of the
// whole workspace, newest first, each with who did it and where it opens.
import "server-only";
import { db } from "../db/client";
import { plural } from "../format/plural";

export type ActivityKind = "session" | "run" | "vote";

export interface ActivityItem {
  kind: ActivityKind;
  id: string;
  title: string;
  detail: string;
  href: string;
  actor: string;
  /** ISO time, so the list crosses to client components as it is. */
  at: string;
}

type VoteChoice = "a" | "b" | "tie" | "both_bad";
const CHOICE_WORDS: Record<VoteChoice, [string, string]> = { a: ["A", "A"], b: ["B", "B"], tie: ["tie", "ties"], both_bad: ["both bad", "both bad"] };

export interface VoteRow {
  id: string;
  choice: VoteChoice;
  reviewer: string;
  /** ISO time. */
  at: string;
}

/** A reviewer's votes in a row (newest first, no one else's in between) as one entry: "Voted on
 * 12 pairs · 5 A, 4 B, 3 ties", so a review session does not push everything else off the list. */
export function groupVotes(votes: VoteRow[]): ActivityItem[] {
  const groups: VoteRow[][] = [];
  for (const vote of votes) {
    const last = groups.at(-1);
    if (last && last[0]!.reviewer === vote.reviewer) last.push(vote);
    else groups.push([vote]);
  }
  return groups.map((group) => {
    const counts = new Map<VoteChoice, number>();
    for (const vote of group) counts.set(vote.choice, (counts.get(vote.choice) ?? 0) + 1);
    const detail = (Object.keys(CHOICE_WORDS) as VoteChoice[])
      .filter((choice) => counts.has(choice))
      .map((choice) => {
        const n = counts.get(choice)!;
        return `${n} ${CHOICE_WORDS[choice][n === 1 ? 0 : 1]}`;
      })
      .join(", ");
    const newest = group[0]!;
    return { kind: "vote", id: newest.id, title: group.length === 1 ? "Voted on a pair" : `Voted on ${group.length} pairs`, detail, href: "/leaderboard", actor: newest.reviewer, at: newest.at };
  });
}

/** Interleaves the per-kind lists (each already newest first) into one, newest first; at the same
 * instant the order of `lists` decides, so the result does not depend on sort stability. */
export function mergeActivity(lists: ActivityItem[][], limit: number): ActivityItem[] {
  return lists
    .flatMap((list, listIndex) => list.map((item) => ({ item, listIndex })))
    .sort((x, y) => y.item.at.localeCompare(x.item.at) || x.listIndex - y.listIndex)
    .slice(0, limit)
    .map(({ item }) => item);
}

/** One small query per kind (votes: enough to group a review session), merged. */
export async function recentActivity(limit = 8): Promise<ActivityItem[]> {
  const [sessions, runs, votes] = await Promise.all([
    db().session.findMany({
      orderBy: { createdAt: "desc" },
      take: limit,
      select: { id: true, title: true, createdAt: true, createdBy: { select: { name: true } }, _count: { select: { turns: true, columns: true } } },
    }),
    db().run.findMany({
      orderBy: { createdAt: "desc" },
      take: limit,
      select: { id: true, name: true, kind: true, status: true, totalItems: true, createdAt: true, createdBy: { select: { name: true } } },
    }),
    db().vote.findMany({ orderBy: { createdAt: "desc" }, take: 100, select: { id: true, choice: true, createdAt: true, reviewer: { select: { name: true } } } }),
  ]);
  return mergeActivity(
    [
      sessions.map((session) => ({
        kind: "session" as const,
        id: session.id,
        title: session.title,
        detail: `${plural(session._count.columns, "variant")} · ${plural(session._count.turns, "turn")}`,
        href: `/sessions/${session.id}`,
        actor: session.createdBy.name,
        at: session.createdAt.toISOString(),
      })),
      runs.map((run) => ({
        kind: "run" as const,
        id: run.id,
        title: run.name || `${run.kind} run`,
        detail: `${run.kind} · ${run.status} · ${plural(run.totalItems, "item")}`,
        href: `/runs/${run.id}`,
        actor: run.createdBy.name,
        at: run.createdAt.toISOString(),
      })),
      groupVotes(votes.map((vote) => ({ id: vote.id, choice: vote.choice, reviewer: vote.reviewer.name, at: vote.createdAt.toISOString() }))),
    ],
    limit,
  );
}
