// The bench's rows and table. A row is one measure of a scenario against its target.
import { percentile } from "../lib/stats/percentile";

export interface Row {
  scenario: string;
  measure: string;
  value: string;
  target: string;
  met: boolean | null;
}

export type Raw = Record<string, unknown>;

export function markdownTable(rows: Row[]): string {
  return [
    "| Scenario | Measure | Value | Target | Met |",
    "| --- | --- | --- | --- | --- |",
    ...rows.map((row) => `| ${row.scenario} | ${row.measure} | ${row.value} | ${row.target} | ${row.met === null ? "—" : row.met ? "yes" : "no"} |`),
  ].join("\n");
}

/** The median of `times` calls after one warm call (plans cached, pool connected). */
export async function medianMs(run: () => Promise<unknown>, times = 5): Promise<number> {
  await run();
  const samples: number[] = [];
  for (let k = 0; k < times; k++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return percentile(samples, 0.5)!;
}

export async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await run();
  return { value, ms: performance.now() - started };
}
