import type { LeaderboardJson } from "@/lib/api-client/leaderboard";

/** What the numbers can and cannot say, in sentences: groups that votes never connected, ratings
 * that rest on one-sided records, and which neighbours are told apart. */
export function LeaderboardNotes({ data }: { data: LeaderboardJson }) {
  const name = (id: string) => data.variants.find((variant) => variant.id === id)?.name ?? id.slice(0, 8);
  const flagged = data.variants.filter((variant) => variant.flag !== null);
  const unresolved = data.separation.filter((item) => item.overlapping);
  return (
    <div className="space-y-2 text-sm">
      {data.groups.length > 1 && (
        <p className="text-amber-800 dark:text-amber-300" data-testid="vote-groups">
          These votes fall into {data.groups.length} groups that were never compared with each other, so a rating only ranks a variant within its group:{" "}
          {data.groups.map((group) => `group ${group.group + 1} — ${group.variants.map(name).join(", ")} (${group.votes} votes)`).join("; ")}. Votes between groups would put them on one scale.
        </p>
      )}
      {flagged.length > 0 && (
        <ul className="space-y-1 text-foreground/80" data-testid="record-flags">
          {flagged.map((variant) => (
            <li key={variant.id}>
              {variant.name} has {variant.flag === "no-losses" ? "not lost" : "not won"} a vote yet ({record(variant)}): only the prior keeps its rating finite, so the rating is a cautious guess that
              will move as votes come in.
            </li>
          ))}
        </ul>
      )}
      {unresolved.length > 0 && (
        <ul className="space-y-1 text-amber-800 dark:text-amber-300" data-testid="separation">
          {unresolved.map((item) => (
            <li key={`${item.above}-${item.below}`}>
              {name(item.above)} and {name(item.below)} are not separated yet
              {item.effectivelyTied
                ? ` and are effectively tied: telling them apart would take more than ten times the ${data.groups[item.group]?.votes ?? 0} votes cast on them and their group so far.`
                : item.votesNeeded !== null
                  ? ` — about ${item.votesNeeded} votes between them would tell them apart 8 times in 10 if the gap is real (they have ${item.headToHead}).`
                  : "."}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function record(variant: { wins: number; losses: number; ties: number }): string {
  const parts = [`${variant.wins} won`, `${variant.losses} lost`, ...(variant.ties > 0 ? [`${variant.ties} tied`] : [])];
  return parts.join(", ");
}
