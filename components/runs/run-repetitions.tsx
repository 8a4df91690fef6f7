"use client";

import { formatRateWithInterval } from "@/lib/format/figures";
import { useRunRepetitions, type RunRepetitionsData } from "./use-run-repetitions";
import { Table, TableHeader, TableBody, TableRow, TableHead, TableCell } from "../ui/table";

type Share = RunRepetitionsData["variants"][number]["passAtK"];
type Spread = RunRepetitionsData["cases"][number]["totalMs"];

const share = (figure: Share) => formatRateWithInterval(figure.rate, figure.ci95);
const range = (spread: Spread, unit: string) => (spread ? `${Math.round(spread.min)}–${Math.round(spread.max)}${unit} (IQR ${Math.round(spread.q1)}–${Math.round(spread.q3)})` : "—");

/** What repeating each case shows, for runs with more than one repetition: per variant how often a
 * case passes at least once (pass@k) or every time (pass^k) and how many cases are flaky, then the
 * flakiest cases. */
export function RunRepetitions({ runId, finished }: { runId: string; finished: boolean }) {
  const repetitions = useRunRepetitions(runId, finished);
  if (!finished || repetitions.isPending) return null;
  if (repetitions.isError) return <p className="text-sm text-red-700 dark:text-red-300">{repetitions.error.message}</p>;
  const data = repetitions.data;
  if (data.repetitions < 2 || data.variants.length === 0) return null;
  const k = data.repetitions;
  const flaky = data.cases.filter((entry) => entry.flaky || entry.distinctAnswers > 1);
  return (
    <section className="space-y-3 rounded-lg bg-card p-4 ring-1 ring-border" data-testid="run-repetitions">
      <h2 className="text-sm font-semibold">
        Repetitions <span className="font-normal text-muted-foreground">— each case run {k} times; shares over cases with 95 % intervals</span>
      </h2>
      <Table className="text-right tabular-nums [&_th]:text-right">
        <TableHeader>
          <TableRow>
            <TableHead className="text-left!">Variant</TableHead>
            <TableHead title={`At least one of the ${k} repetitions passed`}>
              pass@{k}
            </TableHead>
            <TableHead title={`All ${k} repetitions passed`}>
              pass^{k}
            </TableHead>
            <TableHead title="The repetitions disagree on pass/fail">
              Flaky cases
            </TableHead>
            <TableHead title="More than one answer text among the repetitions">
              Answers change
            </TableHead>
            <TableHead>Cases</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {data.variants.map((variant) => (
            <TableRow key={variant.variantId}>
              <TableCell className="py-2 text-left font-medium">{variant.name}</TableCell>
              <TableCell className="py-2">{share(variant.passAtK)}</TableCell>
              <TableCell className="py-2">{share(variant.passHatK)}</TableCell>
              <TableCell className="py-2">
                {variant.flaky.count} · {share(variant.flaky)}
              </TableCell>
              <TableCell className="py-2">{variant.changingAnswers.count}</TableCell>
              <TableCell className="py-2">
                {variant.cases}
                {variant.incompleteCases > 0 && <span className="text-xs text-muted-foreground" title="Cases with unfinished repetitions are left out"> (+{variant.incompleteCases} incomplete)</span>}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {flaky.length > 0 ? (
        <div className="space-y-1">
          <h3 className="text-xs font-semibold text-muted-foreground">Flakiest cases</h3>
          <ul className="divide-y divide-border text-sm" data-testid="flaky-cases">
            {flaky.map((entry) => (
              <li key={`${entry.caseKey}-${entry.variantId}`} className="flex flex-wrap items-baseline gap-x-4 py-1">
                <span className="min-w-0 flex-1 truncate" title={entry.label}>
                  {entry.position !== null && <span className="text-muted-foreground">#{entry.position + 1} </span>}
                  {entry.label}
                </span>
                <span className="text-foreground/80">{entry.variantName}</span>
                <span className={entry.flaky ? "font-medium text-amber-800 dark:text-amber-300" : "text-muted-foreground"}>
                  passed {entry.passes} of {entry.k}
                </span>
                <span className="text-xs text-muted-foreground">
                  {entry.distinctAnswers} {entry.distinctAnswers === 1 ? "answer" : "different answers"} · {range(entry.totalMs, " ms")} · {range(entry.outputTokens, " tokens")}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="text-sm text-muted-foreground">No case changed between repetitions: every case passed or failed every time, with the same answer.</p>
      )}
    </section>
  );
}
