// A run's items as CSV: one row per item with its case, variant and outcome, then the answer's
// columns every completion export shares (lib/completions/export-columns.ts).
import "server-only";
import { notFound } from "../api/errors";
import { toCsv } from "../api/csv";
import { db } from "../db/client";
import { COMPLETION_EXPORT_HEADERS, completionExportCells } from "../completions/export-columns";
import { metricsOf } from "../completions/view";
import { runItemBatches } from "./item-batches";

export async function exportRunCsv(runId: string): Promise<{ body: string; filename: string }> {
  const run = await db().run.findUnique({ where: { id: runId }, select: { name: true } });
  if (!run) throw notFound("That run");
  const rows: unknown[][] = [["case", "variables", "variant", "repetition", "concurrency", "status", "passed", ...COMPLETION_EXPORT_HEADERS]];
  const batches = runItemBatches(runId, { variant: { select: { name: true } }, testCase: { select: { position: true, variables: true } }, completion: true } as const);
  for await (const items of batches) {
    for (const item of items) {
      const completion = item.completion;
      rows.push([
        item.testCase ? item.testCase.position + 1 : "",
        item.testCase ? JSON.stringify(item.testCase.variables) : "",
        item.variant.name,
        item.repetition + 1,
        item.concurrency ?? "",
        item.status,
        item.passed ?? "",
        ...completionExportCells(completion && { errorKind: completion.errorKind, text: completion.text, metrics: metricsOf(completion) }),
      ]);
    }
  }
  return { body: toCsv(rows), filename: `${(run.name || "run").replace(/[^\w.-]+/g, "-")}.csv` };
}
