// `--junit FILE`: the run's items fetched with their verdicts and written as JUnit XML.
import { writeFileSync } from "node:fs";
import { runsApi } from "../api-client/runs";
import type { ApiClient } from "./api-client";
import { junitReport } from "./junit-report";

export async function writeJunitReport(api: ApiClient, runId: string, tripped: string[], file: string): Promise<void> {
  writeFileSync(file, junitReport(await runsApi(api.transport).outcomes(runId), tripped));
}
