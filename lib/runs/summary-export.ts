// A run's summary table as CSV: the columns of the run page and `juxta runs show`
// (summary-columns.ts) with their raw figures, per variant, or per concurrency level in a load run.
import { toCsv } from "../api/csv";
import { runSummary } from "./summary";
import { summaryCsvRows, summaryRows } from "./summary-columns";
import { getRun } from "./views";

export async function runSummaryCsv(runId: string): Promise<{ body: string; filename: string }> {
  const run = await getRun(runId);
  const rows = summaryRows(run, await runSummary(runId), run.kind === "load");
  return { body: toCsv(summaryCsvRows(rows)), filename: `${(run.name || "run").replace(/[^\w.-]+/g, "-")}-summary.csv` };
}
