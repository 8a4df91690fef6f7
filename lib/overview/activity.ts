// The home page's "recent activity": the latest compare sessions, runs and review votes of the
// whole workspace, newest first, each with who did it and where it opens.
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

const VOTE_WORDS = { a: "picked A", b: "picked B", tie: "called a tie", both_bad: "found both bad" } as const;

/** Interleaves the per-kind lists (each already newest first) into one, newest first; at the same
 * instant the order of `lists` decides, so the result does not depend on sort stability. */
export function mergeActivity(lists: ActivityItem[][], limit: number): ActivityItem[] {
  return lists
    .flatMap((list, listIndex) => list.map((item) => ({ item, listIndex })))
    .sort((x, y) => y.item.at.localeCompare(x.item.at) || x.listIndex - y.listIndex)
    .slice(0, limit)
    .map(({ item }) => item);
}

/** One small query per kind, `limit` rows each at most, merged. */
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
    db().vote.findMany({ orderBy: { createdAt: "desc" }, take: limit, select: { id: true, choice: true, blind: true, createdAt: true, reviewer: { select: { name: true } } } }),
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
      votes.map((vote) => ({
        kind: "vote" as const,
        id: vote.id,
        title: `Vote: ${VOTE_WORDS[vote.choice]}`,
        detail: vote.blind ? "blind pair" : "named pair",
        href: "/leaderboard",
        actor: vote.reviewer.name,
        at: vote.createdAt.toISOString(),
      })),
    ],
    limit,
  );
}
