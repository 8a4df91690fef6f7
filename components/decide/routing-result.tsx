"use client";

import { formatRateWithInterval } from "@/lib/format/figures";
import { formatUsd } from "@/lib/format/money";
import { Badge } from "../ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "../ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "../ui/table";
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
      <TableCell>{formatRateWithInterval(arm.passRate, arm.intervals.passRate, cases)}</TableCell>
      <TableCell>{formatRateWithInterval(arm.errorRate, arm.intervals.errorRate)}</TableCell>
      <TableCell>
        {formatUsd(arm.costPerUsefulAnswerUsd)}
        {range(arm.intervals.costPerUsefulAnswerUsd, formatUsd)}
      </TableCell>
      <TableCell>
        {ms(arm.latencyP50Ms)}
        {range(arm.intervals.latencyP50Ms, ms)}
      </TableCell>
      <TableCell>
        {ms(arm.latencyP95Ms)}
        {range(arm.intervals.latencyP95Ms, ms)}
      </TableCell>
      <TableCell>{arm.callsPerCase === null ? "—" : arm.callsPerCase.toFixed(2)}</TableCell>
      <TableCell>
        {versus.difference === null ? "—" : `${points(versus.difference)} pts`}
        {range(versus.ci95, points)}
      </TableCell>
    </>
  );
}

/** The policy against each single variant and the best single one, over the same cases. */
export function RoutingResult({ projection }: { projection: RoutingProjectionData }) {
  return (
    <Card data-testid="routing-result">
      <CardHeader>
        <CardTitle className="text-sm">Projection</CardTitle>
        <CardDescription>{projection.policy.description}</CardDescription>
      </CardHeader>
      <CardContent className="space-y-3 pt-3">
        <p className="text-sm text-foreground" data-testid="routing-sentence">
          {projection.sentence}
        </p>
        <Table data-testid="routing-table" className="tabular-nums [&_td]:whitespace-nowrap">
          <TableHeader>
            <TableRow>
              <TableHead>
                <span className="sr-only">Policy or variant</span>
              </TableHead>
              <TableHead>Pass rate (95 % CI)</TableHead>
              <TableHead>Error rate</TableHead>
              <TableHead>Per useful answer</TableHead>
              <TableHead>p50 latency</TableHead>
              <TableHead>p95 latency</TableHead>
              <TableHead>Calls per case</TableHead>
              <TableHead>Pass vs best single</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            <TableRow className="bg-accent/60 font-medium hover:bg-accent/60" data-testid="routing-row-policy">
              <th scope="row" className="px-4 py-3 text-left font-semibold">
                Policy
              </th>
              <Cells arm={projection.result} cases={projection.cases} />
            </TableRow>
            {projection.variants.map((variant) => (
              <TableRow key={variant.id} data-testid={`routing-row-${variant.name}`}>
                <th scope="row" className="px-4 py-3 text-left font-normal">
                  <span className="flex flex-wrap items-center gap-2">
                    {variant.name}
                    {variant.id === projection.bestVariantId && <Badge variant="success">best single</Badge>}
                  </span>
                </th>
                <Cells arm={variant} cases={projection.cases} />
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <p className="text-xs text-muted-foreground">
          From the run&apos;s stored answers (repetition 0), no new calls: {projection.cases} cases every variant answered
          {projection.casesLeftOut > 0 ? `, ${projection.casesLeftOut} left out` : ""}. A cascade or fallback adds up the cost of every call it makes and waits for them
          one after another. Latency percentiles are over cases whose final answer arrived. Intervals: Wilson for pass and error rates; the others a percentile
          bootstrap over cases ({projection.resamples.toLocaleString("en")} resamples, seed {projection.seed}), the same resampled cases for the policy and every variant.
        </p>
      </CardContent>
    </Card>
  );
}
