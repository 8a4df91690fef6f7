import type { LeaderboardJson } from "@/lib/api-client/leaderboard";
import { record } from "./leaderboard-notes";
import { Table, TableHeader, TableBody, TableRow, TableHead, TableCell } from "../ui/table";

/** The ranking: rating, interval and votes per variant, a bar of the interval, and (when asked)
 * the length-controlled rating and its interval beside the plain one. */
export function LeaderboardTable({ data }: { data: LeaderboardJson }) {
  const controlled = data.lengthControl !== null;
  const ends = data.variants.flatMap((variant) => [variant.low, variant.high, ...(variant.lengthControlled ? [variant.lengthControlled.low, variant.lengthControlled.high] : [])]);
  const min = Math.min(...ends);
  const max = Math.max(...ends);
  const x = (value: number) => `${((value - min) / Math.max(1, max - min)) * 100}%`;
  const grouped = data.groups.length > 1;
  return (
    <Table className="min-w-[36rem] text-left" data-testid="leaderboard-table">
      <TableHeader>
        <TableRow>
          {grouped && <TableHead>Group</TableHead>}
          <TableHead>#</TableHead>
          <TableHead>Variant</TableHead>
          <TableHead>Rating</TableHead>
          <TableHead>95% interval</TableHead>
          {controlled && <TableHead>Length-controlled</TableHead>}
          <TableHead>Votes</TableHead>
          <TableHead className="w-1/4 min-w-32" />
        </TableRow>
      </TableHeader>
      <TableBody>
        {data.variants.map((variant, index) => (
          <TableRow key={variant.id}>
            {grouped && <TableCell className="py-2 tabular-nums">{variant.group + 1}</TableCell>}
            <TableCell className="py-2 tabular-nums">{data.variants.slice(0, index).filter((other) => other.group === variant.group).length + 1}</TableCell>
            <TableCell className="py-2 font-medium">
              {variant.name} <span className="text-xs font-normal text-muted-foreground">{variant.model}{variant.simulated && !variant.model.includes("simulated") ? " · simulated" : ""}</span>
              {variant.flag !== null && <span className="ml-2 rounded bg-amber-100 dark:bg-amber-500/15 px-1.5 text-xs font-normal text-amber-800 dark:text-amber-300">{variant.flag === "no-losses" ? "no losses yet" : "no wins yet"}</span>}
            </TableCell>
            <TableCell className="py-2 tabular-nums">{Math.round(variant.rating)}</TableCell>
            <TableCell className="py-2 text-muted-foreground tabular-nums">
              {Math.round(variant.low)} – {Math.round(variant.high)}
            </TableCell>
            {controlled && (
              <TableCell className="py-2 tabular-nums" data-testid="length-controlled">
                {variant.lengthControlled ? (
                  <>
                    {Math.round(variant.lengthControlled.rating)}{" "}
                    <span className="text-muted-foreground">
                      ({Math.round(variant.lengthControlled.low)} – {Math.round(variant.lengthControlled.high)})
                    </span>
                  </>
                ) : (
                  "—"
                )}
              </TableCell>
            )}
            <TableCell className="py-2 text-muted-foreground tabular-nums" title={record(variant)}>
              {variant.votes}
            </TableCell>
            <TableCell className="py-2">
              <div className="relative h-3 rounded bg-muted" aria-hidden>
                <div className="absolute top-0 h-3 rounded bg-primary/25" style={{ left: x(variant.low), width: `calc(${x(variant.high)} - ${x(variant.low)})` }} />
                <div className="absolute top-0 h-3 w-0.5 bg-primary" style={{ left: x(variant.rating) }} />
                {variant.lengthControlled && <div className="absolute top-0 h-3 w-0.5 bg-amber-600" style={{ left: x(variant.lengthControlled.rating) }} />}
              </div>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
