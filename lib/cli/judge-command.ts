// `juxta judge --run ID --judge VARIANT --rubric FILE`: start a pairwise judging of a finished
// replay run through the API, follow it, print the judge's consistency, its wins per pair of
// variants and the judging's cost. Exit 0 when it finished, 1 when it failed or was cancelled,
// 2 on usage (flags, rubric file, names, token, URL).
import { readFile } from "node:fs/promises";
import { judgingsApi, type JudgingDetailJson } from "../api-client/judgings";
import { apiClientFromEnv, UsageError } from "./api-client";
import { consistencyLine, judgingCostLine, judgingProgressLine, winsTable } from "./judge-report";

const POLL_MS = 1_000;

export async function judgeRun(flags: { run: string; judge: string; rubric: string; json: boolean }): Promise<number> {
  const rubric = await readFile(flags.rubric, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`Cannot read the rubric file ${flags.rubric}: ${error.code ?? error.message}.`);
  });
  const api = apiClientFromEnv();
  const judgings = judgingsApi(api.transport);
  const { judging } = await judgings.start(flags.run, { judgeVariant: flags.judge, rubric });
  if (!flags.json) console.error(`Judging ${judging.id}: ${judging.progress.total} pairs, each in both orders, by ${judging.judge.name} · ${api.url}/runs/${judging.runId}`);
  const cancel = () => {
    console.error("\nCancelling the judging (verdicts so far are kept)…");
    judgings.cancel(judging.id).finally(() => process.exit(130));
  };
  process.once("SIGINT", cancel);
  let detail: JudgingDetailJson;
  try {
    let last = "";
    for (;;) {
      detail = await judgings.get(judging.id);
      const line = judgingProgressLine(detail.judging);
      if (!flags.json && line !== last) console.error(line);
      last = line;
      if (detail.judging.status !== "queued" && detail.judging.status !== "running") break;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  } finally {
    process.removeListener("SIGINT", cancel);
  }
  const ended = detail.judging;
  if (flags.json) console.log(JSON.stringify(detail, null, 2));
  else {
    console.log(`Judged by ${ended.judge.name} · ${ended.status}${ended.error ? ` (${ended.error})` : ""}`);
    console.log(consistencyLine(ended));
    console.log(winsTable(detail.wins));
    console.log(judgingCostLine(ended));
  }
  return ended.status === "done" ? 0 : 1;
}
