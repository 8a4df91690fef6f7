// `juxta replay`, `juxta load`, `juxta runs show`: start a run through the API, follow it with a
// progress bar (follow-run.ts: the run's event stream), print the table, and exit 0 / 1 (a
// --fail-on condition tripped or the run did not finish) / 2 (usage: flags, names, token, URL).
import { runsApi, type NewRun, type RunJson } from "../api-client/runs";
import { formatUsd } from "../format/money";
import { apiClientFromEnv, UsageError, type ApiClient } from "./api-client";
import { needsBaseline, trippedConditions, type FailOn } from "./fail-on";
import { followRun } from "./follow-run";
import { progressDisplay } from "./progress-display";
import { baselineLine, costLine, summaryTable } from "./run-report";
import { writeJunitReport } from "./junit-file";

export interface OutputOptions {
  json: boolean;
  failOn: FailOn[];
  /** Where to write a JUnit XML report of the run's items, for CI. */
  junit?: string;
}

export async function startAndFollow(input: NewRun, output: OutputOptions): Promise<number> {
  if (needsBaseline(output.failOn) && !(input.kind === "replay" && input.baselineRunId)) throw new UsageError("--fail-on regression and p95-regression compare with a baseline: add --baseline RUN_ID.");
  const api = apiClientFromEnv();
  const runs = runsApi(api.transport);
  const { run } = await runs.create(input);
  if (!output.json) console.error(`Run ${run.id}: ${run.totalItems} items · estimated ${formatUsd(run.estimatedCostUsd ?? "0")} · ${api.url}/runs/${run.id}`);
  const cancel = () => {
    console.error("\nCancelling the run (finished answers are kept)…");
    runs.cancel(run.id).finally(() => process.exit(130));
  };
  process.once("SIGINT", cancel);
  try {
    const finished = await followRun(api, run.id, progressDisplay(output.json));
    return report(api, finished, output);
  } finally {
    process.removeListener("SIGINT", cancel);
  }
}

export async function showRun(id: string, output: OutputOptions): Promise<number> {
  const api = apiClientFromEnv();
  const { run } = await runsApi(api.transport).get(id);
  return report(api, run, output);
}

async function report(api: ApiClient, run: RunJson, output: OutputOptions): Promise<number> {
  const runs = runsApi(api.transport);
  if (needsBaseline(output.failOn) && !run.baselineRun) throw new UsageError(`Run ${run.id} has no baseline: --fail-on regression and p95-regression need one.`);
  // Asked together: the comparisons (a bootstrap per pair of variants) are the slower of the two.
  const [{ summary }, comparisons] = await Promise.all([runs.summary(run.id), run.kind === "replay" && (output.json || needsBaseline(output.failOn)) ? runs.comparisons(run.id) : null]);
  const tripped = trippedConditions(run, summary, output.failOn, comparisons?.comparisons ?? []);
  if (output.junit) await writeJunitReport(api, run.id, tripped, output.junit);
  if (output.json) {
    console.log(JSON.stringify({ run, summary, comparisons: comparisons?.comparisons ?? [], failed: tripped }, null, 2));
  } else {
    console.log(`${run.name} · ${run.kind} · ${run.status}${run.error ? ` (${run.error})` : ""}`);
    console.log(summaryTable(run, summary));
    console.log(costLine(run, summary));
    const baseline = baselineLine(summary);
    if (baseline) console.log(baseline);
    for (const line of tripped) console.error(`FAIL ${line}`);
    console.log(`${api.url}/runs/${run.id}`);
  }
  return tripped.length > 0 ? 1 : 0;
}
