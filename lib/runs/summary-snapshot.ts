// A finished run's summary is kept as a snapshot (Run.summary) and read back instead of being
// computed again. A snapshot must never outlive the code that wrote it: its version is derived
// from what it holds — the schema of the summary and the table's columns — so a change to either
// makes older snapshots stale without anyone remembering to bump a number, and a snapshot that
// does not parse under the current schema is computed afresh all the same.
import { createHash } from "node:crypto";
import { z } from "zod";
import type { RunSummary } from "./summary";
import { SUMMARY_COLUMNS, summaryCsvHeaders, type SummaryColumn } from "./summary-columns";

const percentiles = z.object({ p50: z.number().nullable(), p95: z.number().nullable(), p99: z.number().nullable() }).strict();
const interval = z.tuple([z.number(), z.number()]).nullable();

const variantStats = z
  .object({
    variantId: z.string(),
    concurrency: z.number().nullable(),
    items: z.number(),
    finished: z.number(),
    done: z.number(),
    errors: z.number(),
    passed: z.number(),
    attempts: z.number(),
    inputTokens: z.number(),
    outputTokens: z.number(),
    passRate: z.number().nullable(),
    errorRate: z.number().nullable(),
    passRateCi95: interval,
    errorRateCi95: interval,
    ttft: percentiles,
    total: percentiles,
    costUsd: z.string().describe("USD as a decimal string."),
    costPerUsefulAnswerUsd: z.string().nullable().describe("USD as a decimal string: all calls, retries and failures included, ÷ answers that passed."),
    throughputPerSecond: z.number().nullable(),
  })
  .strict();

export const runSummarySchema = z
  .object({
    variants: z.array(variantStats),
    levels: z.array(variantStats),
    errorKinds: z.array(z.object({ variantId: z.string(), kind: z.string(), count: z.number() }).strict()),
    histogram: z.object({ edges: z.array(z.number()), counts: z.array(z.object({ variantId: z.string(), bucket: z.number(), count: z.number() }).strict()) }).strict(),
    baseline: z.object({ baselineRunId: z.string(), matched: z.number(), unchanged: z.number(), changed: z.number(), newlyFailing: z.number(), fixed: z.number() }).strict().nullable(),
  })
  .strict();

// The schema and RunSummary must describe the same thing: a field added to one and not the
// other fails the type check here, so the version below follows every change of shape.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesRunSummary: Same<z.infer<typeof runSummarySchema>, RunSummary> = true;
void schemaMatchesRunSummary;

/** A short hash of the summary's schema and the columns' keys and CSV headers. */
export function snapshotVersion(columns: readonly SummaryColumn[] = SUMMARY_COLUMNS, schema: z.ZodType = runSummarySchema): string {
  const described = JSON.stringify({ schema: z.toJSONSchema(schema), columns: columns.map((column) => column.key), csv: summaryCsvHeaders(columns) });
  return createHash("sha256").update(described).digest("hex").slice(0, 16);
}

const CURRENT_VERSION = snapshotVersion();

/** What Run.summary holds: the version beside the summary, as JSON (Dates and numbers as the API
 * sends them, so a snapshot reads back the same). */
export function toSnapshot(summary: RunSummary): object {
  return JSON.parse(JSON.stringify({ version: CURRENT_VERSION, summary })) as object;
}

/** The summary in a stored snapshot, or null when there is none or it was written by other code. */
export function fromSnapshot(stored: unknown): RunSummary | null {
  const snapshot = z.object({ version: z.unknown(), summary: z.unknown() }).safeParse(stored);
  if (!snapshot.success || snapshot.data.version !== CURRENT_VERSION) return null;
  const summary = runSummarySchema.safeParse(snapshot.data.summary);
  return summary.success ? summary.data : null;
}
