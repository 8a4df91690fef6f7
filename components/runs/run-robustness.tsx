"use client";

import { formatPercent } from "@/lib/format/figures";
import { formatP } from "@/lib/evidence/sentences";
import { useRunRobustness } from "./use-run-robustness";
import { Table, TableHeader, TableBody, TableRow, TableHead, TableCell } from "../ui/table";

const points = (value: number | null) => (value === null ? "—" : `${(value * 100).toFixed(1)}`);

/** On a run of a noisy dataset: how much each kind of noise costs each variant in pass rate,
 * paired clean case against its noisy version. Shown only when the run has such pairs. */
export function RunRobustness({ runId, finished }: { runId: string; finished: boolean }) {
  const robustness = useRunRobustness(runId, finished);
  if (!finished || robustness.isPending) return null;
  if (robustness.isError) return <p className="text-sm text-red-700 dark:text-red-300">{robustness.error.message}</p>;
  const data = robustness.data;
  if (!data.noisy || data.drops.length === 0) return null;
  return (
    <section className="space-y-3 rounded-lg bg-card p-4 ring-1 ring-border" data-testid="run-robustness">
      <h2 className="text-sm font-semibold">
        Robustness <span className="font-normal text-muted-foreground">— pass rate on clean cases and on their noisy versions, paired</span>
      </h2>
      <Table className="text-right tabular-nums [&_th]:text-right">
        <TableHeader>
          <TableRow>
            <TableHead className="text-left!">Variant</TableHead>
            <TableHead className="text-left!">Noise</TableHead>
            <TableHead>Clean</TableHead>
            <TableHead>Noisy</TableHead>
            <TableHead title="Clean − noisy pass rate, in points, with its 95 % interval">
              Drop (95 % CI)
            </TableHead>
            <TableHead title="Pairs only the clean answer passed / only the noisy one">
              Broken / fixed
            </TableHead>
            <TableHead title="Exact McNemar test, Holm-corrected across the variant's kinds">
              p (Holm)
            </TableHead>
            <TableHead>Pairs</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {data.drops.map((drop) => (
            <TableRow key={`${drop.variantId}-${drop.kind}`} className={drop.significant ? "font-medium text-foreground" : "text-foreground/80"} data-testid="robustness-row">
              <TableCell className="py-2 text-left">{drop.variantName}</TableCell>
              <TableCell className="py-2 text-left">{drop.kind}</TableCell>
              <TableCell className="py-2">{drop.cleanPassRate === null ? "—" : formatPercent(drop.cleanPassRate)}</TableCell>
              <TableCell className="py-2">{drop.noisyPassRate === null ? "—" : formatPercent(drop.noisyPassRate)}</TableCell>
              <TableCell className="py-2">
                {points(drop.drop)}
                {drop.ci95 && <span className="text-xs text-muted-foreground"> ({points(drop.ci95[0] ?? null)} to {points(drop.ci95[1] ?? null)})</span>}
              </TableCell>
              <TableCell className="py-2">
                {drop.brokenByNoise} / {drop.fixedByNoise}
              </TableCell>
              <TableCell className="py-2">{drop.pAdjusted === null ? "—" : formatP(drop.pAdjusted)}</TableCell>
              <TableCell className="py-2">{drop.n}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <ul className="space-y-1 text-sm" data-testid="robustness-sentences">
        {data.drops
          .filter((drop) => drop.significant)
          .map((drop) => (
            <li key={`${drop.variantId}-${drop.kind}`}>● {drop.sentence}</li>
          ))}
      </ul>
      <p className="text-xs text-muted-foreground">
        Each noisy case is paired with the clean case it perturbs, for the same variant and repetition; an error counts as a fail. The drop is clean − noisy in
        points with Newcombe&apos;s paired 95 % interval; p is McNemar&apos;s exact test on the pairs where only one side passed, Holm-corrected across the kinds of
        each variant. Fewer than 30 pairs is a small sample.
      </p>
    </section>
  );
}
