"use client";

import { formatRateWithInterval } from "@/lib/format/figures";
import { formatUsd } from "@/lib/format/money";
import type { RoutingProjectionData } from "./use-routing";

type Arm = Omit<RoutingProjectionData["variants"][number], "id" | "name">;

const ms = (value: number | null) => (value === null ? "—" : `${Math.round(value)} ms`);
const range = (interval: number[] | null, format: (value: number) => string) =>
  interval ? <span className="block text-xs text-muted-foreground">{`${format(interval[0]!)} – ${format(interval[1]!)}`}</span> : null;
const points = (value: number) => `${value > 0 ? "+" : ""}${(value * 100).toFixed(1)}`;

function Cells({ arm, cases }: { arm: Arm; cases: number }) {
  const versus = arm.passRateVersusBest;
  return (
    <>
      <td className="px-3 py-2 whitespace-nowrap">{formatRateWithInterval(arm.passRate, arm.intervals.passRate, cases)}</td>
      <td className="px-3 py-2 whitespace-nowrap">{formatRateWithInterval(arm.errorRate, arm.intervals.errorRate)}</td>
      <td className="px-3 py-2 whitespace-nowrap">
        {formatUsd(arm.costPerUsefulAnswerUsd)}
        {range(arm.intervals.costPerUsefulAnswerUsd, formatUsd)}
      </td>
      <td className="px-3 py-2 whitespace-nowrap">
        {ms(arm.latencyP50Ms)}
        {range(arm.intervals.latencyP50Ms, ms)}
      </td>
      <td className="px-3 py-2 whitespace-nowrap">
        {ms(arm.latencyP95Ms)}
        {range(arm.intervals.latencyP95Ms, ms)}
      </td>
      <td className="px-3 py-2 whitespace-nowrap">{arm.callsPerCase === null ? "—" : arm.callsPerCase.toFixed(2)}</td>
      <td className="px-3 py-2 whitespace-nowrap">
        {versus.difference === null ? "—" : `${points(versus.difference)} pts`}
        {range(versus.ci95, points)}
      </td>
    </>
  );
}

/** The policy against each single variant and the best single one, over the same cases. */
export function RoutingResult({ projection }: { projection: RoutingProjectionData }) {
  return (
    <section className="space-y-3 rounded-lg bg-card p-4 ring-1 ring-border" data-testid="routing-result">
      <h2 className="text-sm font-semibold">
        Projection <span className="font-normal text-muted-foreground">— {projection.policy.description}</span>
      </h2>
      <p className="text-sm text-foreground" data-testid="routing-sentence">
        {projection.sentence}
      </p>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid="routing-table">
          <thead className="border-b border-border text-xs text-muted-foreground">
            <tr>
              <th className="px-3 py-2 font-medium" />
              <th className="px-3 py-2 font-medium">Pass rate (95 % CI)</th>
              <th className="px-3 py-2 font-medium">Error rate</th>
              <th className="px-3 py-2 font-medium">Per useful answer</th>
              <th className="px-3 py-2 font-medium">p50 latency</th>
              <th className="px-3 py-2 font-medium">p95 latency</th>
              <th className="px-3 py-2 font-medium">Calls per case</th>
              <th className="px-3 py-2 font-medium">Pass vs best single</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-border">
            <tr className="bg-accent/60 font-medium" data-testid="routing-row-policy">
              <th scope="row" className="px-3 py-2">
                Policy
              </th>
              <Cells arm={projection.result} cases={projection.cases} />
            </tr>
            {projection.variants.map((variant) => (
              <tr key={variant.id} data-testid={`routing-row-${variant.name}`}>
                <th scope="row" className="px-3 py-2 font-normal">
                  {variant.name}
                  {variant.id === projection.bestVariantId && <span className="ml-2 rounded bg-emerald-50 dark:bg-emerald-500/15 px-1.5 py-0.5 text-xs text-emerald-800 dark:text-emerald-300">best single</span>}
                </th>
                <Cells arm={variant} cases={projection.cases} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="text-xs text-muted-foreground">
        From the run&apos;s stored answers (repetition 0), no new calls: {projection.cases} cases every variant answered
        {projection.casesLeftOut > 0 ? `, ${projection.casesLeftOut} left out` : ""}. A cascade or fallback adds up the cost of every call it makes and waits for them
        one after another. Latency percentiles are over cases whose final answer arrived. Intervals: Wilson for pass and error rates; the others a percentile
        bootstrap over cases ({projection.resamples.toLocaleString("en")} resamples, seed {projection.seed}), the same resampled cases for the policy and every variant.
      </p>
    </section>
  );
}
