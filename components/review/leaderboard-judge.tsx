import type { LeaderboardJson } from "@/lib/api-client/leaderboard";
import { MIN_SHARED_PAIRS } from "@/lib/review/judge-agreement";

type Panel = NonNullable<LeaderboardJson["judge"]>["panels"][number];

const percent = (value: number) => `${Math.round(value * 100)}%`;
const alphaText = (level: { alpha: number | null; low: number | null; high: number | null }) =>
  level.alpha === null ? "— (no variation to measure)" : `${level.alpha.toFixed(2)}${level.low !== null && level.high !== null ? ` (95% CI ${level.low.toFixed(2)} – ${level.high.toFixed(2)})` : ""}`;

/** How far each judge's verdicts can be trusted: position consistency, and agreement with the
 * human reviewers on the pairs both judged — withheld under MIN_SHARED_PAIRS shared pairs. */
export function LeaderboardJudge({ judge }: { judge: NonNullable<LeaderboardJson["judge"]> }) {
  if (judge.panels.length === 0) return <p className="text-sm text-muted-foreground">No judge verdicts in this scope yet.</p>;
  return (
    <section className="space-y-3" data-testid="judge-panels">
      <h2 className="text-sm font-semibold">The judge</h2>
      {judge.panels.map((panel) => (
        <JudgePanel key={panel.judgingId} panel={panel} />
      ))}
    </section>
  );
}

function JudgePanel({ panel }: { panel: Panel }) {
  const { consistency, agreement } = panel;
  return (
    <div className="rounded-lg bg-card p-3 text-sm ring-1 ring-border" data-testid="judge-panel">
      <p className="font-medium">
        {panel.judge}{" "}
        <span className="font-normal text-muted-foreground">
          — “{panel.rubric}”{panel.run ? ` · run ${panel.run}` : ""} · {panel.verdicts} verdicts
        </span>
      </p>
      <p className="mt-1 text-foreground/80" data-testid="judge-consistency">
        Position consistency:{" "}
        {consistency.share === null
          ? "no pair was answered in both orders yet."
          : `${percent(consistency.share)} of ${consistency.n} pairs kept their verdict when the answers swapped sides (95% CI ${percent(consistency.low)} – ${percent(consistency.high)}). Verdicts that flipped count as ties.`}
      </p>
      <p className="mt-1 text-foreground/80" data-testid="judge-agreement">
        Agreement with human reviewers on {agreement.sharedPairs} shared pairs:{" "}
        {agreement.tooFew ? (
          <span className="text-amber-800 dark:text-amber-300">too few shared pairs to say (at least {MIN_SHARED_PAIRS} are needed).</span>
        ) : (
          <>
            {agreement.raw.share === null
              ? "no pair has a human majority"
              : `the judge chose as the human majority did on ${percent(agreement.raw.share)} of ${agreement.raw.n} pairs (95% CI ${percent(agreement.raw.low)} – ${percent(agreement.raw.high)})`}
            {agreement.raw.split > 0 ? ` — ${agreement.raw.split} with split human votes left out` : ""}; Krippendorff’s α with the judge as one more reviewer: nominal {alphaText(agreement.nominal)}, ordinal (A &lt; tie &lt; B){" "}
            {alphaText(agreement.ordinal)}.
          </>
        )}
      </p>
    </div>
  );
}
