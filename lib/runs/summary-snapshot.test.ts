import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { RunSummary } from "./summary";
import { SUMMARY_COLUMNS } from "./summary-columns";
import { fromSnapshot, runSummarySchema, snapshotVersion, toSnapshot } from "./summary-snapshot";

const summary: RunSummary = { variants: [], levels: [], errorKinds: [{ variantId: "a", kind: "timeout", count: 2 }], histogram: { edges: [0, 10], counts: [] }, baseline: null };

describe("the summary snapshot's version", () => {
  it("is derived: the same code gives the same version", () => {
    expect(snapshotVersion()).toBe(snapshotVersion(SUMMARY_COLUMNS, runSummarySchema));
    expect(snapshotVersion()).toMatch(/^[0-9a-f]{16}$/);
  });

  it("changes with the column list: a column dropped, added or given other CSV cells", () => {
    const base = snapshotVersion();
    expect(snapshotVersion(SUMMARY_COLUMNS.slice(1))).not.toBe(base);
    expect(snapshotVersion([...SUMMARY_COLUMNS, { key: "median_tokens", label: "Median tokens", format: () => "", csv: [] }])).not.toBe(base);
    const renamed = SUMMARY_COLUMNS.map((column) => (column.key === "cost" ? { ...column, csv: [{ header: "cost_cents", value: () => 0 }] } : column));
    expect(snapshotVersion(renamed)).not.toBe(base);
  });

  it("changes with the summary's schema", () => {
    expect(snapshotVersion(SUMMARY_COLUMNS, runSummarySchema.extend({ judged: z.number() }))).not.toBe(snapshotVersion());
  });
});

describe("a stored snapshot", () => {
  it("reads back what was stored", () => {
    expect(fromSnapshot(toSnapshot(summary))).toEqual(summary);
  });

  it("is ignored when written under another version (the old hand-bumped 3) or in another shape", () => {
    expect(fromSnapshot({ version: 3, summary })).toBeNull();
    expect(fromSnapshot(null)).toBeNull();
    const stored = toSnapshot(summary) as { version: string; summary: RunSummary };
    expect(fromSnapshot({ ...stored, summary: { ...summary, histogram: undefined } })).toBeNull();
  });

  it("with money as a number (written before costs became decimal strings) is not served", () => {
    const stats = { variantId: "a", concurrency: null, items: 1, finished: 1, done: 1, errors: 0, passed: 1, attempts: 1, inputTokens: 1, outputTokens: 1, passRate: 1, errorRate: 0, passRateCi95: null, errorRateCi95: null };
    const percentiles = { ttft: { p50: 1, p95: 1, p99: 1 }, total: { p50: 1, p95: 1, p99: 1 }, throughputPerSecond: null };
    const now = { ...summary, variants: [{ ...stats, ...percentiles, costUsd: "0.00100000", costPerUsefulAnswerUsd: "0.00100000" }] };
    const stored = toSnapshot(now) as { version: string };
    expect(fromSnapshot(stored)).toEqual(now);
    expect(fromSnapshot({ ...stored, summary: { ...now, variants: [{ ...stats, ...percentiles, costUsd: 0.001, costPerUsefulAnswerUsd: 0.001 }] } })).toBeNull();
    // …and the version itself moved with the schema: the old one, with number costs, differs.
    const old = runSummarySchema.extend({ variants: z.array(runSummarySchema.shape.variants.element.extend({ costUsd: z.number(), costPerUsefulAnswerUsd: z.number().nullable() })) });
    expect(snapshotVersion(SUMMARY_COLUMNS, old)).not.toBe(snapshotVersion());
  });
});
