import { describe, expect, it } from "vitest";
import { summaryTable } from "../cli/run-report";
import { wilsonInterval } from "../stats/proportions";
import type { RunSummary, VariantStats } from "./summary";
import { SUMMARY_COLUMNS, summaryCsvHeaders, summaryCsvRows, summaryRows } from "./summary-columns";

const stats = (variantId: string, concurrency: number | null): VariantStats => ({
  variantId,
  concurrency,
  items: 200,
  finished: 200,
  done: 197,
  errors: 3,
  passed: 184,
  attempts: 203,
  passRate: 184 / 200,
  errorRate: 3 / 200,
  passRateCi95: wilsonInterval(184, 200),
  errorRateCi95: wilsonInterval(3, 200),
  ttft: { p50: 100, p95: 200.4, p99: 250 },
  total: { p50: 800, p95: 1200, p99: 1500 },
  inputTokens: 12345,
  outputTokens: 678,
  costUsd: "0.50000000",
  costPerUsefulAnswerUsd: "0.00271739",
  throughputPerSecond: 2,
});
const run = { kind: "replay" as const, variants: [{ id: "a", name: "alpha", revision: 1, model: "", provider: "", simulated: false }] };
const summary: RunSummary = { variants: [stats("a", null)], levels: [stats("a", 4)], errorKinds: [], histogram: { edges: [], counts: [] }, baseline: null };

describe("the run summary's columns", () => {
  it("are the CLI table's header and cells, in order", () => {
    const [header, rule, row] = summaryTable(run, summary).split("\n");
    const cells = (line: string) => line.trim().split(/ {2,}/);
    expect(cells(header!)).toEqual(SUMMARY_COLUMNS.map((column) => column.label));
    expect(rule).toMatch(/^─+( {2}─+)+$/);
    const [only] = summaryRows(run, summary, false);
    expect(cells(row!)).toEqual(SUMMARY_COLUMNS.map((column) => column.format(only!)));
  });

  it("read as the page reads them: rounded ms, USD, counts, and the pass rate with its interval", () => {
    const [row] = summaryRows(run, summary, false);
    const cell = (key: string) => SUMMARY_COLUMNS.find((column) => column.key === key)!.format(row!);
    // 184 of 200 pass: Wilson 0.8740 to 0.9502 (worked out in lib/format/figures.test.ts).
    expect(cell("pass_rate")).toBe("92 % (87–95 %, n = 200)");
    expect(cell("ttft")).toBe("100 ms / 200 ms / 250 ms");
    expect(cell("total")).toBe("800 ms / 1.20 s / 1.50 s");
    expect(cell("tokens")).toBe("12,345 / 678");
    // 0.5 / 184 = 0.0027174: below a cent, five places.
    expect([cell("cost"), cell("cost_per_useful_answer")]).toEqual(["$0.5000", "$0.00272"]);
  });

  it("give the CSV its headers, each column's raw figures in the same order", () => {
    const [header, row] = summaryCsvRows(summaryRows(run, summary, true));
    expect(header).toEqual(summaryCsvHeaders());
    expect(header).toEqual(SUMMARY_COLUMNS.flatMap((column) => column.csv.map((cell) => cell.header)));
    const cell = (name: string) => row![header!.indexOf(name)];
    expect([cell("variant"), cell("concurrency"), cell("ttft_p95_ms"), cell("cost_per_useful_answer_usd"), cell("pass_rate_ci_low")]).toEqual(["alpha", 4, 200.4, "0.00271739", wilsonInterval(184, 200)[0]]);
  });

  it("name load runs' rows by variant and concurrency level", () => {
    const lines = summaryTable({ ...run, kind: "load" }, summary).split("\n");
    expect(lines[2]).toMatch(/^alpha @4 +197\/200 /);
  });
});
