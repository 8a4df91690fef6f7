// `--junit FILE`: the run's items fetched with their verdicts and written as JUnit XML.
import { writeFileSync } from "node:fs";
import { runOutcomesSchema } from "../runs/outcomes-schema";
import type { ApiClient } from "./api-client";
import { junitReport } from "./junit-report";

export async function writeJunitReport(api: ApiClient, runId: string, tripped: string[], file: string): Promise<void> {
  const outcomes = runOutcomesSchema.parse(await api.get<unknown>(`/runs/${runId}/export?format=json`));
  writeFileSync(file, junitReport(outcomes, tripped));
}
