import { describe, expect, it } from "vitest";
import { controlChart } from "./prepare-control-chart";

const variant = "v1";
const entry = (id: string, value: number, options: { baseline?: boolean; drift?: boolean; band?: [number, number] } = {}) => ({
  id,
  runId: `run-${id}`,
  scheduledFor: `2026-06-0${id}T06:00:00.000Z`,
  isBaseline: options.baseline ?? false,
  metrics: {
    baselineRunId: "run-1",
    variants: {
      [variant]: {
        figures: { pass_rate: { value, ci95: options.band ?? null } },
        baseline: options.baseline ? null : { pass_rate: { value: 0.9, ci95: [0.8, 0.96] as [number, number] } },
      },
    },
  },
  drift: (options.drift ? { [variant]: [{ metric: "pass_rate" as const }] } : {}) as Record<string, Array<{ metric: "pass_rate" }>>,
});

describe("controlChart", () => {
  it("puts each evaluated run on the chart, marks drift and takes the baseline's band", () => {
    const chart = controlChart([entry("1", 0.9, { baseline: true, band: [0.8, 0.96] }), entry("2", 0.88), entry("3", 0.55, { drift: true })], variant, "pass_rate");
    expect(chart.points).toEqual([
      { watchRunId: "1", runId: "run-1", label: "06-01 06:00", value: 0.9, drift: false, baseline: true },
      { watchRunId: "2", runId: "run-2", label: "06-02 06:00", value: 0.88, drift: false, baseline: false },
      { watchRunId: "3", runId: "run-3", label: "06-03 06:00", value: 0.55, drift: true, baseline: false },
    ]);
    expect(chart.band).toEqual({ low: 0.8, high: 0.96, value: 0.9 });
    expect(chart.baselineRunId).toBe("run-1");
  });

  it("skips runs not evaluated yet and has no band before a baseline", () => {
    const chart = controlChart([{ ...entry("1", 0), metrics: null }], variant, "pass_rate");
    expect(chart).toEqual({ points: [], band: null, baselineRunId: null });
  });
});
